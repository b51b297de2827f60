import { describe, expect, it } from 'vitest';
import { formatEmbedUrlState, parseEmbedUrlState } from '../../src/state/embed-url-state.ts';
import { parseUrlState } from '../../src/state/url-state.ts';

describe('embed URL keys', () => {
  it('parses the embed keys alongside the app keys', () => {
    const { state, notices } = parseEmbedUrlState(
      '?article=a1&place=p1&lang=en&theme=auto&panels=quote,timeline&interactive=1&origins=https://news.example,http://localhost:8080&id=m1',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      article: 'a1',
      place: 'p1',
      lang: 'en',
      theme: 'auto',
      panels: ['quote', 'timeline'],
      interactive: true,
      origins: ['https://news.example', 'http://localhost:8080'],
      id: 'm1',
    });
  });

  it.each([
    ['theme=blue', 'theme'],
    ['panels=quote,map', 'panels'],
    ['interactive=yes', 'interactive'],
    ['origins=https://news.example/', 'origins'],
    ['origins=*', 'origins'],
    ['origins=javascript:alert(1)', 'origins'],
    ['id=<x>', 'id'],
  ])('a bad value (%s) is dropped with a notice', (q, key) => {
    const { state, notices } = parseEmbedUrlState(`?${q}&lang=ar`);
    expect(state.lang).toBe('ar');
    expect((state as Record<string, unknown>)[key]).toBeUndefined();
    expect(notices.map((n) => n.key)).toEqual([key]);
  });

  it('takes Pym.js childId as the id; panels=none is the map alone', () => {
    expect(parseEmbedUrlState('?childId=f2&panels=none').state).toEqual({ id: 'f2', panels: [] });
  });

  it('the full app still rejects theme=auto (it has no auto theme)', () => {
    expect(parseUrlState('?theme=auto').notices.map((n) => n.key)).toEqual(['theme']);
  });

  it('round-trips', () => {
    const q =
      '?article=a1&lang=en&theme=auto&place=p1&panels=quote&interactive=0&origins=https%3A%2F%2Fnews.example&id=m1';
    const { state } = parseEmbedUrlState(q);
    expect(formatEmbedUrlState(state)).toBe(q);
    expect(parseEmbedUrlState(formatEmbedUrlState(state)).state).toEqual(state);
  });
});
