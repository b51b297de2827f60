/**
 * The review page's edits, pure: each takes the draft folder and returns a new one (no mutation),
 * so the page can validate every state and undo is a stack of values.
 */
import type { Geometry } from 'geojson';

export type Json = Record<string, unknown>;
export interface ReviewMention {
  id: string;
  placeId: string;
  passageId: string;
  role: string;
  selector: [
    { type: string; start: number; end: number },
    { type: string; exact: string; prefix: string; suffix: string },
  ];
  status?: 'proposed';
  proposal?: { rule: string; candidates?: string[]; note?: string };
}
/** A translation's mention (shared contract 2): selectors into the translation's text, no passage id. */
export type ReviewTranslationMention = Omit<ReviewMention, 'passageId'>;
export interface ReviewPlace {
  type: 'Feature';
  id: string;
  geometry: Geometry | null;
  properties: Json & { name_ar: string; name_en: string; kind: string; status?: 'proposed'; proposal?: Json };
}
export interface ReviewEvent extends Json {
  id: string;
  title: { ar?: { text: string; by: 'project' }; en: { text: string; by: 'project' } };
  date: string;
  status?: 'proposed';
  proposal?: Json;
}
export interface ReviewPassage {
  id: string;
  start: number;
  end: number;
  translation: { en: { text: string; by: 'project'; mentions?: ReviewTranslationMention[] } };
}
export interface ReviewFolder {
  meta: Json;
  passages: ReviewPassage[];
  mentions: ReviewMention[];
  places: { type: 'FeatureCollection'; features: ReviewPlace[] };
  events: ReviewEvent[];
}

const reviewed = <T extends { status?: unknown; proposal?: unknown }>(x: T): T => {
  const { status: _s, proposal: _p, ...rest } = x;
  void _s;
  void _p;
  return rest as T;
};

/** Accepts a mention: it becomes reviewed (no status, no proposal). */
export function acceptMention(f: ReviewFolder, id: string): ReviewFolder {
  return { ...f, mentions: f.mentions.map((m) => (m.id === id ? reviewed(m) : m)) };
}

/** Rejects a mention: it is removed; a proposed place no longer mentioned goes with it. */
export function rejectMention(f: ReviewFolder, id: string): ReviewFolder {
  const mentions = f.mentions.filter((m) => m.id !== id);
  return dropOrphans({ ...f, mentions });
}

/** Links a mention to another place (adding that place's feature when it is new). */
export function relinkMention(
  f: ReviewFolder,
  id: string,
  placeId: string,
  place?: ReviewPlace,
): ReviewFolder {
  const mentions = f.mentions.map((m) => (m.id === id ? { ...m, placeId } : m));
  const has = f.places.features.some((p) => p.id === placeId);
  const features = has || !place ? f.places.features : [...f.places.features, place];
  return dropOrphans({ ...f, mentions, places: { ...f.places, features } });
}

export function setRole(f: ReviewFolder, id: string, role: string): ReviewFolder {
  return { ...f, mentions: f.mentions.map((m) => (m.id === id ? { ...m, role } : m)) };
}

/** Accepts a place as it is. */
export function acceptPlace(f: ReviewFolder, id: string): ReviewFolder {
  const features = f.places.features.map((p) =>
    p.id === id ? { ...p, properties: reviewed(p.properties) } : p,
  );
  return { ...f, places: { ...f.places, features } };
}

/**
 * Places a name by a click on the map: a Point, recorded as placed by the editor with the precision
 * the editor chose and the editor's note; the place becomes reviewed.
 */
export function placeByEditor(
  f: ReviewFolder,
  id: string,
  lonLat: [number, number],
  precision_m: number,
  note: string,
): ReviewFolder {
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  const features = f.places.features.map((p) =>
    p.id === id
      ? {
          ...p,
          geometry: { type: 'Point' as const, coordinates: [round(lonLat[0]), round(lonLat[1])] },
          properties: {
            ...reviewed(p.properties),
            precision_m,
            approximate: true,
            certainty: 'low',
            note: note || 'Placed by the editor on the review page.',
            geometry_source: {
              title: 'placed by the editor',
              licence: 'project (editor placement)',
              note: note || undefined,
            },
          },
        }
      : p,
  );
  return { ...f, places: { ...f.places, features } };
}

/**
 * Whether a passage's English translation box is shown: always for an article in another language;
 * for an English article only when a translation was already written (its text is English already).
 */
export function showsTranslation(language: unknown, text: string): boolean {
  const english = typeof language === 'string' && /^en(-|$)/i.test(language);
  return !english || text.trim() !== '';
}

export function setTranslation(f: ReviewFolder, passageId: string, text: string): ReviewFolder {
  return {
    ...f,
    passages: f.passages.map((p) => {
      if (p.id !== passageId) return p;
      // Translation mentions no longer matching the text are dropped (their selectors would be wrong).
      const cps = Array.from(text);
      const mentions = (p.translation.en.mentions ?? []).filter(
        (m) => cps.slice(m.selector[0].start, m.selector[0].end).join('') === m.selector[1].exact,
      );
      return {
        ...p,
        translation: { en: { ...p.translation.en, text, ...(mentions.length ? { mentions } : {}) } },
      };
    }),
  };
}

export function acceptTranslationMention(f: ReviewFolder, passageId: string, id: string): ReviewFolder {
  return {
    ...f,
    passages: f.passages.map((p) =>
      p.id === passageId
        ? {
            ...p,
            translation: {
              en: {
                ...p.translation.en,
                mentions: (p.translation.en.mentions ?? []).map((m) => (m.id === id ? reviewed(m) : m)),
              },
            },
          }
        : p,
    ),
  };
}

export function editEvent(f: ReviewFolder, id: string, patch: Partial<ReviewEvent>): ReviewFolder {
  return { ...f, events: f.events.map((e) => (e.id === id ? { ...e, ...patch } : e)) };
}
export function acceptEvent(f: ReviewFolder, id: string): ReviewFolder {
  return { ...f, events: f.events.map((e) => (e.id === id ? reviewed(e) : e)) };
}
export function rejectEvent(f: ReviewFolder, id: string): ReviewFolder {
  const meta =
    (f.meta.reports as { eventId?: string } | undefined)?.eventId === id
      ? { ...f.meta, reports: undefined }
      : f.meta;
  return { ...f, meta, events: f.events.filter((e) => e.id !== id) };
}

/** Sets the project's English title of the article. */
export function setTitleEn(f: ReviewFolder, text: string): ReviewFolder {
  const title = (f.meta.title ?? {}) as Json;
  return { ...f, meta: { ...f.meta, title: { ...title, en: { text, by: 'project' } } } };
}

/** Sets one language of an event's title (the project's wording). */
export function setEventTitle(f: ReviewFolder, id: string, lang: 'ar' | 'en', text: string): ReviewFolder {
  return {
    ...f,
    events: f.events.map((e) =>
      e.id === id ? { ...e, title: { ...e.title, [lang]: { text, by: 'project' } } } : e,
    ),
  };
}

/**
 * Sets the article's publication date as the reviewer reads it from the outlet: an ISO 8601 day,
 * month or year (its precision follows), printed by the source, high certainty. An empty or
 * malformed value changes nothing (the page refuses it with a message).
 */
export function setPublished(f: ReviewFolder, date: string): ReviewFolder {
  const precision = datePrecision(date);
  if (!precision) return f;
  const old = (f.meta.published ?? {}) as Json;
  const sources = articleSources(f);
  const published = {
    date,
    precision,
    certainty: 'high',
    inferred: false,
    reasoning: 'Publication date entered by the reviewer from the outlet.',
    sources: sources.length ? sources : ((old.sources as unknown[] | undefined) ?? []),
  };
  return { ...f, meta: { ...f.meta, published } };
}

/** `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD` → its precision; anything else → null. */
export function datePrecision(date: string): 'year' | 'month' | 'day' | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!m) return null;
  const [, y = '', mo, d] = m;
  if (!mo) return 'year';
  if (+mo < 1 || +mo > 12) return null;
  if (!d) return 'month';
  const day = new Date(Date.UTC(+y, +mo - 1, +d));
  return day.getUTCMonth() === +mo - 1 && day.getUTCDate() === +d ? 'day' : null;
}

/** The sources that name the article itself (what an event read from the text cites). */
function articleSources(f: ReviewFolder): Json[] {
  for (const e of f.events) {
    const s = (e.sources as Json[] | undefined)?.filter((x) => /the article itself/.test(String(x.title)));
    if (s?.length) return s;
  }
  const outlet = (f.meta.outlet as { asDelivered?: string } | undefined)?.asDelivered;
  return outlet ? [{ title: `${outlet} — the article itself` }] : [];
}

/** Corrects or fills a place's name in one language (trimmed); the place keeps its review status. */
export function setPlaceName(f: ReviewFolder, id: string, lang: 'ar' | 'en', name: string): ReviewFolder {
  const key = lang === 'ar' ? 'name_ar' : 'name_en';
  const features = f.places.features.map((p) =>
    p.id === id ? { ...p, properties: { ...p.properties, [key]: name.trim() } } : p,
  );
  return { ...f, places: { ...f.places, features } };
}

/**
 * Removes a place and everything that points at it: its mentions in the text and in translations,
 * and its id in events (an event keeps its other places). Undo brings it all back.
 */
export function removePlace(f: ReviewFolder, id: string): ReviewFolder {
  return {
    ...f,
    mentions: f.mentions.filter((m) => m.placeId !== id),
    passages: f.passages.map((p) => {
      const tms = p.translation.en.mentions;
      if (!tms?.some((m) => m.placeId === id)) return p;
      const mentions = tms.filter((m) => m.placeId !== id);
      const { mentions: _m, ...en } = p.translation.en;
      void _m;
      return { ...p, translation: { en: mentions.length ? { ...en, mentions } : en } };
    }),
    places: { ...f.places, features: f.places.features.filter((p) => p.id !== id) },
    events: f.events.map((e) => {
      const ids = e.placeIds as string[] | undefined;
      return ids?.includes(id) ? { ...e, placeIds: ids.filter((x) => x !== id) } : e;
    }),
  };
}

/** What the reviewer gives for an event the tool missed. */
export interface NewEvent {
  date: string;
  title: { ar?: string; en?: string };
  passageIds: string[];
  placeIds: string[];
  certainty: 'high' | 'medium' | 'low';
}

/**
 * Adds an event the tool missed, as reviewed: stated by the article (origin `article`, the article
 * itself as source), its precision from the date's form; a fresh editor id (`ev-edNN`). Returns the
 * folder unchanged when the date is not an ISO day, month or year.
 */
export function addEvent(f: ReviewFolder, e: NewEvent): { folder: ReviewFolder; id: string | null } {
  const precision = datePrecision(e.date);
  if (!precision) return { folder: f, id: null };
  const taken = new Set(f.events.map((x) => x.id));
  let n = 1;
  while (taken.has(`ev-ed${String(n).padStart(2, '0')}`)) n++;
  const id = `ev-ed${String(n).padStart(2, '0')}`;
  const title: ReviewEvent['title'] = { en: { text: (e.title.en ?? '').trim(), by: 'project' } };
  if (e.title.ar?.trim()) title.ar = { text: e.title.ar.trim(), by: 'project' };
  const event: ReviewEvent = {
    id,
    title,
    date: e.date.trim(),
    precision,
    certainty: e.certainty,
    origin: 'article',
    sources: articleSources(f),
    placeIds: [...e.placeIds],
    passageIds: [...e.passageIds],
    note: 'Added by the reviewer on the review page.',
  };
  return { folder: { ...f, events: [...f.events, event] }, id };
}

/**
 * Accepts every proposal left in one passage in a single action: its mentions (text and
 * translation), the proposed places they link to that already have a geometry (a place without one
 * still needs to be put on the map), and the proposed events read from that passage.
 */
export function acceptPassage(f: ReviewFolder, passageId: string): ReviewFolder {
  const inPassage = f.mentions.filter((m) => m.passageId === passageId);
  const placeIds = new Set(inPassage.map((m) => m.placeId));
  for (const tm of f.passages.find((p) => p.id === passageId)?.translation.en.mentions ?? [])
    placeIds.add(tm.placeId);
  return {
    ...f,
    mentions: f.mentions.map((m) => (m.passageId === passageId && m.status === 'proposed' ? reviewed(m) : m)),
    passages: f.passages.map((p) =>
      p.id === passageId && p.translation.en.mentions
        ? {
            ...p,
            translation: {
              en: { ...p.translation.en, mentions: p.translation.en.mentions.map((m) => reviewed(m)) },
            },
          }
        : p,
    ),
    places: {
      ...f.places,
      features: f.places.features.map((p) =>
        placeIds.has(p.id) && p.geometry && p.properties.status === 'proposed'
          ? { ...p, properties: reviewed(p.properties) }
          : p,
      ),
    },
    events: f.events.map((e) =>
      e.status === 'proposed' && (e.passageIds as string[] | undefined)?.includes(passageId)
        ? reviewed(e)
        : e,
    ),
  };
}

/** Accepts every proposal left in the article at once: {@link acceptPassage} of every passage. */
export function acceptAll(f: ReviewFolder): ReviewFolder {
  return f.passages.reduce((acc, p) => acceptPassage(acc, p.id), f);
}

/**
 * The proposed mentions like `id`: the same words linked to the same place (the ingest tool read
 * them all the same way, «السويس» of «قناة السويس» as the city), `id` first; empty when `id` is
 * not proposed.
 */
export function alikeOf(f: ReviewFolder, id: string): ReviewMention[] {
  const m = f.mentions.find((x) => x.id === id);
  if (!m || m.status !== 'proposed') return [];
  const same = (x: ReviewMention) =>
    x.status === 'proposed' && x.placeId === m.placeId && x.selector[1].exact === m.selector[1].exact;
  return [m, ...f.mentions.filter((x) => x.id !== id && same(x))];
}

/** Rejects `id` and every proposed mention like it ({@link alikeOf}) in one action. */
export function rejectAlike(f: ReviewFolder, id: string): ReviewFolder {
  const gone = new Set(alikeOf(f, id).map((m) => m.id));
  return dropOrphans({ ...f, mentions: f.mentions.filter((m) => !gone.has(m.id)) });
}

/** Proposals left in one passage (what `acceptPassage` would accept, places without geometry aside). */
export function passageProposals(f: ReviewFolder, passageId: string): number {
  return (
    f.mentions.filter((m) => m.passageId === passageId && m.status === 'proposed').length +
    (f.passages.find((p) => p.id === passageId)?.translation.en.mentions ?? []).filter(
      (m) => m.status === 'proposed',
    ).length +
    f.events.filter(
      (e) => e.status === 'proposed' && (e.passageIds as string[] | undefined)?.includes(passageId),
    ).length
  );
}

/**
 * The folder as saved: once no proposal is left, the ingest tool's `draft` block goes (it says
 * "every proposed item needs review", no longer true); while proposals remain it stays.
 */
export function forSave(f: ReviewFolder): ReviewFolder {
  if (proposalsLeft(f) > 0 || !('draft' in f.meta)) return f;
  const { draft: _d, ...meta } = f.meta;
  void _d;
  return { ...f, meta };
}

/** Proposed places nothing refers to any more are dropped; reviewed places always stay. */
function dropOrphans(f: ReviewFolder): ReviewFolder {
  const used = new Set([
    ...f.mentions.map((m) => m.placeId),
    ...f.passages.flatMap((p) => (p.translation.en.mentions ?? []).map((m) => m.placeId)),
    ...f.events.flatMap((e) => (e.placeIds as string[] | undefined) ?? []),
  ]);
  const features = f.places.features.filter((p) => p.properties.status !== 'proposed' || used.has(p.id));
  return { ...f, places: { ...f.places, features } };
}

/** How many proposals are left. */
export function proposalsLeft(f: ReviewFolder): number {
  return (
    f.mentions.filter((m) => m.status === 'proposed').length +
    f.places.features.filter((p) => p.properties.status === 'proposed').length +
    f.events.filter((e) => e.status === 'proposed').length +
    f.passages.reduce(
      (n, p) => n + (p.translation.en.mentions ?? []).filter((m) => m.status === 'proposed').length,
      0,
    )
  );
}

/** A geometry's first position [lon, lat] (a point's own), or null without one: where a place is, roughly. */
export function firstPosition(g: Geometry | null): [number, number] | null {
  let c: unknown = g && 'coordinates' in g ? g.coordinates : null;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number' ? [c[0], c[1]] : null;
}
