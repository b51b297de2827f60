/**
 * Only the reader's language in the first view (issue 16.3): `src/i18n.ts` holds every built-in
 * language's strings side by side (one table, so adding a string is one line). In the build this
 * plugin rewrites that module: its table starts empty, each built-in language is a virtual module
 * of its own (`virtual:atlas-strings-<code>`, a chunk), the language the URL asks for (`lang=`,
 * else the default) starts loading at once (`stringsReady`, which each page's entry awaits before
 * mounting), and `loadStrings` loads another before a switch. Dev and tests keep the source as written. A build whose
 * `src/i18n.ts` no longer has the expected shape fails, rather than shipping both languages.
 *
 * Each language is two chunks: the strings a first view shows, and ({@link isLaterKey}) those only
 * the parts loaded on first use show (the export dialog and the exporters, the share dialog), as
 * `virtual:atlas-later-strings-<code>`. `stringsReady` loads the first; `loadStrings(lang)` both, so
 * such a part awaits it before it shows (the app's `openLazy`, the export hook, the atlas's entry).
 */
import type { Plugin } from 'vite';
import type { Entry } from './src/i18n-core.ts';
import { STRINGS } from './src/i18n.ts';

const PREFIX = 'virtual:atlas-strings-';
const LATER_PREFIX = 'virtual:atlas-later-strings-';

/**
 * Keys only parts loaded on first use show: export (`ex…`, but the header's Export button) and the
 * share dialog (`share…`, but the header's Share button). `tests/plugin/i18n-split.test.ts` fails if
 * a file of the article view's first load uses one.
 */
export const isLaterKey = (key: string): boolean => /^(ex|share)[A-Z]/.test(key) && key !== 'exExport';
/** The built-in languages (the keys of every entry) and the one a URL without `lang=` opens in. */
export const BUILT_IN = ['ar', 'en'] as const;
export const DEFAULT_LANG = 'ar';
const FALLBACK = 'en';

const TABLE = /^const strings = \{\n[\s\S]*?\n\} as const satisfies Record<string, Entry>;$/m;
const LOADER = /^export async function loadStrings\(lang: Lang\): Promise<void> \{\n {2}void lang;\n\}$/m;
const READY = /^export const stringsReady: Promise<void> = Promise\.resolve\(\);$/m;

/** One language's column of the table: key → its text (or plural forms). */
export function column(
  table: Readonly<Record<string, Entry>>,
  code: (typeof BUILT_IN)[number],
  part?: 'first' | 'later',
) {
  const keep = (k: string) => part == null || (part === 'later') === isLaterKey(k);
  return Object.fromEntries(Object.entries(table).flatMap(([k, e]) => (keep(k) ? [[k, e[code]]] : [])));
}

/** `src/i18n.ts` as the build ships it: an empty table, filled per language on demand. Throws on an unexpected shape. */
export function splitI18nModule(code: string): string {
  if (!TABLE.test(code)) throw new Error('i18n-split: the strings table of src/i18n.ts was not found');
  if (!LOADER.test(code)) throw new Error('i18n-split: loadStrings of src/i18n.ts was not found');
  if (!READY.test(code)) throw new Error('i18n-split: stringsReady of src/i18n.ts was not found');
  const loaders = (prefix: string) => BUILT_IN.map((c) => `${c}: () => import('${prefix}${c}')`).join(', ');
  return code
    .replace(TABLE, () => 'const strings: Record<string, Partial<Entry>> = {};')
    .replace(
      LOADER,
      () => `type Column = () => Promise<{ default: Record<string, Entry[keyof Entry]> }>;
const columns: Record<string, Column> = { ${loaders(PREFIX)} };
const later: Record<string, Column> = { ${loaders(LATER_PREFIX)} };
const pending = new Map<Column, Promise<void>>();
function loadPart(code: string, part: Column): Promise<void> {
  let p = pending.get(part);
  if (!p) {
    p = part().then((m) => {
      for (const [k, v] of Object.entries(m.default)) {
        const entry = Object.hasOwn(strings, k) ? strings[k]! : (strings[k] = {});
        (entry as Record<string, unknown>)[code] = v;
      }
    });
    pending.set(part, p);
    p.catch(() => pending.delete(part));
  }
  return p;
}
const known = (lang: string) => (Object.hasOwn(columns, lang) ? lang : ${JSON.stringify(FALLBACK)});
export function loadStrings(lang: Lang): Promise<void> {
  const code = known(lang);
  return Promise.all([loadPart(code, columns[code]!), loadPart(code, later[code]!)]).then(() => undefined);
}`,
    )
    .replace(
      READY,
      () => `// The URL's language when it is a built-in one; otherwise the page opens in the default (an
// unknown code is refused by the URL state; a registered language brings its own table). Not a
// top-level await: that would split the shared chunks into many small ones.
const asked = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang');
const first = asked !== null && Object.hasOwn(columns, asked) ? asked : ${JSON.stringify(DEFAULT_LANG)};
export const stringsReady: Promise<void> = loadPart(first, columns[first]!);`,
    );
}

export function i18nSplitPlugin(): Plugin {
  return {
    name: 'article-atlas-i18n-split',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) || id.startsWith(LATER_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      const part = id.startsWith(`\0${PREFIX}`)
        ? 'first'
        : id.startsWith(`\0${LATER_PREFIX}`)
          ? 'later'
          : null;
      if (!part) return null;
      const code = id.slice(
        (part === 'first' ? PREFIX : LATER_PREFIX).length + 1,
      ) as (typeof BUILT_IN)[number];
      if (!BUILT_IN.includes(code)) return null;
      return `export default ${JSON.stringify(column(STRINGS, code, part))};`;
    },
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('/src/i18n.ts')) return null;
      return { code: splitI18nModule(code), map: null };
    },
  };
}
