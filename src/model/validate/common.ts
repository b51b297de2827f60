/** Shapes shared by several files: project text, sources, dates, proposals. */
import { DATE_PRECISIONS, parseIsoSpan } from '../time.ts';
import type { DatePrecision } from '../types.ts';
import { type Checker, type Obj, show } from './checker.ts';

export const CERTAINTIES = ['high', 'medium', 'low'] as const;
/**
 * True for an absolute https URL with a host, no credentials and no whitespace: a link the app
 * renders must not downgrade to plain http or run script (`javascript:`).
 */
export function isHttpsUrl(v: unknown): v is string {
  if (typeof v !== 'string' || /\s/.test(v) || !/^https:\/\//i.test(v)) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

const PROJECT_TEXT_KEYS = ['text', 'by'] as const;
const SOURCE_KEYS = ['title', 'url', 'licence', 'attribution', 'note'] as const;
const DATE_CLAIM_KEYS = ['date', 'precision', 'certainty', 'inferred', 'reasoning', 'sources'] as const;
const PROPOSAL_KEYS = ['rule', 'candidates', 'note'] as const;

/** Keys a record may carry when a tool proposed it (contract 4). */
export const PROPOSAL_FIELDS = ['status', 'proposal'] as const;

/** `{ text, by: "project" }`; `extraKeys` are allowed beside them (e.g. a translation's `mentions`). */
export function projectText(
  c: Checker,
  v: unknown,
  path: string,
  allowEmpty = false,
  extraKeys: readonly string[] = [],
): string | null {
  const o = c.object(v, path);
  if (!o) return null;
  c.keys(o, path, [...PROJECT_TEXT_KEYS, ...extraKeys]);
  if (o.by !== 'project') c.add(`${path}.by`, `expected "project", got ${show(o.by)}`);
  return c.string(o, 'text', path, allowEmpty);
}

/** A `url` field: an https URL (the markup check in `safety.ts` covers every other string). */
export function url(c: Checker, v: unknown, path: string): void {
  if (!isHttpsUrl(v)) c.add(path, `expected an https URL, got ${show(v)}`);
}

export function source(c: Checker, v: unknown, path: string, requireLicence = false): void {
  const o = c.object(v, path);
  if (!o) return;
  c.keys(o, path, SOURCE_KEYS);
  c.string(o, 'title', path);
  if (requireLicence) c.string(o, 'licence', path);
  else c.optionalString(o, 'licence', path);
  for (const key of ['attribution', 'note']) c.optionalString(o, key, path);
  if (o.url !== undefined) url(c, o.url, `${path}.url`);
}

export function sources(c: Checker, o: Obj, path: string): void {
  const list = c.array(o.sources, `${path}.sources`);
  if (!list) return;
  if (list.length === 0) c.add(`${path}.sources`, 'expected at least one source, got []');
  list.forEach((s, i) => source(c, s, `${path}.sources[${i}]`));
}

/** `date` + `precision` that {@link parseIsoSpan} accepts. */
export function date(c: Checker, o: Obj, path: string): void {
  const precision = c.enumOf<DatePrecision>(o, 'precision', path, DATE_PRECISIONS);
  const d = c.string(o, 'date', path);
  if (d !== null && precision !== null && parseIsoSpan(d, precision) === null) {
    c.add(`${path}.date`, `${show(d)} is not a valid ISO 8601 date or interval at precision "${precision}"`);
  }
}

export function dateClaim(c: Checker, v: unknown, path: string): void {
  const o = c.object(v, path);
  if (!o) return;
  c.keys(o, path, DATE_CLAIM_KEYS);
  date(c, o, path);
  c.enumOf(o, 'certainty', path, CERTAINTIES);
  if (typeof o.inferred !== 'boolean')
    c.add(`${path}.inferred`, `expected a boolean, got ${show(o.inferred)}`);
  c.optionalString(o, 'reasoning', path);
  sources(c, o, path);
}

/**
 * `status: "proposed"` + `proposal: { rule, candidates?, note? }` (contract 4). A proposal is reported
 * as a warning (a person still has to review it), never an error; a malformed one is an error.
 * Returns true when the record is proposed.
 */
export function proposal(c: Checker, o: Obj, path: string, what: string): boolean {
  if (o.status === undefined && o.proposal === undefined) return false;
  if (o.status !== 'proposed') {
    c.add(`${path}.status`, `expected "proposed" or no status (reviewed), got ${show(o.status)}`);
    return false;
  }
  const pp = `${path}.proposal`;
  const p = c.object(o.proposal, pp);
  if (!p) return true;
  c.keys(p, pp, PROPOSAL_KEYS);
  const rule = c.string(p, 'rule', pp);
  c.optionalString(p, 'note', pp);
  let candidates: string[] = [];
  if (p.candidates !== undefined) {
    const list = c.array(p.candidates, `${pp}.candidates`);
    list?.forEach((v, i) => {
      if (typeof v === 'string' && v !== '') candidates.push(v);
      else c.add(`${pp}.candidates[${i}]`, `expected a non-empty string, got ${show(v)}`);
    });
    if (candidates.length > 5) candidates = [...candidates.slice(0, 5), '…'];
  }
  const why = rule === null ? '' : ` by rule ${show(rule)}`;
  const among = candidates.length ? ` (candidates: ${candidates.join(', ')})` : '';
  c.warn(path, `proposed ${what}${why}${among}: to be reviewed`);
  return true;
}
