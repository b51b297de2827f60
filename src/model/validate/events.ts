/** `events.json`: dated events with their certainty, origin, sources, places and passages. */
import { type Checker, isObj, show } from './checker.ts';
import { CERTAINTIES, date, PROPOSAL_FIELDS, projectText, proposal, sources } from './common.ts';

const ORIGINS = ['article', 'context'] as const;
const EVENT_KEYS = [
  'id',
  'title',
  'date',
  'precision',
  'approximate',
  'certainty',
  'origin',
  'sources',
  'placeIds',
  'passageIds',
  'note',
  ...PROPOSAL_FIELDS,
] as const;
const TITLE_KEYS = ['ar', 'en'] as const;

/** Event ids, collected first so `meta.reports.eventId` can be resolved; duplicates are reported by {@link checkEvents}. */
export function eventIdsOf(raw: unknown): Map<string, string> {
  const ids = new Map<string, string>();
  if (Array.isArray(raw)) {
    raw.forEach((e, i) => {
      if (isObj(e) && typeof e.id === 'string' && !ids.has(e.id)) ids.set(e.id, `events[${i}]`);
    });
  }
  return ids;
}

export function checkEvents(
  c: Checker,
  raw: unknown,
  placeIds: ReadonlyMap<string, string>,
  passageIds: ReadonlyMap<string, string>,
): void {
  const ids = new Map<string, string>();
  c.array(raw, 'events')?.forEach((item, i) => {
    const path = `events[${i}]`;
    const o = c.object(item, path);
    if (!o) return;
    c.keys(o, path, EVENT_KEYS);
    const id = c.uniqueId(o, path, ids);
    const title = c.object(o.title, `${path}.title`);
    if (title) {
      c.keys(title, `${path}.title`, TITLE_KEYS);
      projectText(c, title.en, `${path}.title.en`);
      if (title.ar !== undefined) projectText(c, title.ar, `${path}.title.ar`);
    }
    date(c, o, path);
    c.optionalBoolean(o, 'approximate', path);
    c.enumOf(o, 'certainty', path, CERTAINTIES);
    c.enumOf(o, 'origin', path, ORIGINS);
    sources(c, o, path);
    c.optionalString(o, 'note', path);
    proposal(c, o, path, 'event');
    const places = c.array(o.placeIds, `${path}.placeIds`);
    places?.forEach((ref, j) => c.reference(ref, `${path}.placeIds[${j}]`, placeIds, 'place'));
    const passages = c.array(o.passageIds, `${path}.passageIds`);
    passages?.forEach((ref, j) => c.reference(ref, `${path}.passageIds[${j}]`, passageIds, 'passage'));
    if (places?.length === 0 && passages?.length === 0)
      c.warn(path, `event ${show(id ?? o.id)} has no place and no passage`);
  });
}
