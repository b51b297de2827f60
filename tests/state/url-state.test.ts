import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n.ts';
import { formatUrlState, parseUrlState, type UrlContext, type UrlState } from '../../src/state/url-state.ts';

const ctx: UrlContext = {
  articles: ['a1', 'a2'],
  placeIds: new Set(['hasakah_city', 'geneva']),
  eventIds: new Set(['attack_began']),
};
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('url-state round trip', () => {
  const cases: [string, UrlState][] = [
    ['empty', {}],
    ['language only', { lang: 'en' }],
    [
      'everything',
      {
        article: 'a2',
        lang: 'ar',
        theme: 'dark',
        place: 'geneva',
        event: 'attack_began',
        view: { center: [40.74772, 36.50237], zoom: 12.5 },
        time: { start: day('2022-01-20'), end: day('2022-01-27') },
        style: 'https://tiles.example.org/style.json',
        digits: 'arab',
        tdir: 'ltr',
      },
    ],
  ];
  it.each(cases)('%s', (_, state) => {
    const { state: back, notices } = parseUrlState(formatUrlState(state), ctx);
    expect(notices).toEqual([]);
    expect(back).toEqual(state);
  });

  it('rounds the view to 5 decimals and the zoom to 2', () => {
    expect(formatUrlState({ view: { center: [40.123456789, 36.987654321], zoom: 8.123456 } })).toBe(
      '?view=40.12346%2C36.98765%2C8.12',
    );
  });

  it('accepts plain http for a local tile server only', () => {
    expect(parseUrlState('?style=http://127.0.0.1:8080/s.json', ctx).state.style).toBe(
      'http://127.0.0.1:8080/s.json',
    );
  });

  it('ignores unknown keys silently', () => {
    expect(parseUrlState('?foo=bar&utm_source=x', ctx)).toEqual({ state: {}, notices: [] });
  });
});

describe('url-state rejects', () => {
  const rejects: [string, string, string][] = [
    ['lang=fr', 'lang', 'language must be ar or en'],
    ['theme=blue', 'theme', 'theme must be light or dark'],
    ['article=a9', 'article', 'no such article'],
    ['article=../x', 'article', 'not a valid article id'],
    ['place=atlantis', 'place', 'no such place'],
    ['place=%3Cscript%3E', 'place', 'not a valid place id'],
    ['event=nope', 'event', 'no such event'],
    ['view=1,2', 'view', 'view must be lon,lat,zoom'],
    ['view=a,b,c', 'view', 'view must be three numbers'],
    ['view=400,36,8', 'view', 'longitude 400 out of range'],
    ['view=40,95,8', 'view', 'latitude 95 out of range'],
    ['view=40,36,99', 'view', 'zoom 99 out of range'],
    ['view=NaN,36,8', 'view', 'view must be three numbers'],
    ['time=2022-01-20', 'time', 'time must be start/end (YYYY-MM-DD/YYYY-MM-DD)'],
    ['time=2022-02-30/2022-03-01', 'time', 'time must be start/end (YYYY-MM-DD/YYYY-MM-DD)'],
    ['time=2022-01-27/2022-01-20', 'time', 'time range end must be after its start'],
    ['time=2022-01-20/2022-01-20', 'time', 'time range end must be after its start'],
    ['style=javascript:alert(1)', 'style', 'style must be an https URL'],
    ['style=not a url', 'style', 'style must be an https URL'],
    ['style=http://tiles.example.org/style.json', 'style', 'style must be an https URL'],
    ['digits=roman', 'digits', 'digits must be latn or arab'],
    ['tdir=up', 'tdir', 'tdir must be auto, ltr or rtl'],
  ];
  it.each(rejects)('%s', (query, key, message) => {
    const { state, notices } = parseUrlState(`?${query}`, ctx);
    expect(state).toEqual({});
    expect(notices.map((n) => ({ key: n.key, value: n.value }))).toEqual([
      { key, value: new URLSearchParams(query).get(key) },
    ]);
    expect(t('en', notices[0]!.reason, notices[0]!.vars)).toBe(message);
    expect(t('ar', notices[0]!.reason, notices[0]!.vars)).not.toBe(message);
  });

  it('keeps the good keys when one is bad', () => {
    const { state, notices } = parseUrlState('?lang=en&place=atlantis&theme=dark', ctx);
    expect(state).toEqual({ lang: 'en', theme: 'dark' });
    expect(notices.map((n) => n.key)).toEqual(['place']);
  });
});
