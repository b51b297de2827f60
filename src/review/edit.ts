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

/** Gazetteer search: names containing the query (normalised), best first. */
export function searchGazetteer<
  T extends { id: string; names: { ar: string[]; en: string[] }; kind: string },
>(entries: readonly T[], query: string, norm: (s: string) => string, limit = 12): T[] {
  const q = norm(query.trim());
  if (!q) return [];
  const scored: [number, T][] = [];
  for (const e of entries) {
    let best = -1;
    for (const n of [...e.names.ar, ...e.names.en]) {
      const k = norm(n);
      const s = k === q ? 3 : k.startsWith(q) ? 2 : k.includes(q) ? 1 : -1;
      if (s > best) best = s;
    }
    if (best >= 0) scored.push([best, e]);
  }
  return scored
    .sort((a, b) => b[0] - a[0])
    .slice(0, limit)
    .map(([, e]) => e);
}
