import { describe, expect, it } from 'vitest';
import {
  showsTranslation,
  acceptEvent,
  acceptMention,
  acceptPlace,
  forSave,
  placeByEditor,
  proposalsLeft,
  rejectEvent,
  rejectMention,
  relinkMention,
  setEventTitle,
  setRole,
  setTitleEn,
  type ReviewFolder,
  type ReviewMention,
  type ReviewPlace,
} from '../../src/review/edit.ts';

const P = { status: 'proposed' as const, proposal: { rule: 'name' } };
const mention = (id: string, placeId: string, proposed = true): ReviewMention => ({
  id,
  placeId,
  passageId: 'p01',
  role: 'place',
  selector: [
    { type: 'TextPositionSelector', start: 0, end: 1 },
    { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
  ],
  ...(proposed ? P : {}),
});
const place = (id: string, proposed = true, geometry: ReviewPlace['geometry'] = null): ReviewPlace => ({
  type: 'Feature',
  id,
  geometry,
  properties: {
    name_ar: id,
    name_en: id,
    kind: 'town',
    ...(proposed ? { status: 'proposed', proposal: { rule: 'gazetteer' } } : {}),
  },
});
const folder = (): ReviewFolder => ({
  meta: {
    id: 'a',
    title: { original: 'ع', en: { text: '(draft)', by: 'project' } },
    draft: { tool: 't', note: 'n' },
  },
  passages: [{ id: 'p01', start: 0, end: 1, translation: { en: { text: '', by: 'project' } } }],
  mentions: [mention('m1', 'a_town'), mention('m2', 'b_town')],
  places: { type: 'FeatureCollection', features: [place('a_town'), place('b_town'), place('kept', false)] },
  events: [{ id: 'e1', title: { en: { text: 'Date', by: 'project' } }, date: '2022-01-24', ...P }],
});

describe('review edits (pure: the input is never changed)', () => {
  it.each([
    ['accept a mention', 4, (f: ReviewFolder) => acceptMention(f, 'm1')],
    ['reject a mention (its proposed place goes with it)', 3, (f: ReviewFolder) => rejectMention(f, 'm1')],
    ['accept a place', 4, (f: ReviewFolder) => acceptPlace(f, 'a_town')],
    ['accept an event', 4, (f: ReviewFolder) => acceptEvent(f, 'e1')],
    ['reject an event', 4, (f: ReviewFolder) => rejectEvent(f, 'e1')],
    ['set a role (still proposed)', 5, (f: ReviewFolder) => setRole(f, 'm1', 'actor')],
  ] as const)('%s → %i proposals left', (_, left, edit) => {
    const f = folder();
    const before = JSON.stringify(f);
    expect(proposalsLeft(f)).toBe(5);
    expect(proposalsLeft(edit(f))).toBe(left);
    expect(JSON.stringify(f)).toBe(before);
  });

  it('rejecting a mention drops its proposed place but never a reviewed one', () => {
    const f = rejectMention(folder(), 'm1');
    expect(f.places.features.map((p) => p.id)).toEqual(['b_town', 'kept']);
  });

  it('relinking to a new place adds its feature and drops the orphaned proposal', () => {
    const f = relinkMention(folder(), 'm1', 'c_town', place('c_town'));
    expect(f.mentions[0]!.placeId).toBe('c_town');
    expect(f.places.features.map((p) => p.id)).toEqual(['b_town', 'kept', 'c_town']);
  });

  it('placing by the editor records the source, precision and note; the place becomes reviewed', () => {
    const f = placeByEditor(folder(), 'a_town', [42.123456, 37.1], 500, 'near the bridge');
    const p = f.places.features[0]!;
    expect(p.geometry).toEqual({ type: 'Point', coordinates: [42.12346, 37.1] });
    expect(p.properties).toMatchObject({
      precision_m: 500,
      approximate: true,
      certainty: 'low',
      note: 'near the bridge',
      geometry_source: { title: 'placed by the editor' },
    });
    expect(p.properties.status).toBeUndefined();
  });

  it('sets the English title as the project’s text, keeping the original', () => {
    const f = setTitleEn(folder(), 'Semalka reopens');
    expect(f.meta.title).toEqual({ original: 'ع', en: { text: 'Semalka reopens', by: 'project' } });
  });

  it.each(['ar', 'en'] as const)('sets an event title in %s, keeping the other language', (lang) => {
    const f = setEventTitle(folder(), 'e1', lang, 'T');
    expect(f.events[0]!.title[lang]).toEqual({ text: 'T', by: 'project' });
    if (lang === 'ar') expect(f.events[0]!.title.en.text).toBe('Date');
  });
});

describe('forSave', () => {
  it('keeps the draft block while proposals are left', () => {
    const f = folder();
    expect(forSave(f)).toBe(f);
  });
  it('drops the draft block once nothing is proposed', () => {
    let f = folder();
    f = acceptMention(acceptMention(f, 'm1'), 'm2');
    f = acceptPlace(acceptPlace(f, 'a_town'), 'b_town');
    f = acceptEvent(f, 'e1');
    expect(proposalsLeft(f)).toBe(0);
    expect('draft' in forSave(f).meta).toBe(false);
    expect(forSave(f).meta.title).toEqual(f.meta.title);
  });
});

describe('showsTranslation (the English translation box per passage)', () => {
  it('an Arabic article: always, empty or not', () => {
    expect(showsTranslation('ar', '')).toBe(true);
    expect(showsTranslation('ar', 'text')).toBe(true);
  });
  it('an English article: not when empty (its text is English already), yes when one was written', () => {
    expect(showsTranslation('en', '')).toBe(false);
    expect(showsTranslation('en-GB', ' ')).toBe(false);
    expect(showsTranslation('en', 'written')).toBe(true);
  });
});
