/** Seeded generators for the fuzz tests: the same cases on every run, so a failure reproduces. */

/** mulberry32: a small, fast, seeded PRNG returning numbers in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** HTML and script payloads, as an attacker would put them in a text field or a URL. */
export const MARKUP_PAYLOADS = [
  '<img src="https://tracker.example/p.gif">',
  '<a href="https://evil.example">Click to verify</a>',
  '<script>alert(1)</script>',
  '<svg onload=alert(1)>',
  'javascript:alert(document.domain)',
  '<iframe src="//evil.example"></iframe>',
  'x<!--',
  '<IMG SRC=x onerror=alert(1)>',
] as const;

/** Strings that break naive parsers: long, unicode, control and bidi characters, prototype names. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '../../etc/passwd',
  '%',
  '%zz',
  '%00',
  '%ED%A0%80',
  '\u202eevil',
  'مكان',
  '🗺️',
  '\ud800',
  'a'.repeat(81),
  'x'.repeat(15_000),
  '1e309',
  'NaN',
  '-0',
  'Infinity',
  '0x10',
  '1,2',
  '1,2,3,4',
  '-180.000001,0,1',
  '0,85.1,3',
  '40,36,22.01',
  '2022-01-01/2022-01-01',
  '2022-02-30/2022-03-01',
  '2022-01-20/2022-01-27',
  '40.7,36.5,8',
  'https://example.org/style.json',
  'http://evil.example/style.json',
  'http://localhost:8080/style.json',
  'javascript:alert(1)',
  'data:application/json,{}',
  'ar',
  'en',
  'dark',
  'latn',
  'rtl',
  ...MARKUP_PAYLOADS,
] as const;

/** A random hostile string: one of the list, a concatenation, or random code points. */
export function hostileString(r: () => number): string {
  const k = r();
  if (k < 0.6) return pick(r, HOSTILE_STRINGS);
  if (k < 0.8) return pick(r, HOSTILE_STRINGS) + pick(r, HOSTILE_STRINGS);
  const n = 1 + Math.floor(r() * 40);
  let s = '';
  for (let i = 0; i < n; i++) {
    const plane = r();
    const cp =
      plane < 0.5
        ? 32 + Math.floor(r() * 95)
        : plane < 0.8
          ? 0x600 + Math.floor(r() * 0x100)
          : Math.floor(r() * 0x10ffff);
    s += cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : String.fromCodePoint(cp);
  }
  return s;
}
