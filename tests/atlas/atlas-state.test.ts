import { describe, expect, it } from 'vitest';
import { AtlasState } from '../../src/atlas/atlas-state.svelte.ts';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const DAY = 86_400_000;

describe('AtlasState', () => {
  it('reads the URL through the schema, dropping bad values', () => {
    const st = new AtlasState(
      '?lang=en&theme=dark&place=semalka_crossing&q=x&page=3&time=2022-01-02/2022-01-01',
    );
    expect([st.lang, st.theme, st.place, st.q, st.page, st.time]).toEqual([
      'en',
      'dark',
      'semalka_crossing',
      'x',
      3,
      null, // end before start
    ]);
    expect(st.filtering).toBe(true);
    expect(new AtlasState('').filtering).toBe(false);
  });

  it('writes itself back as the same query string', () => {
    const q = '?lang=en&theme=dark&place=geneva&time=2022-01-01/2022-02-01&q=جنيف&page=2';
    const st = new AtlasState(q);
    expect(new AtlasState(st.search).search).toBe(st.search);
    expect(st.search).toContain('place=geneva');
  });

  it('a changed filter goes back to the first page', () => {
    const st = new AtlasState('?page=4');
    st.setQuery('a');
    expect(st.page).toBe(0);
    st.page = 2;
    st.pick('x');
    expect(st.page).toBe(0);
    st.page = 2;
    st.setTime(null);
    expect(st.page).toBe(0);
  });

  it('the date fields give a half-open range of whole days, keeping the other end', () => {
    const st = new AtlasState('');
    const span: [number, number] = [day('2020-01-01'), day('2024-01-01')];
    st.setFrom('2022-03-01', span);
    expect(st.time).toEqual({ start: day('2022-03-01'), end: span[1] });
    st.setTo('2022-03-31', span);
    expect(st.time).toEqual({ start: day('2022-03-01'), end: day('2022-04-01') });
    // A From after the To moves the end a day past it; a To before the From moves the start.
    st.setFrom('2022-05-01', span);
    expect(st.time).toEqual({ start: day('2022-05-01'), end: day('2022-05-01') + DAY });
    st.setTo('2022-01-10', span);
    expect(st.time).toEqual({ start: day('2022-01-10'), end: day('2022-01-11') });
    // Not a date: nothing changes.
    st.setFrom('', span);
    st.setTo('nope', span);
    expect(st.time).toEqual({ start: day('2022-01-10'), end: day('2022-01-11') });
  });

  it("starts in the system's theme unless the URL names one, and writes a theme only when it differs from the system's", () => {
    const dark = new AtlasState('?lang=en', 'dark');
    expect(dark.theme).toBe('dark');
    expect(dark.search).toBe('?lang=en');
    dark.theme = 'light';
    expect(dark.search).toBe('?lang=en&theme=light');
    expect(new AtlasState('?theme=light', 'dark').theme).toBe('light');
    expect(new AtlasState('').theme).toBe('light');
  });
});
