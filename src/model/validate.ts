/**
 * The boundary between `geodata/` and the app: unknown JSON in, a list of issues out. Never throws;
 * an issue names its path into the bundle and the bad value (`places.features[2].geometry.coordinates:
 * longitude 400 out of range [-180, 180]`). Only a bundle with no `error` issues may go to `build.ts`.
 */
import { DATE_PRECISIONS, parseIsoSpan } from './time.ts';
import type { DatePrecision, RawArticleBundle, Severity, ValidationIssue } from './types.ts';

/** Options for {@link validateBundle}. */
export interface ValidateOptions {
  /**
   * sha256 (hex) of `raw.text`'s UTF-8 bytes, computed by the caller. Hashing is async in the
   * browser (`crypto.subtle`), so the sync validator takes it as an argument; when it is omitted
   * the `meta.textSha256` check is skipped. {@link validateBundleAsync} always computes it.
   */
  textSha256?: string;
  /** The folder name the bundle was read from; `meta.id` must equal it. */
  expectedId?: string;
}

const CERTAINTIES = ['high', 'medium', 'low'] as const;
const DIRECTIONS = ['rtl', 'ltr'] as const;
const ROLES = ['place', 'actor', 'name-part'] as const;
const ORIGINS = ['article', 'context'] as const;
const KINDS = ['city', 'facility', 'neighbourhood', 'crossing', 'governorate', 'region', 'country'] as const;
const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'Polygon', 'MultiPolygon'] as const;
const BCP47 = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const HTTP_URL = /^https?:\/\/\S+$/;
/** Position issues reported per geometry before the rest are summarised, so one bad polygon cannot flood the list. */
const MAX_POSITION_ISSUES = 3;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short rendering of a value for a message: JSON, cut at 60 characters. */
export function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = Object.prototype.toString.call(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

const oneOf = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** Collects issues; every check reads `unknown` and reports instead of throwing. */
class Checker {
  readonly issues: ValidationIssue[] = [];

  add(path: string, message: string, severity: Severity = 'error'): void {
    this.issues.push({ path, message, severity });
  }

  warn(path: string, message: string): void {
    this.add(path, message, 'warning');
  }

  object(v: unknown, path: string): Obj | null {
    if (isObj(v)) return v;
    this.add(path, `expected an object, got ${show(v)}`);
    return null;
  }

  array(v: unknown, path: string): unknown[] | null {
    if (Array.isArray(v)) return v;
    this.add(path, `expected an array, got ${show(v)}`);
    return null;
  }

  /** A required string; non-empty unless `allowEmpty`. */
  string(o: Obj, key: string, path: string, allowEmpty = false): string | null {
    const v = o[key];
    if (typeof v === 'string' && (allowEmpty || v.trim() !== '')) return v;
    this.add(`${path}.${key}`, `expected a ${allowEmpty ? '' : 'non-empty '}string, got ${show(v)}`);
    return null;
  }

  optionalString(o: Obj, key: string, path: string): void {
    if (o[key] !== undefined) this.string(o, key, path);
  }

  optionalBoolean(o: Obj, key: string, path: string): void {
    const v = o[key];
    if (v !== undefined && typeof v !== 'boolean')
      this.add(`${path}.${key}`, `expected a boolean, got ${show(v)}`);
  }

  enumOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T | null {
    const v = o[key];
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    this.add(`${path}.${key}`, `expected one of ${oneOf(values)}, got ${show(v)}`);
    return null;
  }

  /** A required integer offset `≥ 0`. */
  offset(o: Obj, key: string, path: string): number | null {
    const v = o[key];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
    this.add(`${path}.${key}`, `expected an integer ≥ 0, got ${show(v)}`);
    return null;
  }

  projectText(v: unknown, path: string, allowEmpty = false): string | null {
    const o = this.object(v, path);
    if (!o) return null;
    if (o.by !== 'project') this.add(`${path}.by`, `expected "project", got ${show(o.by)}`);
    return this.string(o, 'text', path, allowEmpty);
  }

  source(v: unknown, path: string, requireLicence = false): void {
    const o = this.object(v, path);
    if (!o) return;
    this.string(o, 'title', path);
    if (requireLicence) this.string(o, 'licence', path);
    else this.optionalString(o, 'licence', path);
    for (const key of ['attribution', 'note']) this.optionalString(o, key, path);
    const url = o.url;
    if (url !== undefined && (typeof url !== 'string' || !HTTP_URL.test(url))) {
      this.add(`${path}.url`, `expected an http(s) URL, got ${show(url)}`);
    }
  }

  sources(o: Obj, path: string): void {
    const list = this.array(o.sources, `${path}.sources`);
    if (!list) return;
    if (list.length === 0) this.add(`${path}.sources`, 'expected at least one source, got []');
    list.forEach((s, i) => this.source(s, `${path}.sources[${i}]`));
  }

  /** `date` + `precision` that {@link parseIsoSpan} accepts. */
  date(o: Obj, path: string): void {
    const precision = this.enumOf<DatePrecision>(o, 'precision', path, DATE_PRECISIONS);
    const date = this.string(o, 'date', path);
    if (date !== null && precision !== null && parseIsoSpan(date, precision) === null) {
      this.add(
        `${path}.date`,
        `${show(date)} is not a valid ISO 8601 date or interval at precision "${precision}"`,
      );
    }
  }

  dateClaim(v: unknown, path: string): void {
    const o = this.object(v, path);
    if (!o) return;
    this.date(o, path);
    this.enumOf(o, 'certainty', path, CERTAINTIES);
    if (typeof o.inferred !== 'boolean')
      this.add(`${path}.inferred`, `expected a boolean, got ${show(o.inferred)}`);
    this.optionalString(o, 'reasoning', path);
    this.sources(o, path);
  }

  /** Reports a repeated id; returns the id when it is a usable string. */
  uniqueId(o: Obj, path: string, seen: Map<string, string>): string | null {
    const id = this.string(o, 'id', path);
    if (id === null) return null;
    const first = seen.get(id);
    if (first !== undefined) {
      this.add(`${path}.id`, `duplicate id ${show(id)} (first at ${first}.id)`);
      return null;
    }
    seen.set(id, path);
    return id;
  }

  reference(v: unknown, path: string, ids: ReadonlyMap<string, string>, what: string): void {
    if (typeof v !== 'string' || v === '') this.add(path, `expected a non-empty string, got ${show(v)}`);
    else if (!ids.has(v)) this.add(path, `no ${what} with id ${show(v)}`);
  }
}

/** A checked passage or mention range, kept for the cross-checks. */
interface Range {
  start: number;
  end: number;
}

function rangeInText(c: Checker, o: Obj, path: string, length: number): Range | null {
  const start = c.offset(o, 'start', path);
  const end = c.offset(o, 'end', path);
  if (start === null || end === null) return null;
  if (end > length) {
    c.add(`${path}.end`, `end ${end} beyond the end of the text (${length} code points)`);
    return null;
  }
  if (start >= end) {
    c.add(path, `start ${start} is not before end ${end}`);
    return null;
  }
  return { start, end };
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

function checkMeta(
  c: Checker,
  raw: unknown,
  eventIds: ReadonlyMap<string, string>,
  opts: ValidateOptions,
  length: number,
): Range[] {
  const path = 'meta';
  const o = c.object(raw, path);
  if (!o) return [];
  const id = c.string(o, 'id', path);
  if (id !== null && opts.expectedId !== undefined && id !== opts.expectedId) {
    c.add(`${path}.id`, `${show(id)} does not match the folder name ${show(opts.expectedId)}`);
  }
  const language = c.string(o, 'language', path);
  if (language !== null && !BCP47.test(language))
    c.add(`${path}.language`, `expected a BCP 47 language tag, got ${show(language)}`);
  c.enumOf(o, 'direction', path, DIRECTIONS);

  const title = c.object(o.title, `${path}.title`);
  if (title) {
    c.optionalString(title, 'original', `${path}.title`);
    c.projectText(title.en, `${path}.title.en`);
  }

  const sha = c.string(o, 'textSha256', path);
  if (sha !== null) {
    if (!SHA256_HEX.test(sha))
      c.add(`${path}.textSha256`, `expected 64 lowercase hex digits, got ${show(sha)}`);
    else if (opts.textSha256 !== undefined && sha !== opts.textSha256) {
      c.add(`${path}.textSha256`, `${sha} does not match the sha256 of the text, ${opts.textSha256}`);
    }
  }

  const outlet = c.object(o.outlet, `${path}.outlet`);
  if (outlet) {
    c.string(outlet, 'asDelivered', `${path}.outlet`);
    if (outlet.match !== undefined) {
      const mp = `${path}.outlet.match`;
      const match = c.object(outlet.match, mp);
      if (match) {
        for (const key of ['name', 'name_en', 'note']) c.string(match, key, mp);
        if (typeof match.url !== 'string' || !HTTP_URL.test(match.url))
          c.add(`${mp}.url`, `expected an http(s) URL, got ${show(match.url)}`);
        c.enumOf(match, 'certainty', mp, CERTAINTIES);
      }
    }
  }

  c.dateClaim(o.published, `${path}.published`);

  if (o.reports !== undefined) {
    const reports = c.object(o.reports, `${path}.reports`);
    if (reports) {
      c.reference(reports.eventId, `${path}.reports.eventId`, eventIds, 'event');
      c.optionalString(reports, 'note', `${path}.reports`);
    }
  }

  const excluded: Range[] = [];
  if (o.excluded !== undefined) {
    c.array(o.excluded, `${path}.excluded`)?.forEach((e, i) => {
      const ep = `${path}.excluded[${i}]`;
      const x = c.object(e, ep);
      if (!x) return;
      c.string(x, 'reason', ep);
      const r = rangeInText(c, x, ep, length);
      if (r) excluded.push(r);
    });
  }
  return excluded;
}

interface CheckedPassage extends Range {
  id: string;
  path: string;
}

function checkPassages(c: Checker, raw: unknown, length: number, excluded: readonly Range[]) {
  const ids = new Map<string, string>();
  const ranges = new Map<string, CheckedPassage>();
  let previous: CheckedPassage | null = null;
  c.array(raw, 'passages')?.forEach((item, i) => {
    const path = `passages[${i}]`;
    const o = c.object(item, path);
    if (!o) return;
    const id = c.uniqueId(o, path, ids);
    const translation = c.object(o.translation, `${path}.translation`);
    if (translation) {
      const text = c.projectText(translation.en, `${path}.translation.en`, true);
      if (text !== null && text.trim() === '') c.warn(`${path}.translation.en.text`, 'empty translation');
    }
    const r = rangeInText(c, o, path, length);
    if (!r) return;
    if (previous && r.start < previous.end) {
      c.add(
        `${path}.start`,
        `start ${r.start} is before the end of the previous passage (${previous.path} ends at ${previous.end}): passages must be in reading order and not overlap`,
      );
    }
    const cut = excluded.find((x) => overlaps(x, r));
    if (cut) c.add(path, `[${r.start}, ${r.end}) overlaps the excluded range [${cut.start}, ${cut.end})`);
    const checked = { ...r, id: id ?? '', path };
    previous = checked;
    if (id !== null) ranges.set(id, checked);
  });
  return { ids, ranges };
}

function checkMentions(
  c: Checker,
  raw: unknown,
  codePoints: readonly string[],
  placeIds: ReadonlyMap<string, string>,
  passages: ReadonlyMap<string, CheckedPassage>,
  passageIds: ReadonlyMap<string, string>,
): Set<string> {
  const ids = new Map<string, string>();
  const mentioned = new Set<string>();
  const ranges: { path: string; id: unknown; start: number; end: number }[] = [];
  const slice = (a: number, b: number) => codePoints.slice(a, b).join('');
  c.array(raw, 'mentions')?.forEach((item, i) => {
    const path = `mentions[${i}]`;
    const o = c.object(item, path);
    if (!o) return;
    c.uniqueId(o, path, ids);
    c.reference(o.placeId, `${path}.placeId`, placeIds, 'place');
    if (typeof o.placeId === 'string') mentioned.add(o.placeId);
    c.reference(o.passageId, `${path}.passageId`, passageIds, 'passage');
    c.enumOf(o, 'role', path, ROLES);

    const sel = c.array(o.selector, `${path}.selector`);
    if (!sel) return;
    if (sel.length !== 2) {
      c.add(
        `${path}.selector`,
        `expected [TextPositionSelector, TextQuoteSelector], got ${sel.length} selectors`,
      );
      return;
    }
    const pp = `${path}.selector[0]`;
    const qp = `${path}.selector[1]`;
    const pos = c.object(sel[0], pp);
    const quote = c.object(sel[1], qp);
    if (pos && pos.type !== 'TextPositionSelector')
      c.add(`${pp}.type`, `expected "TextPositionSelector", got ${show(pos.type)}`);
    if (quote && quote.type !== 'TextQuoteSelector')
      c.add(`${qp}.type`, `expected "TextQuoteSelector", got ${show(quote.type)}`);
    const exact = quote ? c.string(quote, 'exact', qp) : null;
    const prefix = quote ? c.string(quote, 'prefix', qp, true) : null;
    const suffix = quote ? c.string(quote, 'suffix', qp, true) : null;
    const r = pos ? rangeInText(c, pos, pp, codePoints.length) : null;
    if (!r) return;
    ranges.push({ path: pp, id: o.id, start: r.start, end: r.end });

    const passage = typeof o.passageId === 'string' ? passages.get(o.passageId) : undefined;
    if (passage && (r.start < passage.start || r.end > passage.end)) {
      c.add(
        pp,
        `[${r.start}, ${r.end}) is not inside passage ${show(passage.id)} [${passage.start}, ${passage.end})`,
      );
    }
    if (exact !== null && exact !== slice(r.start, r.end)) {
      c.add(
        `${qp}.exact`,
        `${show(exact)} does not match the text at [${r.start}, ${r.end}): ${show(slice(r.start, r.end))}`,
      );
    }
    if (prefix !== null) {
      const n = Array.from(prefix).length;
      const actual = slice(Math.max(0, r.start - n), r.start);
      if (prefix !== actual)
        c.add(`${qp}.prefix`, `${show(prefix)} does not match the text before ${r.start}: ${show(actual)}`);
    }
    if (suffix !== null) {
      const actual = slice(r.end, r.end + Array.from(suffix).length);
      if (suffix !== actual)
        c.add(`${qp}.suffix`, `${show(suffix)} does not match the text after ${r.end}: ${show(actual)}`);
    }
  });
  // Overlapping mentions cannot both be links in the text: one would silently be lost.
  const ordered = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]!;
    const cur = ordered[i]!;
    if (cur.start < prev.end) {
      c.add(
        cur.path,
        `[${cur.start}, ${cur.end}) overlaps mention ${show(prev.id)} [${prev.start}, ${prev.end}): mentions must not overlap`,
      );
    }
  }
  return mentioned;
}

/** Checks one position; returns the number of issues it raised. */
function checkPosition(c: Checker, v: unknown, path: string, report: boolean): number {
  const say = (message: string) => {
    if (report) c.add(path, message);
    return 1;
  };
  if (!Array.isArray(v) || v.length < 2 || v.length > 3)
    return say(`expected a position [longitude, latitude], got ${show(v)}`);
  if (!v.every((n) => typeof n === 'number' && Number.isFinite(n)))
    return say(`expected numeric coordinates, got ${show(v)}`);
  const [lon, lat] = v as number[];
  if (lon === undefined || lat === undefined)
    return say(`expected a position [longitude, latitude], got ${show(v)}`);
  if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
    return say(
      `latitude ${lat} out of range [-90, 90]: ${show(v)} looks like [latitude, longitude]; GeoJSON positions are [longitude, latitude]`,
    );
  }
  let n = 0;
  if (Math.abs(lon) > 180) n += say(`longitude ${lon} out of range [-180, 180]`);
  if (Math.abs(lat) > 90) n += say(`latitude ${lat} out of range [-90, 90]`);
  return n;
}

function checkGeometry(c: Checker, raw: unknown, path: string): string | null {
  const g = c.object(raw, path);
  if (!g) return null;
  const type = g.type;
  if (typeof type !== 'string' || !(GEOMETRY_TYPES as readonly string[]).includes(type)) {
    c.add(`${path}.type`, `expected one of ${oneOf(GEOMETRY_TYPES)}, got ${show(type)}`);
    return null;
  }
  const cp = `${path}.coordinates`;
  let bad = 0;
  const position = (v: unknown, p: string) => {
    bad += checkPosition(c, v, p, bad < MAX_POSITION_ISSUES);
  };
  const list = (v: unknown, p: string, min: number, what: string): unknown[] | null => {
    if (!Array.isArray(v) || v.length < min) {
      c.add(p, `expected ${what} (at least ${min}), got ${show(v)}`);
      return null;
    }
    return v;
  };
  const ring = (v: unknown, p: string) => {
    const r = list(v, p, 4, 'a linear ring of positions');
    if (!r) return;
    r.forEach((q, i) => position(q, `${p}[${i}]`));
    if (show(r[0]) !== show(r[r.length - 1]))
      c.add(p, `ring not closed: first position ${show(r[0])} differs from last ${show(r[r.length - 1])}`);
  };
  const polygon = (v: unknown, p: string) =>
    list(v, p, 1, 'an array of linear rings')?.forEach((r, i) => ring(r, `${p}[${i}]`));
  const coords = g.coordinates;
  switch (type) {
    case 'Point':
      position(coords, cp);
      break;
    case 'MultiPoint':
      list(coords, cp, 1, 'an array of positions')?.forEach((q, i) => position(q, `${cp}[${i}]`));
      break;
    case 'LineString':
      list(coords, cp, 2, 'an array of positions')?.forEach((q, i) => position(q, `${cp}[${i}]`));
      break;
    case 'Polygon':
      polygon(coords, cp);
      break;
    case 'MultiPolygon':
      list(coords, cp, 1, 'an array of polygons')?.forEach((q, i) => polygon(q, `${cp}[${i}]`));
      break;
  }
  if (bad > MAX_POSITION_ISSUES) c.add(cp, `${bad - MAX_POSITION_ISSUES} more bad positions not listed`);
  return type;
}

function checkPlaces(c: Checker, raw: unknown): Map<string, string> {
  const ids = new Map<string, string>();
  const fc = c.object(raw, 'places');
  if (!fc) return ids;
  if (fc.type !== 'FeatureCollection')
    c.add('places.type', `expected "FeatureCollection", got ${show(fc.type)}`);
  c.array(fc.features, 'places.features')?.forEach((item, i) => {
    const path = `places.features[${i}]`;
    const f = c.object(item, path);
    if (!f) return;
    if (f.type !== 'Feature') c.add(`${path}.type`, `expected "Feature", got ${show(f.type)}`);
    c.uniqueId(f, path, ids);
    const geometryType = checkGeometry(c, f.geometry, `${path}.geometry`);
    const pp = `${path}.properties`;
    const p = c.object(f.properties, pp);
    if (!p) return;
    c.string(p, 'name_ar', pp);
    c.string(p, 'name_en', pp);
    c.enumOf(p, 'kind', pp, KINDS);
    c.enumOf(p, 'certainty', pp, CERTAINTIES);
    c.string(p, 'note', pp);
    c.optionalBoolean(p, 'approximate', pp);
    c.source(p.geometry_source, `${pp}.geometry_source`, true);
    if (p.name_source !== undefined) c.source(p.name_source, `${pp}.name_source`);
    const precision = p.precision_m;
    const positive = typeof precision === 'number' && Number.isFinite(precision) && precision > 0;
    if (precision !== undefined && !positive) {
      c.add(`${pp}.precision_m`, `expected a positive number of metres, got ${show(precision)}`);
    } else if (
      precision === undefined &&
      (geometryType === 'Point' || geometryType === 'MultiPoint' || geometryType === 'LineString')
    ) {
      c.add(
        `${pp}.precision_m`,
        `required for ${geometryType} geometry (a positive number of metres; or give an area geometry, Polygon or MultiPolygon), got undefined`,
      );
    }
  });
  return ids;
}

function checkEvents(
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
    const id = c.uniqueId(o, path, ids);
    const title = c.object(o.title, `${path}.title`);
    if (title) {
      c.projectText(title.en, `${path}.title.en`);
      if (title.ar !== undefined) c.projectText(title.ar, `${path}.title.ar`);
    }
    c.date(o, path);
    c.optionalBoolean(o, 'approximate', path);
    c.enumOf(o, 'certainty', path, CERTAINTIES);
    c.enumOf(o, 'origin', path, ORIGINS);
    c.sources(o, path);
    c.optionalString(o, 'note', path);
    const places = c.array(o.placeIds, `${path}.placeIds`);
    places?.forEach((ref, j) => c.reference(ref, `${path}.placeIds[${j}]`, placeIds, 'place'));
    const passages = c.array(o.passageIds, `${path}.passageIds`);
    passages?.forEach((ref, j) => c.reference(ref, `${path}.passageIds[${j}]`, passageIds, 'passage'));
    if (places?.length === 0 && passages?.length === 0)
      c.warn(path, `event ${show(id ?? o.id)} has no place and no passage`);
  });
}

/** Event ids, collected first so `meta.reports.eventId` can be resolved; duplicates are reported by {@link checkEvents}. */
function eventIdsOf(raw: unknown): Map<string, string> {
  const ids = new Map<string, string>();
  if (Array.isArray(raw)) {
    raw.forEach((e, i) => {
      if (isObj(e) && typeof e.id === 'string' && !ids.has(e.id)) ids.set(e.id, `events[${i}]`);
    });
  }
  return ids;
}

/**
 * Every issue in an article bundle read as unknown JSON: shapes and types per `types.ts`, unique ids,
 * resolved references, ranges and quotes against the text (in code points), GeoJSON geometry,
 * dates. Never throws. Warnings (unmentioned place, empty translation, event with no place and no
 * passage) do not stop the build; errors do.
 */
export function validateBundle(raw: RawArticleBundle, options: ValidateOptions = {}): ValidationIssue[] {
  const c = new Checker();
  try {
    const bundle = c.object(raw, 'bundle');
    if (!bundle) return c.issues;
    let codePoints: string[] = [];
    if (typeof bundle.text !== 'string') c.add('text', `expected a string, got ${show(bundle.text)}`);
    else {
      codePoints = Array.from(bundle.text);
      if (codePoints.length === 0) c.add('text', 'the text is empty');
    }
    const length = codePoints.length;
    const eventIds = eventIdsOf(bundle.events);
    const excluded = checkMeta(c, bundle.meta, eventIds, options, length);
    const passages = checkPassages(c, bundle.passages, length, excluded);
    const placeIds = checkPlaces(c, bundle.places);
    const mentioned = checkMentions(c, bundle.mentions, codePoints, placeIds, passages.ranges, passages.ids);
    checkEvents(c, bundle.events, placeIds, passages.ids);
    for (const [id, path] of placeIds) {
      if (!mentioned.has(id)) c.warn(path, `place ${show(id)} is not referred to by any mention`);
    }
  } catch (e) {
    c.add('bundle', `validator failed unexpectedly: ${e instanceof Error ? e.message : show(e)}`);
  }
  return c.issues;
}

/** sha256 of the UTF-8 bytes of `text`, lowercase hex (Web Crypto: browsers and Node ≥ 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** {@link validateBundle} with the text's sha256 computed, so `meta.textSha256` is always checked. Never rejects. */
export async function validateBundleAsync(
  raw: RawArticleBundle,
  options: Omit<ValidateOptions, 'textSha256'> = {},
): Promise<ValidationIssue[]> {
  if (!isObj(raw) || typeof raw.text !== 'string') return validateBundle(raw, options);
  if (!globalThis.crypto?.subtle) {
    // Web Crypto exists only in secure contexts (https, localhost): elsewhere the hash is not checked.
    return [
      ...validateBundle(raw, options),
      {
        path: 'meta.textSha256',
        message: 'not checked: Web Crypto is unavailable (page not served over https)',
        severity: 'warning',
      },
    ];
  }
  try {
    return validateBundle(raw, { ...options, textSha256: await sha256Hex(raw.text) });
  } catch (e) {
    const reason = e instanceof Error ? e.message : show(e);
    return [
      ...validateBundle(raw, options),
      { path: 'text', message: `could not compute sha256: ${reason}`, severity: 'error' },
    ];
  }
}

/** True when at least one issue is an error. */
export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
