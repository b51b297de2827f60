import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';

// Round 22 (issue 18): every sentence here is made up, from other stories and countries than the
// bench articles. PUB is a Sunday.
const PUB = '2022-01-23';
const read = (lang: 'ar' | 'en', text: string, published = PUB) =>
  findDates(text, { lang, published }).map((d) => [d.exact, d.date]);
const dates = (lang: 'ar' | 'en', text: string, published = PUB) =>
  findDates(text, { lang, published }).map((d) => d.date);

describe('a day and month without a year after the publication date is of the year before', () => {
  const FEB = '2019-02-10'; // a Sunday
  test('«في 20 تشرين الثاني/نوفمبر» after a weekday of February (Morocco): November before', () => {
    expect(
      dates(
        'ar',
        'أعلن الوزير استقالته مساء السبت. واندلعت الاحتجاجات في 20 تشرين الثاني/نوفمبر في مدينة الناظور، ثم امتدت في 28 من الشهر نفسه إلى وجدة.',
        FEB,
      ),
    ).toEqual(['2019-02-09', '2018-11-20', '2018-11-28']);
  });
  test('"on November 20" after a weekday of February (Nigeria): November before', () => {
    expect(
      dates('en', 'The minister resigned on Saturday. The strike began in Lagos on November 20.', FEB),
    ).toEqual(['2019-02-09', '2018-11-20']);
  });
  test('a postponement «تأجيل … إلى 28 تشرين الأول/أكتوبر», "postponed to October 28" keeps the year to come (Sudan)', () => {
    const SEP = '2021-09-02'; // a Thursday
    expect(
      dates(
        'ar',
        'غمرت المياه الخرطوم الثلاثاء. وأعلنت الوزارة تأجيل الامتحانات إلى 28 تشرين الأول/أكتوبر.',
        SEP,
      ),
    ).toEqual(['2021-08-31', '2021-10-28']);
    expect(
      dates('en', 'Water flooded Khartoum on Tuesday. The ministry postponed exams to October 28.', SEP),
    ).toEqual(['2021-08-31', '2021-10-28']);
  });
  test('a plan ("will be held on November 20") keeps the year to come', () => {
    expect(
      dates('en', 'The minister resigned on Saturday. The vote will be held on November 20.', FEB),
    ).toEqual(['2019-02-09', '2019-11-20']);
  });
});

describe('a range with weekdays and days of one month is its first day', () => {
  const JAN = '2019-01-10'; // a Thursday
  test('«من الجمعة 4 إلى الأحد 6 كانون الثاني/يناير» (Algeria)', () => {
    expect(read('ar', 'وشهدت مدينة ورقلة مواجهات من الجمعة 4 إلى الأحد 6 كانون الثاني/يناير.', JAN)).toEqual([
      ['الجمعة 4 إلى الأحد 6 كانون الثاني/يناير', '2019-01-04'],
    ]);
  });
  test('"from Friday 4 to Sunday 6 January" (Kenya)', () => {
    expect(read('en', 'Clashes in Kisumu went on from Friday 4 to Sunday 6 January.', JAN)).toEqual([
      ['Friday 4 to Sunday 6 January', '2019-01-04'],
    ]);
  });
});

describe('a bare weekday of a past report reads back', () => {
  test('a name in quotation marks is no future verb: «غرقت السفينة «ستيلا» صباح الثلاثاء» (Greece)', () => {
    expect(dates('ar', 'وغرقت السفينة «ستيلا» صباح الثلاثاء قرب ميناء بيرايوس.')).toEqual(['2022-01-18']);
  });
  test('a future verb still looks forward: «ستبحر السفينة صباح الثلاثاء»', () => {
    expect(dates('ar', 'وستبحر السفينة صباح الثلاثاء من ميناء بيرايوس.')).toEqual(['2022-01-25']);
  });
  test("a day of mourning declared after the story's day, on or before publication, is past (Nigeria)", () => {
    expect(
      dates('ar', 'انهار مبنى في مدينة لاغوس مساء الخميس. وأُعلن السبت يوم حداد وطني في نيجيريا.'),
    ).toEqual(['2022-01-20', '2022-01-22']);
    expect(
      dates(
        'en',
        'A building collapsed in Lagos on Thursday. The president declared Saturday a day of national mourning.',
      ),
    ).toEqual(['2022-01-20', '2022-01-22']);
  });
  test("a day of mourning that would fall before the story's day is still to come", () => {
    expect(
      dates('ar', 'انهار مبنى في مدينة لاغوس مساء الخميس. وأُعلن الأربعاء يوم حداد وطني في نيجيريا.'),
    ).toEqual(['2022-01-20', '2022-01-26']);
  });
});

describe('"the weekend" of a past report is the weekend before publication, by its Saturday', () => {
  const MON = '2022-01-24';
  test('"through the weekend", "since the weekend", "at the weekend" (Nepal, Chile, Peru)', () => {
    expect(read('en', 'Rescue teams worked in Kathmandu through the weekend.', MON)).toEqual([
      ['the weekend', '2022-01-22'],
    ]);
    expect(dates('en', 'Fires have burned near Valparaíso since the weekend, officials said.', MON)).toEqual([
      '2022-01-22',
    ]);
    expect(dates('en', 'The mayor of Cusco said at the weekend that roads were closed.', MON)).toEqual([
      '2022-01-22',
    ]);
  });
  test('a forecast told in the past perfect is past: "forecasters had warned since the weekend" (Kansas)', () => {
    expect(
      dates(
        'en',
        'Forecasters in Wichita had warned since the weekend that storms could form over Kansas.',
        MON,
      ),
    ).toEqual(['2022-01-22']);
  });
  test('a forecast, "this weekend", and "the weekend market" are no date', () => {
    expect(dates('en', 'Forecasters expect more rain in Assam over the weekend.', MON)).toEqual([]);
    expect(dates('en', 'Officials plan to reopen the road in Cusco this weekend.', MON)).toEqual([]);
    expect(dates('en', 'Stalls at the weekend market in Bangkok burned.', MON)).toEqual([]);
  });
  test('the weekend is no day a count starts from', () => {
    expect(
      dates('en', 'The river rose on Thursday. Crews worked through the weekend. The next day it fell.', MON),
    ).toEqual(['2022-01-20', '2022-01-22', '2022-01-21']);
  });
});

describe('a year the text dates an event by', () => {
  test('«اشتباكات … منذ عام 2012», "attacks since 2017": the start of events told (Mali, Mozambique)', () => {
    expect(dates('ar', 'وتشهد منطقة موبتي اشتباكات بين الجماعات المسلحة منذ عام 2012.')).toEqual(['2012']);
    expect(dates('en', 'Cabo Delgado has faced attacks since 2017.')).toEqual(['2017']);
  });
  test('«منذ عام» after a past perfect, a negation, or "any year since" is no date', () => {
    expect(dates('ar', 'وكانت الأسلحة مخزنة في مستودع قرب الميناء منذ عام 2013.')).toEqual([]);
    expect(dates('ar', 'وقالت إنها لم تزر قريتها منذ عام 2001.')).toEqual([]);
    expect(dates('en', 'Rebels had held the town since 2014.')).toEqual([]);
    expect(dates('en', 'Satellites counted more fires than in any year since 2010.')).toEqual([]);
  });
  test('"in 1755" before 1900 dates an event (Portugal); "in 1500 homes" is a count', () => {
    expect(dates('en', 'Lisbon was destroyed by an earthquake in 1755, and again flooded in 1967.')).toEqual([
      '1755',
      '1967',
    ]);
    expect(dates('en', 'Water stood in 1500 homes.')).toEqual([]);
  });
  test('"the floods of 1998 and 2007": both years (Bangladesh)', () => {
    expect(dates('en', 'Older people compared it with the great floods of 1998 and 2007.')).toEqual([
      '1998',
      '2007',
    ]);
  });
});

describe('what a count starts from', () => {
  const WED = '2023-09-13';
  test('a past count never lands after publication: it counts from an earlier day (Libya)', () => {
    expect(
      dates(
        'en',
        'The dam above Derna burst early on Monday. Rescuers were still digging on Wednesday. Schools in Benghazi stayed closed the next day.',
        WED,
      ),
    ).toEqual(['2023-09-11', '2023-09-13', '2023-09-12']);
  });
  test('a count with a future cue may lie ahead', () => {
    expect(
      dates(
        'en',
        'The dam above Derna burst early on Monday. Rescuers were still digging on Wednesday. Schools will stay closed the next day.',
        WED,
      ),
    ).toEqual(['2023-09-11', '2023-09-13', '2023-09-14']);
  });
  test('«لم … إلا صباح السبت» ends a span: «في اليوم التالي» counts from its start (Somalia)', () => {
    expect(
      dates(
        'ar',
        'اندلع حريق في سوق بمدينة بيدوا ليل الجمعة، ولم تتم السيطرة عليه إلا صباح السبت. وفي اليوم التالي زار المحافظ السوق.',
      ),
    ).toEqual(['2022-01-21', '2022-01-22', '2022-01-22']);
  });
  test('"later that day" is the day before it (Libya)', () => {
    expect(
      dates(
        'en',
        'The minister arrived in Derna on Tuesday. In a speech later that day he promised aid.',
        WED,
      ),
    ).toEqual(['2023-09-12', '2023-09-12']);
  });
  test('"the same day as …" is the day of its own event, given before (Turkey)', () => {
    expect(
      dates(
        'en',
        'The quake struck Van early on Sunday, October 23. Aid reached Ercis on Tuesday. The quake struck on the same day as floods hit Bangkok.',
        '2011-10-25',
      ),
    ).toEqual(['2011-10-23', '2011-10-25', '2011-10-23']);
  });
});
