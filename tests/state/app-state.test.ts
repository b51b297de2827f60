import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { AppState } from '../../src/state/app-state.svelte.ts';
import { noticeText } from '../../src/ui/notice-text.ts';
import { parseUrlState } from '../../src/state/url-state.ts';

const model = buildModel(readArticleFromDisk('geodata/hasakah-prison-us-statement-2022').bundle!);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

function loaded(): AppState {
  const app = new AppState();
  app.setArticle(model, []);
  return app;
}

describe('AppState', () => {
  it('selects a known place, announces its name in the interface language, and clears the event', () => {
    const app = loaded();
    app.selectEvent('attack_began', 'timeline');
    app.selectPlace('geneva', 'text');
    expect(app.selectedPlace).toBe('geneva');
    expect(app.selectedEvent).toBeNull();
    expect(app.lastOrigin).toBe('text');
    expect(app.announcement).toBe('جنيف');
  });

  it('clearSelection drops the place and the event (Escape outside a dialog)', () => {
    const app = loaded();
    app.selectPlace('geneva', 'text');
    app.clearSelection('keyboard');
    expect([app.selectedPlace, app.selectedEvent, app.lastOrigin]).toEqual([null, null, 'keyboard']);
    app.selectEvent('attack_began', 'timeline');
    app.clearSelection('keyboard');
    expect(app.selectedEvent).toBeNull();
  });

  it('a card-focus request is taken once (the chooser hands focus to the card)', () => {
    const app = loaded();
    expect(app.takeCardFocus()).toBe(false);
    app.focusCardNext();
    expect(app.takeCardFocus()).toBe(true);
    expect(app.takeCardFocus()).toBe(false);
  });

  it('ignores an unknown place or event', () => {
    const app = loaded();
    app.selectPlace('sinaa_prison', 'map');
    app.selectPlace('atlantis', 'url');
    app.selectEvent('nothing', 'url');
    expect(app.selectedPlace).toBe('sinaa_prison');
    expect(app.selectedEvent).toBeNull();
  });

  it('drops an empty time range and derives the filter from the range', () => {
    const app = loaded();
    app.setTimeRange({ start: day('2022-01-24'), end: day('2022-01-24') }, 'timeline');
    expect(app.timeRange).toBeNull();
    expect(app.filter).toBeNull();
    app.setTimeRange({ start: day('2022-01-24'), end: day('2022-01-25') }, 'timeline');
    expect(app.filter?.events.has('semalka_reopened')).toBe(true);
    expect(app.filter?.events.has('attack_began')).toBe(false);
  });

  it('announces the selected place in the language of the moment', () => {
    const app = loaded();
    app.selectPlace('geneva', 'map');
    app.setLang('en');
    expect(app.announcement).toBe('Geneva');
    app.selectPlace(null, 'map');
    expect(app.announcement).toBe('');
  });

  it('applies URL state; each rejected parameter becomes a notice rendered in the language of the moment', () => {
    const app = loaded();
    const { state, notices } = parseUrlState('?lang=en&theme=dark&place=atlantis&tdir=ltr', {
      placeIds: new Set(model.placeById.keys()),
    });
    app.applyUrl(state, notices);
    expect([app.lang, app.theme, app.timeDirection, app.dir]).toEqual(['en', 'dark', 'ltr', 'ltr']);
    expect(app.notices.map((n) => noticeText(n, app.lang))).toEqual([
      'Ignored URL parameter place=atlantis: no such place',
    ]);
    app.setLang('ar');
    expect(app.notices.map((n) => noticeText(n, app.lang))).toEqual([
      'تم تجاهل معامل الرابط place=atlantis: لا يوجد مكان بهذا المعرّف',
    ]);
    expect(app.toUrl('x')).toMatchObject({ article: 'x', lang: 'ar', theme: 'dark', tdir: 'ltr' });
  });

  it("starts in the system's theme and writes a theme only when it differs from the system's", () => {
    const app = new AppState('dark');
    expect(app.theme).toBe('dark');
    expect(app.toUrl('x').theme).toBeUndefined();
    app.setTheme('light');
    expect(app.toUrl('x').theme).toBe('light');
    expect(new AppState().theme).toBe('light');
    expect(new AppState().toUrl('x').theme).toBeUndefined();
  });
});
