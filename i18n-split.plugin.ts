/**
 * Only the reader's language in the first view (issue 16.3): `src/i18n.ts` holds every built-in
 * language's strings side by side (one table, so adding a string is one line). In the build this
 * plugin rewrites that module: its table starts empty, each built-in language is a virtual module
 * of its own (`virtual:atlas-strings-<code>`, a chunk), the language the URL asks for (`lang=`,
 * else the default) starts loading at once (`stringsReady`, which each page's entry awaits before
 * mounting), and `loadStrings` loads another before a switch. Dev and tests keep the source as written. A build whose
 * `src/i18n.ts` no longer has the expected shape fails, rather than shipping both languages.
 */
import type { Plugin } from 'vite';
import type { Entry } from './src/i18n-core.ts';
import { STRINGS } from './src/i18n.ts';

const PREFIX = 'virtual:atlas-strings-';
/** The built-in languages (the keys of every entry) and the one a URL without `lang=` opens in. */
export const BUILT_IN = ['ar', 'en'] as const;
export const DEFAULT_LANG = 'ar';
const FALLBACK = 'en';

const TABLE = /^const strings = \{\n[\s\S]*?\n\} as const satisfies Record<string, Entry>;$/m;
const LOADER = /^export async function loadStrings\(lang: Lang\): Promise<void> \{\n {2}void lang;\n\}$/m;
const READY = /^export const stringsReady: Promise<void> = Promise\.resolve\(\);$/m;

/** One language's column of the table: key → its text (or plural forms). */
export function column(table: Readonly<Record<string, Entry>>, code: (typeof BUILT_IN)[number]) {
  return Object.fromEntries(Object.entries(table).map(([k, e]) => [k, e[code]]));
}

/** `src/i18n.ts` as the build ships it: an empty table, filled per language on demand. Throws on an unexpected shape. */
export function splitI18nModule(code: string): string {
  if (!TABLE.test(code)) throw new Error('i18n-split: the strings table of src/i18n.ts was not found');
  if (!LOADER.test(code)) throw new Error('i18n-split: loadStrings of src/i18n.ts was not found');
  if (!READY.test(code)) throw new Error('i18n-split: stringsReady of src/i18n.ts was not found');
  const loaders = BUILT_IN.map((c) => `${c}: () => import('${PREFIX}${c}')`).join(', ');
  return code
    .replace(TABLE, () => 'const strings: Record<string, Partial<Entry>> = {};')
    .replace(
      LOADER,
      () => `const columns: Record<string, () => Promise<{ default: Record<string, Entry[keyof Entry]> }>> = { ${loaders} };
const pending = new Map<string, Promise<void>>();
export function loadStrings(lang: Lang): Promise<void> {
  const code = Object.hasOwn(columns, lang) ? lang : ${JSON.stringify(FALLBACK)};
  let p = pending.get(code);
  if (!p) {
    p = columns[code]!().then((m) => {
      for (const [k, v] of Object.entries(m.default)) {
        const entry = Object.hasOwn(strings, k) ? strings[k]! : (strings[k] = {});
        (entry as Record<string, unknown>)[code] = v;
      }
    });
    pending.set(code, p);
    p.catch(() => pending.delete(code));
  }
  return p;
}`,
    )
    .replace(
      READY,
      () => `// The URL's language when it is a built-in one; otherwise the page opens in the default (an
// unknown code is refused by the URL state; a registered language brings its own table). Not a
// top-level await: that would split the shared chunks into many small ones.
const asked = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang');
export const stringsReady: Promise<void> = loadStrings(
  asked !== null && Object.hasOwn(columns, asked) ? (asked as Lang) : ${JSON.stringify(DEFAULT_LANG)},
);`,
    );
}

export function i18nSplitPlugin(): Plugin {
  return {
    name: 'article-atlas-i18n-split',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const code = id.slice(PREFIX.length + 1) as (typeof BUILT_IN)[number];
      if (!BUILT_IN.includes(code)) return null;
      return `export default ${JSON.stringify(column(STRINGS, code))};`;
    },
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('/src/i18n.ts')) return null;
      return { code: splitI18nModule(code), map: null };
    },
  };
}
