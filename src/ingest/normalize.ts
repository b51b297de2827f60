/**
 * Normalisation for matching only. The text is never changed: every function here returns the
 * normalised code points with a map back to the original code-point offsets, so a match found in
 * normalised form is reported at its place in `article.txt`.
 */

/** A normalised view of a text: `chars[i]` came from original code point `map[i]`. */
export interface Normalised {
  chars: string[];
  /** Original code-point index of each normalised character (same length as `chars`). */
  map: number[];
  /** The original code points. */
  cps: readonly string[];
}

const ALEF = new Set(['أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ']);
/** Diacritics (tashkil, superscript alef, Quranic marks) and tatweel: dropped for matching. */
const isDropped = (cp: number): boolean =>
  (cp >= 0x064b && cp <= 0x065f) ||
  cp === 0x0670 ||
  cp === 0x0640 ||
  (cp >= 0x06d6 && cp <= 0x06ed) ||
  cp === 0x200c ||
  cp === 0x200d ||
  cp === 0x200e ||
  cp === 0x200f ||
  cp === 0x00ad;

/** Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits → Latin. */
export function latinDigit(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x0660 && cp <= 0x0669) return String(cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String(cp - 0x06f0);
  return ch;
}

/** The matching form of one code point ('' when it is dropped). */
export function normChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (isDropped(cp)) return '';
  if (ALEF.has(ch)) return 'ا';
  switch (ch) {
    case 'ى':
      return 'ي';
    case 'ة':
      return 'ه';
    case 'ی':
      return 'ي';
    case 'ک':
      return 'ك';
    case 'ؤ':
      return 'و';
    case '’':
    case '‘':
    case 'ʼ':
      return "'";
  }
  const d = latinDigit(ch);
  if (d !== ch) return d;
  // Latin letters with diacritics match their base letter: news writes Leogane and Léogâne,
  // Concepcion and Concepción (Latin-1 Supplement and Latin Extended-A/B; ß, ø, ł stay).
  if (cp >= 0xc0 && cp <= 0x24f) {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (base.length === 1) return base.toLowerCase();
  }
  return ch.toLowerCase();
}

/** Normalise a text for matching, keeping the map back to original code points. */
export function normalise(text: string | readonly string[]): Normalised {
  const cps = typeof text === 'string' ? Array.from(text) : text;
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const n = normChar(cps[i]!);
    for (const c of Array.from(n)) {
      chars.push(c);
      map.push(i);
    }
  }
  return { chars, map, cps };
}

/** The normalised form of a short string (a name, a cue word), as a plain string. */
export function norm(s: string): string {
  return normalise(s).chars.join('');
}

/** Letters and digits of any script (and the apostrophe inside English words) form words. */
export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // Fast paths (the ~200,000-name world index is tokenised at start): ASCII, Arabic letters.
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
  if (c >= 0x0621 && c <= 0x064a) return true;
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}

/** A word of the normalised text with its original code-point range `[start, end)`. */
export interface Token {
  /** Normalised form. */
  n: string;
  start: number;
  end: number;
  /** Normalised index of the first character (for slicing off clitics). */
  ni: number;
}

/**
 * Token `t` as written, from its normalised character `skip` on (past clitics), without the marks
 * and tatweel matching drops: the spelling a consonant key reads, where the normalised form has lost
 * ة (ه) and ى (ي), which the key reads as final vowels (round 22).
 */
export const written = (nt: Normalised, t: Token, skip = 0): string =>
  nt.cps
    .slice(nt.map[t.ni + skip], t.end)
    .filter((c) => !isDropped(c.codePointAt(0)!))
    .join('');

/** Whether one space, and nothing else, stands between tokens `a` and `b` of the text. */
export const spaced = (nt: Normalised, a: Token, b: Token): boolean =>
  nt.cps.slice(a.end, b.start).join('') === ' ';

/**
 * The original end offset after normalised character `k`: just past its code point, extended over
 * dropped marks that follow it (a diacritic on the last letter belongs to the word).
 */
export function endAfter(nt: Normalised, k: number): number {
  let end = nt.map[k]! + 1;
  while (end < nt.cps.length && /[\p{M}\u0640]/u.test(nt.cps[end]!)) end++;
  return end;
}

/** Words of a normalised text, each with its original range. */
export function tokens(nt: Normalised): Token[] {
  const out: Token[] = [];
  let i = 0;
  const { chars, map } = nt;
  while (i < chars.length) {
    if (!isWordChar(chars[i]!) || chars[i] === "'") {
      i++;
      continue;
    }
    const s = i;
    while (i < chars.length && isWordChar(chars[i]!)) i++;
    let e = i;
    // An English possessive ('s) or a trailing apostrophe is not part of the word.
    if (e - s > 2 && chars[e - 2] === "'" && chars[e - 1] === 's') e -= 2;
    while (e > s && chars[e - 1] === "'") e--;
    if (e === s) continue;
    const word = chars.slice(s, e).join('');
    out.push({ n: word, start: map[s]!, end: endAfter(nt, e - 1), ni: s });
  }
  return out;
}
