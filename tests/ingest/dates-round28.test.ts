import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';

// Round 28 (issue 18): every sentence here is made up, from other stories and countries than the
// bench articles.
const read = (lang: 'ar' | 'en', text: string, published?: string) =>
  findDates(text, { lang, ...(published ? { published } : {}) }).map((d) => [d.exact, d.date]);

describe('a fixed holiday is its day in the narrative year', () => {
  test('"New Year\'s Eve" and "New Year\'s Day" in an early January article (Brazil)', () => {
    expect(
      read(
        'en',
        "Storms battered Rio de Janeiro from New Year's Eve until New Year's Day, officials said.",
        '2021-01-04',
      ),
    ).toEqual([
      ["New Year's Eve", '2020-12-31'],
      ["New Year's Day", '2021-01-01'],
    ]);
  });
  test('"Christmas Day" and "Boxing Day 2004" (Sri Lanka, Philippines)', () => {
    expect(
      read(
        'en',
        'The typhoon struck Tacloban on Christmas Day. The tsunami of Boxing Day 2004 is remembered.',
        '2019-12-28',
      ),
    ).toEqual([
      ['Christmas Day', '2019-12-25'],
      ['Boxing Day 2004', '2004-12-26'],
    ]);
  });
  test('"a new year\'s day" in lower case is no holiday', () => {
    expect(read('en', "Pupils began a new year's day of lessons in Lima.", '2019-03-04')).toEqual([]);
  });
});

describe('"the next morning" and "that night" count from the day given before', () => {
  test('"the next morning" is the day after (Peru)', () => {
    expect(
      read('en', 'The river rose on March 14 and burst its banks the next morning.', '2017-03-20'),
    ).toEqual([
      ['March 14', '2017-03-14'],
      ['the next morning', '2017-03-15'],
    ]);
  });
  test('"that night" is the day given before (Turkey)', () => {
    expect(
      read('en', 'The quake struck on Monday, and that night families slept in the streets.', '2023-02-08'),
    ).toEqual([
      ['Monday', '2023-02-06'],
      ['that night', '2023-02-06'],
    ]);
  });
  test('"that night" with no day before it is not read (Chile)', () => {
    expect(read('en', 'Nobody in Valparaíso slept that night, residents recall.', '2014-04-20')).toEqual([]);
  });
});

describe('«مطلع الشهر»: the month of the date before', () => {
  test('after a day of that month (Sudan)', () => {
    expect(
      read('ar', 'وصلت القافلة إلى الخرطوم في 20 أيار/مايو، بعد أن أغلقت الطرق مطلع الشهر.', '2023-05-25'),
    ).toEqual([
      ['20 أيار/مايو', '2023-05-20'],
      ['مطلع الشهر', '2023-05'],
    ]);
  });
  test('«أواخر الشهر الماضي» is the month before publication (Morocco)', () => {
    expect(read('ar', 'ضرب الزلزال الحوز أواخر الشهر الماضي.', '2023-10-02')).toEqual([
      ['أواخر الشهر الماضي', '2023-09'],
    ]);
  });
});

describe('"from 2012 to 2020": a span of years is its first', () => {
  test('(Japan, Kenya)', () => {
    expect(read('en', 'He governed Osaka from 2012 to 2020.', '2022-07-09')).toEqual([
      ['2012 to 2020', '2012'],
    ]);
    expect(read('en', 'She led Nairobi county from 2013 until 2017, aides said.', '2018-01-01')).toEqual([
      ['2013 until 2017', '2013'],
    ]);
  });
});
