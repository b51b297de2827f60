/**
 * Joins a validated bundle into the read-only {@link ArticleModel}: records by id, mentions, passages
 * and events per place and per passage, each event's time span. Built once; everything reachable is
 * frozen (the Maps are typed `ReadonlyMap`, since a Map cannot be frozen).
 */
import { CodePoints } from './code-points.ts';
import { parseIsoSpan } from './time.ts';
import type {
  ArticleEvent,
  ArticleMeta,
  ArticleModel,
  Mention,
  Passage,
  PlaceCollection,
  PlaceFeature,
  RawArticleBundle,
  TimeSpan,
  TranslationMention,
  UnplacedPlace,
} from './types.ts';

/** Freezes `value` and everything reachable from it through plain objects and arrays. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function frozenLists<K, V>(map: Map<K, V[]>): ReadonlyMap<K, readonly V[]> {
  for (const list of map.values()) Object.freeze(list);
  return map;
}

const mentionStart = (m: Mention) => m.selector[0].start;

/**
 * The model of a bundle that {@link validateBundle} passed with no errors; on any other input the
 * result is undefined. The bundle's JSON is copied, so the caller's objects are left unfrozen.
 */
export function buildModel(bundle: RawArticleBundle): ArticleModel {
  // The text is a string (immutable): only the JSON is copied, not a second copy of the text.
  const copy = deepFreeze({ ...structuredClone({ ...bundle, text: '' }), text: bundle.text });
  const meta = copy.meta as ArticleMeta;
  const passages = copy.passages as readonly Passage[];
  const features = (copy.places as PlaceCollection).features as readonly (PlaceFeature | UnplacedPlace)[];
  const places = Object.freeze(features.filter((f): f is PlaceFeature => f.geometry !== null));
  const unplaced = Object.freeze(features.filter((f): f is UnplacedPlace => f.geometry === null));
  const unplacedIds = new Set(unplaced.map((p) => p.id));
  const events = copy.events as readonly ArticleEvent[];
  const allMentions = [...(copy.mentions as readonly Mention[])].sort(
    (a, b) => mentionStart(a) - mentionStart(b),
  );
  const mentions = Object.freeze(allMentions.filter((m) => !unplacedIds.has(m.placeId)));
  const unplacedMentions = Object.freeze(allMentions.filter((m) => unplacedIds.has(m.placeId)));
  const proposals = [...allMentions, ...features.map((f) => f.properties), ...events].filter(
    (r) => r.status === 'proposed',
  ).length;

  const passageOrder = new Map(passages.map((p, i) => [p.id, i]));
  const mentionsByPlace = new Map<string, Mention[]>();
  const mentionsByPassage = new Map<string, Mention[]>();
  for (const m of mentions) {
    push(mentionsByPlace, m.placeId, m);
    push(mentionsByPassage, m.passageId, m);
  }
  const passagesByPlace = new Map<string, string[]>();
  for (const [placeId, list] of mentionsByPlace) {
    const ids = [...new Set(list.map((m) => m.passageId))];
    passagesByPlace.set(
      placeId,
      ids.sort((a, b) => (passageOrder.get(a) ?? 0) - (passageOrder.get(b) ?? 0)),
    );
  }
  const translationMentionsByPassage = new Map<string, readonly TranslationMention[]>(
    passages.map((p) => [
      p.id,
      Object.freeze(
        [...(p.translation.en.mentions ?? [])].sort((a, b) => a.selector[0].start - b.selector[0].start),
      ),
    ]),
  );
  const eventsByPlace = new Map<string, string[]>();
  const eventsByPassage = new Map<string, string[]>();
  const eventSpan = new Map<string, TimeSpan>();
  for (const e of events) {
    for (const id of new Set(e.placeIds)) push(eventsByPlace, id, e.id);
    for (const id of new Set(e.passageIds)) push(eventsByPassage, id, e.id);
    const span = parseIsoSpan(e.date, e.precision);
    if (span) eventSpan.set(e.id, Object.freeze(span));
  }

  return Object.freeze({
    meta,
    text: copy.text,
    codePoints: new CodePoints(copy.text as string),
    passages,
    mentions,
    places,
    unplaced,
    unplacedMentions,
    proposals,
    events,
    placeById: new Map(places.map((p) => [p.id, p])),
    passageById: new Map(passages.map((p) => [p.id, p])),
    eventById: new Map(events.map((e) => [e.id, e])),
    mentionsByPlace: frozenLists(mentionsByPlace),
    mentionsByPassage: frozenLists(mentionsByPassage),
    translationMentionsByPassage,
    passagesByPlace: frozenLists(passagesByPlace),
    eventsByPlace: frozenLists(eventsByPlace),
    eventsByPassage: frozenLists(eventsByPassage),
    eventSpan,
  });
}
