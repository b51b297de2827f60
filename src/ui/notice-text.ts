/**
 * A stored {@link Notice} rendered in the language of the moment: the view side of
 * `src/state/notices.ts`, which keeps notices as keys and values and imports no strings.
 */
import { t, tParts, type Part, type Vars } from '../i18n.ts';
import type { Digits } from '../model/prefs.ts';
import type { Lang } from '../model/types.ts';
import type { Notice } from '../state/notices.ts';

/**
 * The notice in `lang` as parts: interface text, and each filled value on its own (to isolate
 * with `<bdi>`); a cut value is followed by the cut mark in `lang`, outside the value's isolate so
 * it reads after the value in either direction.
 */
export function noticeParts(n: Notice, lang: Lang, digits: Digits = 'latn'): Part[] {
  const vars: Vars = { ...n.vars };
  if (n.reason) {
    const rv: Vars = { ...n.reason.vars };
    for (const k of Object.keys(rv)) if (n.cut.includes(`reason.${k}`)) rv[k] = `${rv[k]}${t(lang, 'cut')}`;
    vars.reason = t(lang, n.reason.key, rv, digits);
  }
  const out: Part[] = [];
  for (const part of tParts(lang, n.key, vars, digits)) {
    out.push(part);
    if (part.name && n.cut.includes(part.name)) out.push({ text: t(lang, 'cut') });
  }
  return out;
}

/** The notice in `lang` as one string. */
export function noticeText(n: Notice, lang: Lang, digits: Digits = 'latn'): string {
  return noticeParts(n, lang, digits)
    .map((p) => p.text)
    .join('');
}
