/**
 * The gazetteer build's entry store: ids, merging a later source's names into an entry for the same
 * place (same kind family, a shared name, within 30 km or inside its box), points and boxes of
 * features, name variants; and the serialised file (sources once in a table, one entry per line).
 */
import { bbox as turfBbox, centroid, distance, pointOnFeature } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { AR_CUE } from '../../src/ingest/cues.ts';
import { parseGazetteer } from '../../src/ingest/gazetteer.ts';
import { norm } from '../../src/ingest/normalize.ts';
import type { Gazetteer, GazetteerEntry, OrganisationName, PlaceKind } from '../../src/ingest/types.ts';
import type { SourceRef } from '../../src/model/types.ts';

export const round = (n: number) => Math.round(n * 1e5) / 1e5;
export const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/['’`]/gu, '')
    .replace(/[^a-z0-9]+/gu, '_')
    .replace(/^_|_$/gu, '')
    .slice(0, 60) || 'place';

export const entries: GazetteerEntry[] = [];
const ids = new Set<string>();
export const FAMILY = (k: PlaceKind): string =>
  ['city', 'town', 'village'].includes(k)
    ? 'settlement'
    : ['governorate', 'district'].includes(k)
      ? 'admin'
      : k;

export function uniqueId(base: string): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}_${n}`;
  return id;
}

export function pointOf(f: Feature<Geometry>): [number, number] {
  const g = f.geometry;
  if (g.type === 'Point') return [round(g.coordinates[0]!), round(g.coordinates[1]!)];
  const p = g.type === 'Polygon' || g.type === 'MultiPolygon' ? pointOnFeature(f) : centroid(f);
  return [round(p.geometry.coordinates[0]!), round(p.geometry.coordinates[1]!)];
}
export function bboxOf(f: Feature<Geometry>): [number, number, number, number] {
  const b = turfBbox(f);
  return [round(b[0]), round(b[1]), round(b[2]), round(b[3])];
}
/** A rough radius (m) for an area's point: half the bbox diagonal. */
export function radiusOf(b: [number, number, number, number]): number {
  return Math.round(distance([b[0], b[1]], [b[2], b[3]], { units: 'meters' }) / 2);
}

export const uniq = (xs: string[]) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = norm(x.trim());
    if (!x.trim() || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

export const inBox = (p: [number, number], b?: [number, number, number, number]) =>
  !!b && p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
/** Two entries are the same place when one's point lies in the other's box, or they are within 30 km. */
export function close(
  x: Pick<GazetteerEntry, 'point' | 'bbox'>,
  e: Pick<GazetteerEntry, 'point' | 'bbox'>,
): boolean {
  return (
    inBox(e.point, x.bbox) ||
    inBox(x.point, e.bbox) ||
    distance(x.point, e.point, { units: 'kilometers' }) < 30
  );
}

/** Adds an entry, or merges its names into an existing one for the same place. */
export function addEntry(e: Omit<GazetteerEntry, 'id'> & { id?: string }, baseId: string): void {
  const names = [...e.names.ar, ...e.names.en].map(norm);
  const same = entries.find(
    (x) =>
      FAMILY(x.kind) === FAMILY(e.kind) &&
      [...x.names.ar, ...x.names.en].some((n) => names.includes(norm(n))) &&
      close(x, e),
  );
  if (same) {
    same.names.ar = uniq([...same.names.ar, ...e.names.ar]);
    same.names.en = uniq([...same.names.en, ...e.names.en]);
    if (e.actor) same.actor = true;
    // A reviewed country (Syria, the United States) takes its code from Natural Earth's (round 22):
    // without it the country anchors none of the places a text names in it.
    if (e.country && !same.country) same.country = e.country;
    return;
  }
  const id = uniqueId(e.id ?? baseId);
  ids.add(id);
  entries.push({ ...e, id, names: { ar: uniq(e.names.ar), en: uniq(e.names.en) } });
}

/** English variants of a reviewed name: "Al-Hasakah (city)" → Al-Hasakah; "Washington, D.C." → Washington. */
export function englishVariants(name: string): string[] {
  const out: string[] = [];
  const main = name.replace(/\s*\(.*?\)\s*/gu, ' ').trim();
  out.push(main);
  for (const m of name.matchAll(/\(([^)]*)\)/gu)) {
    const inner = m[1]!.trim();
    if (/^\p{Lu}/u.test(inner) && !/\b(of|neighbourhood|city)\b/u.test(inner))
      out.push(...inner.split(/[–/;]/u).map((s) => s.trim()));
  }
  if (main.includes(',')) out.push(main.split(',')[0]!.trim());
  if (/^al-/iu.test(main)) out.push(main.replace(/^al-/iu, ''));
  if (/ border crossing$/u.test(main))
    out.push(main.replace(/ border crossing$/u, ' crossing'), main.replace(/ border crossing$/u, ''));
  return out.filter((s) => s.length > 1);
}

/** An Arabic name without a leading cue word that agrees with the kind ("حي غويران" → "غويران"). */
export function withoutCue(name: string, kind: PlaceKind): string | null {
  const [first, ...rest] = name.split(/\s+/u);
  const cue = first ? AR_CUE.get(norm(first)) : undefined;
  if (!cue || rest.length === 0 || FAMILY(cue.kind) !== FAMILY(kind)) return null;
  return rest.join(' ');
}

/** The gazetteer file's text: sources stored once, entries referring to them by index (src/ingest/gazetteer.ts). */
export function serialise(
  entries: readonly GazetteerEntry[],
  organisations: readonly OrganisationName[],
): string {
  const sourceKeys = new Map<string, number>();
  const sources: SourceRef[] = [];
  const keyOf = (s: SourceRef): number => {
    const k = JSON.stringify(s);
    let i = sourceKeys.get(k);
    if (i === undefined) {
      i = sources.length;
      sources.push(s);
      sourceKeys.set(k, i);
    }
    return i;
  };
  const stored = entries.map((e) => ({
    ...e,
    source: keyOf(e.source),
    ...(e.name_source ? { name_source: keyOf(e.name_source) } : {}),
  }));
  // One entry per line: small diffs when an article adds a place.
  const body = [
    '{"version":1,"built":"scripts/build-gazetteer.ts","sources":[',
    sources.map((s) => JSON.stringify(s)).join(',\n'),
    '],"entries":[',
    stored.map((e) => JSON.stringify(e)).join(',\n'),
    '],"organisations":[',
    organisations.map((o) => JSON.stringify(o)).join(',\n'),
    ']}',
  ].join('\n');
  parseGazetteer(JSON.parse(body)) satisfies Gazetteer;
  return body;
}
