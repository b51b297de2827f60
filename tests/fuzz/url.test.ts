/**
 * The URL schema against hostile query strings (issue 8): seeded, a few thousand cases. Whatever the
 * query, parsing never throws, keeps only schema keys with values of the right shape, never touches
 * `Object.prototype`, and formatting what it kept parses back to the same state with no notice.
 */
import { describe, expect, it } from 'vitest';
import { isValidId } from '../../src/model/ids.ts';
import { formatUrlState, parseUrlState, URL_KEYS, type UrlState } from '../../src/state/url-state.ts';
import { hostileString, pick, rng } from './generators.ts';

/** Cases run; reported in the data helper's closing note. */
export const URL_CASES = 4000;

const ctx = {
  articles: ['hasakah-prison-us-statement-2022', 'constructor'],
  placeIds: new Set(['syria', 'geneva', 'toString']),
  eventIds: new Set(['attack_start']),
};
const KEYS = [...URL_KEYS, '__proto__', 'constructor', 'prototype', 'unknown', 'Lang', 'place[]', ''];

/** `encodeURIComponent`, except that a lone surrogate (which it refuses) is left raw. */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
}

function query(r: () => number): string {
  const n = Math.floor(r() * 8);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const key = pick(r, KEYS);
    const value = hostileString(r);
    // Half encoded as a browser would, half raw (stray %, &, = and # included).
    parts.push(r() < 0.5 ? `${enc(key)}=${enc(value)}` : `${key}=${value}`);
    if (r() < 0.2) parts.push(parts[parts.length - 1]!);
  }
  return (r() < 0.9 ? '?' : '') + parts.join(r() < 0.95 ? '&' : '&&');
}

function expectWellFormed(state: UrlState): void {
  for (const key of Object.keys(state)) expect(URL_KEYS).toContain(key);
  if (state.article !== undefined) expect(ctx.articles).toContain(state.article);
  if (state.place !== undefined) expect(ctx.placeIds.has(state.place) && isValidId(state.place)).toBe(true);
  if (state.event !== undefined) expect(ctx.eventIds.has(state.event)).toBe(true);
  if (state.lang !== undefined) expect(['ar', 'en']).toContain(state.lang);
  if (state.view !== undefined) {
    const [lon, lat] = state.view.center;
    expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && state.view.zoom >= 0 && state.view.zoom <= 22).toBe(
      true,
    );
  }
  if (state.time !== undefined) expect(state.time.end).toBeGreaterThan(state.time.start);
  if (state.style !== undefined)
    expect(state.style).toMatch(/^(https:|http:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/])/);
}

describe('parseUrlState under fuzz', () => {
  it(
    `${URL_CASES} seeded hostile query strings: no exception, well-formed state, stable round trip`,
    { timeout: 60_000 },
    () => {
      const r = rng(20260108);
      let kept = 0;
      let noticed = 0;
      for (let i = 0; i < URL_CASES; i++) {
        const q = query(r);
        let result: ReturnType<typeof parseUrlState>;
        try {
          result = parseUrlState(q, ctx);
        } catch (e) {
          throw new Error(`case ${i} threw on ${JSON.stringify(q).slice(0, 200)}: ${String(e)}`);
        }
        expectWellFormed(result.state);
        for (const n of result.notices) expect(typeof n.value).toBe('string');
        const again = parseUrlState(formatUrlState(result.state), ctx);
        expect(again.notices).toEqual([]);
        expect(formatUrlState(again.state)).toBe(formatUrlState(result.state));
        kept += Object.keys(result.state).length;
        noticed += result.notices.length;
      }
      expect(({} as Record<string, unknown>).selected).toBeUndefined();
      expect(Object.keys(Object.prototype)).toEqual([]);
      // The generator reaches both outcomes, so the properties above are not vacuous.
      expect(kept).toBeGreaterThan(50);
      expect(noticed).toBeGreaterThan(1000);
    },
  );

  it('a repeated key: the first value counts, the rest are ignored', () => {
    expect(parseUrlState('?lang=en&lang=ar&lang=<b>', ctx).state).toEqual({ lang: 'en' });
  });

  it('prototype names as keys or ids change nothing outside the state', () => {
    const { state } = parseUrlState('?__proto__=x&constructor=y&place=toString&article=constructor', ctx);
    expect(state).toEqual({ place: 'toString', article: 'constructor' });
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  });
});
