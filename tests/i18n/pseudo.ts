/**
 * A right-to-left pseudo-locale for tests only: every interface string of `src/i18n.ts` in
 * accented Latin, about 40% longer, between ⟦ and ⟧. A page rendered in it shows at a glance (and
 * to a test) any text that did not come from the strings table, and any layout that cannot take
 * longer words or the other direction. Registering it is what adding a real language takes: one
 * registry entry and one complete strings table.
 */
import { STRINGS, type StringKey } from '../../src/i18n.ts';
import type { Plural } from '../../src/i18n-core.ts';
import { registerLanguage, type Language, type LanguageStrings } from '../../src/languages.ts';

export const PSEUDO_CODE = 'qps-plocm';

export const PSEUDO: Language = {
  code: PSEUDO_CODE,
  name: '⟦Ƥšéûðö⟧',
  dir: 'rtl',
  locale: 'en-GB',
  defaultDigits: 'latn',
  digits: ['latn'],
  font: "'Noto Sans Arabic', system-ui, sans-serif",
  content: 'en',
  quotes: ['«', '»'],
  listSeparator: ' ⁏ ',
};

const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçðéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

/** `s` in pseudo form: letters accented outside `{placeholders}`, padded by 40%, between markers. */
export function pseudo(s: string): string {
  const out = s
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : [...part].map((c) => ACCENTS[c] ?? c).join('')))
    .join('');
  const letters = [...s.replace(/\{\w+\}/g, '')].filter((c) => /\p{L}/u.test(c)).length;
  return `⟦${out}${'·'.repeat(Math.ceil(letters * 0.4))}⟧`;
}

/** The whole strings table in pseudo form, from the English. */
export function pseudoStrings(): LanguageStrings<StringKey> {
  const table = {} as Record<StringKey, string | Plural>;
  for (const key of Object.keys(STRINGS) as StringKey[]) {
    const en = STRINGS[key].en;
    table[key] =
      typeof en === 'string'
        ? pseudo(en)
        : (Object.fromEntries(Object.entries(en).map(([k, v]) => [k, pseudo(v!)])) as Plural);
  }
  return table;
}

/** Registers the pseudo-locale; returns the function that removes it. */
export const registerPseudo = (): (() => void) => registerLanguage(PSEUDO, pseudoStrings());
