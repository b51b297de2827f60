/**
 * ISO 8601 dates → half-open time spans `[start, end)` in epoch ms. Pure; no dependence on the
 * runtime's time zone.
 *
 * Accepted forms:
 * - calendar date `YYYY-MM-DD`, year-month `YYYY-MM`, year `YYYY`: read as **UTC** calendar units.
 *   A bare date names a day, not an instant; reading it as UTC keeps every span the same on every
 *   machine. (The article's places are at UTC+3, so a "day" here starts 3 h after local midnight;
 *   where that matters, write a date-time with its offset.)
 * - date-time with an offset: `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`. A date-time without an offset
 *   is rejected: it does not name an instant.
 * - interval `start/end`, each side one of the forms above, taken at its first instant; the end is
 *   exclusive and must be after the start.
 *
 * The precision is the unit of the span: the span is the precision unit that contains the written
 * date, so precision widens (`2022-01-23` at `month` is January 2022) but never narrows (`2022-01`
 * at `day` is invalid: the day is not written). Units of a date-time are wall-clock units in its
 * own offset (`19:30+03:00` at `hour` is 19:00–20:00 at +03:00).
 *
 * `fiscal-year` has no calendar of its own (the US federal year starts 1 October, others differ),
 * so it must be written as an interval with its real bounds, e.g. `2021-10-01/2022-10-01`.
 */
import type { DatePrecision, TimeSpan } from './types.ts';

/** The precisions, finest first. */
export const DATE_PRECISIONS: readonly DatePrecision[] = [
  'minute',
  'hour',
  'day',
  'month',
  'year',
  'fiscal-year',
];

type Unit = 'minute' | 'hour' | 'day' | 'month' | 'year';
const RANK: Record<Unit, number> = { minute: 0, hour: 1, day: 2, month: 3, year: 4 };

/** A written point in time: wall-clock fields, the finest unit written, and the offset in minutes. */
interface WrittenTime {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  unit: Unit;
  offsetMin: number;
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `mo` (1–12) of year `y`. */
export function daysInMonth(y: number, mo: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
}

/** Epoch ms of a UTC wall-clock time; unlike `Date.UTC`, years 0–99 are not shifted to 1900–1999. */
function utcMs(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  return date.getTime();
}

function parseOffset(z: string): number | null {
  if (z === 'Z') return 0;
  const sign = z[0] === '-' ? -1 : 1;
  const h = Number(z.slice(1, 3));
  const m = Number(z.slice(4, 6));
  if (h > 14 || m > 59) return null;
  return sign * (h * 60 + m);
}

function parseWritten(s: string): WrittenTime | null {
  const date = DATE_RE.exec(s);
  if (date) {
    const y = Number(date[1]);
    const mo = date[2] === undefined ? 1 : Number(date[2]);
    const d = date[3] === undefined ? 1 : Number(date[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    const unit: Unit = date[3] !== undefined ? 'day' : date[2] !== undefined ? 'month' : 'year';
    return { y, mo, d, h: 0, mi: 0, s: 0, unit, offsetMin: 0 };
  }
  const dt = DATE_TIME_RE.exec(s);
  if (!dt) return null;
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(dt[i]));
  const sec = dt[6] === undefined ? 0 : Number(dt[6]);
  const offsetMin = parseOffset(dt[7]!);
  if (
    y === undefined ||
    mo === undefined ||
    d === undefined ||
    h === undefined ||
    mi === undefined ||
    offsetMin === null
  ) {
    return null;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 59) return null;
  return { y, mo, d, h, mi, s: sec, unit: 'minute', offsetMin };
}

function instant(t: WrittenTime): number {
  return utcMs(t.y, t.mo, t.d, t.h, t.mi, t.s) - t.offsetMin * 60_000;
}

/** The precision unit containing `t`, in `t`'s own offset. */
function unitSpan(t: WrittenTime, unit: Unit): TimeSpan {
  const off = t.offsetMin * 60_000;
  switch (unit) {
    case 'year':
      return { start: utcMs(t.y, 1, 1) - off, end: utcMs(t.y + 1, 1, 1) - off };
    case 'month':
      return { start: utcMs(t.y, t.mo, 1) - off, end: utcMs(t.y, t.mo + 1, 1) - off };
    case 'day':
      return { start: utcMs(t.y, t.mo, t.d) - off, end: utcMs(t.y, t.mo, t.d + 1) - off };
    case 'hour':
      return { start: utcMs(t.y, t.mo, t.d, t.h) - off, end: utcMs(t.y, t.mo, t.d, t.h + 1) - off };
    case 'minute':
      return {
        start: utcMs(t.y, t.mo, t.d, t.h, t.mi) - off,
        end: utcMs(t.y, t.mo, t.d, t.h, t.mi + 1) - off,
      };
  }
}

function isPrecision(p: unknown): p is DatePrecision {
  return typeof p === 'string' && (DATE_PRECISIONS as readonly string[]).includes(p);
}

/**
 * The half-open span `[start, end)` (epoch ms) that an ISO 8601 `date` names at `precision`,
 * or `null` when the date is malformed, names an impossible day (`2022-02-30`), is less precise
 * than `precision`, or is an interval whose end is not after its start. See the module comment
 * for the accepted forms.
 */
export function parseIsoSpan(date: string, precision: DatePrecision): TimeSpan | null {
  if (typeof date !== 'string' || !isPrecision(precision)) return null;
  const parts = date.split('/');
  if (parts.length === 2) {
    const unit: Unit = precision === 'fiscal-year' ? 'year' : precision;
    const [a, b] = parts.map(parseWritten);
    if (!a || !b || RANK[a.unit] > RANK[unit] || RANK[b.unit] > RANK[unit]) return null;
    const start = instant(a);
    const end = instant(b);
    return end > start ? { start, end } : null;
  }
  if (parts.length !== 1 || precision === 'fiscal-year') return null;
  const t = parseWritten(date);
  if (!t || RANK[t.unit] > RANK[precision]) return null;
  return unitSpan(t, precision);
}

/** True for a valid calendar date `YYYY-MM-DD` (no impossible days). */
export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && parseWritten(s) !== null;
}

/** True when `date` is an interval `start/end` rather than a single date or date-time. */
export function isIsoInterval(date: string): boolean {
  return date.includes('/');
}

/** One UTC calendar day in ms (dates without an offset are UTC days, so every day is this long). */
export const DAY = 86_400_000;

/** Half-open overlap: `[a.start, a.end)` and `[b.start, b.end)` share at least one instant. */
export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return a.start < b.end && b.start < a.end;
}
