import { describe, expect, it } from 'vitest';
import { isIsoDate, parseIsoSpan } from '../../src/model/time.ts';
import type { DatePrecision } from '../../src/model/types.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('parseIsoSpan', () => {
  const valid: [date: string, precision: DatePrecision, start: string, end: string][] = [
    ['2022-01-23', 'day', '2022-01-23T00:00:00.000Z', '2022-01-24T00:00:00.000Z'],
    ['2022-01', 'month', '2022-01-01T00:00:00.000Z', '2022-02-01T00:00:00.000Z'],
    ['2022-12', 'month', '2022-12-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z'],
    ['2022', 'year', '2022-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z'],
    ['2024-02-29', 'day', '2024-02-29T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
    ['2022-01-23', 'month', '2022-01-01T00:00:00.000Z', '2022-02-01T00:00:00.000Z'],
    ['2022-01-23', 'year', '2022-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z'],
    ['2022-01-20T19:00+03:00', 'hour', '2022-01-20T16:00:00.000Z', '2022-01-20T17:00:00.000Z'],
    ['2022-01-20T19:30+03:00', 'hour', '2022-01-20T16:00:00.000Z', '2022-01-20T17:00:00.000Z'],
    ['2022-01-20T19:30+03:00', 'minute', '2022-01-20T16:30:00.000Z', '2022-01-20T16:31:00.000Z'],
    ['2022-01-20T19:30:45Z', 'minute', '2022-01-20T19:30:00.000Z', '2022-01-20T19:31:00.000Z'],
    ['2022-01-20T01:00+03:00', 'day', '2022-01-19T21:00:00.000Z', '2022-01-20T21:00:00.000Z'],
    ['2022-01-20T10:15+05:30', 'hour', '2022-01-20T04:30:00.000Z', '2022-01-20T05:30:00.000Z'],
    ['2022-01-20T19:00-05:00', 'hour', '2022-01-21T00:00:00.000Z', '2022-01-21T01:00:00.000Z'],
    ['2022-01-20/2022-01-31', 'day', '2022-01-20T00:00:00.000Z', '2022-01-31T00:00:00.000Z'],
    ['2022-01/2022-03', 'month', '2022-01-01T00:00:00.000Z', '2022-03-01T00:00:00.000Z'],
    ['2022-01-20T19:00+03:00/2022-01-30', 'day', '2022-01-20T16:00:00.000Z', '2022-01-30T00:00:00.000Z'],
    ['2021-10-01/2022-10-01', 'fiscal-year', '2021-10-01T00:00:00.000Z', '2022-10-01T00:00:00.000Z'],
    ['0050-03-01', 'day', '0050-03-01T00:00:00.000Z', '0050-03-02T00:00:00.000Z'],
  ];
  it.each(valid)('%s at %s is [%s, %s)', (date, precision, start, end) => {
    const span = parseIsoSpan(date, precision);
    expect(span && { start: iso(span.start), end: iso(span.end) }).toEqual({ start, end });
  });

  const invalid: [date: string, precision: DatePrecision, why: string][] = [
    ['2022-02-30', 'day', 'no such day'],
    ['2023-02-29', 'day', 'not a leap year'],
    ['2022-13-01', 'day', 'no month 13'],
    ['2022-00', 'month', 'no month 0'],
    ['2022-01', 'day', 'less precise than the precision'],
    ['2022', 'month', 'less precise than the precision'],
    ['2022-01-20', 'hour', 'a date has no hour'],
    ['2022-01-20T19:00', 'hour', 'date-time without an offset'],
    ['2022-01-20T24:00+03:00', 'hour', 'hour 24'],
    ['2022-01-20T19:60+03:00', 'minute', 'minute 60'],
    ['2022-01-20T19:00+15:00', 'hour', 'offset beyond ±14:00'],
    ['2022', 'fiscal-year', 'fiscal year without its bounds'],
    ['2022-01-20/2022-01-20', 'day', 'empty interval'],
    ['2022-01-31/2022-01-20', 'day', 'end before start'],
    ['2022-01/2022-03', 'day', 'interval sides less precise than the precision'],
    ['2022-01-20/2022-01-21/2022-01-22', 'day', 'three sides'],
    ['2022-1-5', 'day', 'unpadded'],
    ['22-01-05', 'day', 'two-digit year'],
    ['January 2022', 'month', 'not ISO'],
    ['', 'day', 'empty'],
    [' 2022-01-20', 'day', 'leading space'],
    ['2022-01-20', 'week' as DatePrecision, 'unknown precision'],
  ];
  it.each(invalid)('%s at %s is null (%s)', (date, precision) => {
    expect(parseIsoSpan(date, precision)).toBeNull();
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2022-01-23', true],
    ['2022-02-30', false],
    ['2022-01', false],
    ['2022-01-23T10:00Z', false],
    [20220123, false],
  ] as const)('%s → %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });
});
