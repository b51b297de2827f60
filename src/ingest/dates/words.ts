/** Word tables and calendar helpers of the date finder (Arabic and English). */
import { DAY } from '../../model/time.ts';
import { norm } from '../normalize.ts';

export const AR_MONTHS: [string, number][] = [
  ['كانون الثاني', 1],
  ['شباط', 2],
  ['آذار', 3],
  ['نيسان', 4],
  ['أيار', 5],
  ['حزيران', 6],
  ['تموز', 7],
  ['آب', 8],
  ['أيلول', 9],
  ['تشرين الأول', 10],
  ['تشرين الثاني', 11],
  ['كانون الأول', 12],
  ['يناير', 1],
  ['فبراير', 2],
  ['مارس', 3],
  ['أبريل', 4],
  ['إبريل', 4],
  ['ابريل', 4],
  ['مايو', 5],
  ['يونيو', 6],
  ['يونيه', 6],
  ['يوليو', 7],
  ['يوليه', 7],
  ['أغسطس', 8],
  ['اغسطس', 8],
  ['سبتمبر', 9],
  ['أكتوبر', 10],
  ['اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
];
export const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const EN_MONTH_ABBR = new Map<string, number>([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Weekday names → 0 = Sunday … 6 = Saturday. */
export const AR_WEEKDAYS = new Map(
  (
    [
      ['الأحد', 0],
      ['الاثنين', 1],
      ['الإثنين', 1],
      ['الثلاثاء', 2],
      ['الأربعاء', 3],
      ['الخميس', 4],
      ['الجمعة', 5],
      ['السبت', 6],
    ] as [string, number][]
  ).map(([w, d]) => [norm(w), d]),
);
export const EN_WEEKDAYS = new Map(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((d, i) => [d, i]),
);

export const UNITS: [string, number][] = [
  ['الأول', 1],
  ['الحادي', 1],
  ['الثاني', 2],
  ['الثالث', 3],
  ['الرابع', 4],
  ['الخامس', 5],
  ['السادس', 6],
  ['السابع', 7],
  ['الثامن', 8],
  ['التاسع', 9],
  ['العاشر', 10],
];
export const AR_UNIT = new Map(UNITS.map(([w, n]) => [norm(w), n]));
export const AR_TENS = new Map(
  (
    [
      ['العشرين', 20],
      ['العشرون', 20],
      ['الثلاثين', 30],
      ['الثلاثون', 30],
    ] as [string, number][]
  ).map(([w, n]) => [norm(w), n]),
);
export const EN_ORDINAL_WORDS = new Map(
  [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
    'twentieth',
  ].map((w, i) => [w, i + 1]),
);

export const pad = (n: number) => String(n).padStart(2, '0');
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
export function addDays(date: string, n: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + n * DAY;
  return new Date(t).toISOString().slice(0, 10);
}
export function parseDay(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}
export const AR_WEEKDAY_NAMES = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
export const EN_WEEKDAY_NAMES = [...EN_WEEKDAYS.keys()];

/** Strip a one-letter proclitic (و ف ب ل) from an Arabic word when the rest is in `set`. */
export function bare<T>(w: string | undefined, set: Map<string, T>): T | undefined {
  if (w === undefined) return undefined;
  if (set.has(w)) return set.get(w);
  for (const c of ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'وف'])
    if (w.startsWith(c) && set.has(w.slice(c.length))) return set.get(w.slice(c.length));
  return undefined;
}

export const num = (w: string | undefined) => (w !== undefined && /^\d+$/u.test(w) ? Number(w) : null);

/** Counts of days in words: "three days later", «بعد ثلاثة أيام». */
export const EN_COUNTS = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((w, i) => [w, i + 1]),
);
export const AR_COUNTS = new Map(
  (
    [
      ['ثلاثة', 3],
      ['ثلاث', 3],
      ['أربعة', 4],
      ['أربع', 4],
      ['خمسة', 5],
      ['خمس', 5],
      ['ستة', 6],
      ['ست', 6],
      ['سبعة', 7],
      ['سبع', 7],
      ['ثمانية', 8],
      ['ثماني', 8],
      ['تسعة', 9],
      ['تسع', 9],
      ['عشرة', 10],
      ['عشر', 10],
    ] as [string, number][]
  ).map(([w, n]) => [norm(w), n]),
);
