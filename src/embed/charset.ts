/**
 * Which characters the poster's subset fonts cover (issue 9.2): the pure half of the build step in
 * `embed-data.plugin.ts`. The bundled Noto Sans Arabic comes as two files (Arabic and Latin, as
 * @fontsource splits it); each character goes to the file whose range holds it.
 */

/** @fontsource's `unicode-range` of the Arabic file (the Latin file takes the rest). */
const ARABIC_RANGES: [number, number][] = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x0870, 0x088e],
  [0x0890, 0x0891],
  [0x0898, 0x08e1],
  [0x08e3, 0x08ff],
  [0x200c, 0x200e],
  [0x2010, 0x2011],
  [0x204f, 0x204f],
  [0x2e41, 0x2e41],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfe74],
  [0xfe76, 0xfefc],
];

/** Digits in both systems, the punctuation the furniture and the quote use, and the approximate-place mark `~` (place-layers.ts), always kept. */
export const ALWAYS = '~0123456789٠١٢٣٤٥٦٧٨٩.,:;!?()[]-–—…·«»"\'/%+×،؛؟ ';

export const isArabicFileChar = (cp: number): boolean => ARABIC_RANGES.some(([a, b]) => cp >= a && cp <= b);

/** The distinct code points of `text` (control characters dropped), sorted, split by font file. */
export function splitCharset(text: string): { arabic: number[]; latin: number[] } {
  const cps = [...new Set([...text].map((c) => c.codePointAt(0)!))]
    .filter((cp) => cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0))
    .sort((a, b) => a - b);
  return { arabic: cps.filter(isArabicFileChar), latin: cps.filter((cp) => !isArabicFileChar(cp)) };
}

/** A CSS `unicode-range` for sorted code points, consecutive runs merged (`U+41-5A, U+61`). */
export function unicodeRange(cps: readonly number[]): string {
  const out: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase();
  for (let i = 0; i < cps.length;) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j]! + 1) j++;
    out.push(i === j ? `U+${hex(cps[i]!)}` : `U+${hex(cps[i]!)}-${hex(cps[j]!)}`);
    i = j + 1;
  }
  return out.join(', ');
}
