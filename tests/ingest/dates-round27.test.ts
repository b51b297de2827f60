import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';

// Round 27 (issue 18): every sentence here is made up, from other stories and countries than the
// bench articles.
const read = (lang: 'ar' | 'en', text: string, published?: string) =>
  findDates(text, { lang, ...(published ? { published } : {}) }).map((d) => [d.exact, d.date]);

describe('a month with a year before 1900 is that month, not this year', () => {
  test('"August 1883" (Indonesia)', () => {
    expect(
      read(
        'en',
        'Krakatoa last destroyed the coast in August 1883, and the village was rebuilt.',
        '2018-12-23',
      ),
    ).toEqual([['August 1883', '1883-08']]);
  });
  test('"on April 18, 1906" (United States)', () => {
    expect(
      read(
        'en',
        'The city last burned after the earthquake on April 18, 1906, historians say.',
        '2006-04-18',
      ),
    ).toEqual([['April 18, 1906', '1906-04-18']]);
  });
  test('a count after a month is no year: "in May 1500 families fled" keeps May without 1500', () => {
    expect(read('en', 'Officials said that in May 1500 families fled the valley.', '2019-06-02')).toEqual([
      ['May', '2019-05'],
    ]);
  });
});

describe('an Arabic year before 1900, and two years after «عامي»', () => {
  test('«عام 1883» after the year word (Indonesia)', () => {
    expect(read('ar', 'دمر بركان كراكاتوا الساحل عام 1883 وأعيد بناء القرية.', '2018-12-23')).toEqual([
      ['عام 1883', '1883'],
    ]);
  });
  test('«عامي 1755 و1761»: the first year, the span both (Portugal)', () => {
    expect(read('ar', 'ضربت الزلازل لشبونة عامي 1755 و1761 ودمرت المدينة.', '2020-01-01')).toEqual([
      ['عامي 1755 و1761', '1755'],
    ]);
  });
  test('«عامي 2010 و2015» with modern years (Nepal)', () => {
    expect(read('ar', 'وشهدت كاتماندو فيضانات عامي 2010 و2015.', '2016-01-01')).toEqual([
      ['عامي 2010 و2015', '2010'],
    ]);
  });
});

describe('«في التاسع منه»: a day of the month named before', () => {
  test('after «في الأول من آب/أغسطس 2021» (Algeria)', () => {
    expect(
      read(
        'ar',
        'اندلعت الحرائق في تيزي وزو في الأول من آب/أغسطس 2021، وأخمدت في العاشر منه.',
        '2021-09-01',
      ).map(([, d]) => d),
    ).toEqual(['2021-08-01', '2021-08-10']);
  });
  test('with digits, «في 12 منه», after a month and year (Chile)', () => {
    expect(
      read(
        'ar',
        'بدأت الاحتجاجات في تشرين الأول/أكتوبر 2019، وأعلنت الحكومة الطوارئ في 19 منه.',
        '2019-12-01',
      ),
    ).toEqual([
      ['تشرين الأول/أكتوبر 2019', '2019-10'],
      ['19 منه', '2019-10-19'],
    ]);
  });
  test('with no date before it, «منه» dates nothing (Jordan)', () => {
    expect(read('ar', 'وأعلن الوزير في العاشر منه أن الطريق سيفتح.', '2021-09-01')).toEqual([]);
  });
});

describe('a weekday before "and announced … mourning" dates the first verb, a day past', () => {
  test('"flew to Kandy on Monday and announced two days of mourning" (Sri Lanka)', () => {
    expect(
      read(
        'en',
        'The president flew from Colombo to Kandy on Monday and announced two days of national mourning.',
        '2019-04-24',
      ),
    ).toEqual([['Monday', '2019-04-22']]);
  });
  test('«وصل إلى مدينة أغاديس يوم الاثنين وأعلن الحداد» (Niger)', () => {
    expect(
      read('ar', 'وصل الرئيس إلى مدينة أغاديس يوم الاثنين وأعلن الحداد الوطني ثلاثة أيام.', '2019-04-24'),
    ).toEqual([['يوم الاثنين', '2019-04-22']]);
  });
  test('still forward: "declared Monday a day of national mourning" (Kenya)', () => {
    expect(
      read('en', 'The president declared Monday a day of national mourning.', '2019-04-24').map(([, d]) => d),
    ).toEqual(['2019-04-29']);
  });
});

describe('«أجلت» is "evacuated" as often as "postponed"', () => {
  test('«أجلت السلطات يوم السبت آلاف السكان … وفي اليوم التالي»: a past day, and the count from it (Portugal)', () => {
    expect(
      read(
        'ar',
        'أجلت السلطات يوم السبت 17 حزيران/يونيو آلاف السكان من قرى الوسط، بعدما امتدت النيران المشتعلة منذ الثلاثاء.\nوتواصل الإجلاء في اليوم التالي.',
        '2017-06-19',
      ).map(([, d]) => d),
    ).toEqual(['2017-06-17', '2017-06-13', '2017-06-18']);
  });
  test('still a postponement before «إلى»: «أجلت الوزارة الامتحانات إلى يوم الاثنين» (Jordan)', () => {
    expect(
      read('ar', 'أجلت الوزارة الامتحانات إلى يوم الاثنين بسبب العاصفة.', '2022-01-20').map(([, d]) => d),
    ).toEqual(['2022-01-24']);
  });
});

describe('"the day before" is a flashback: a later paragraph counts on from the story', () => {
  test('«في اليوم السابق» then «وفي اليوم التالي» in the next paragraph (India)', () => {
    expect(
      read(
        'ar',
        'انهار جسر في مدينة موربي صباح الأحد 30 تشرين الأول/أكتوبر. وقال سكان إن شقوقاً ظهرت فيه في اليوم السابق.\nوفي اليوم التالي، انتشل الغواصون عشرات الجثث من النهر.',
        '2022-11-02',
      ).map(([, d]) => d),
    ).toEqual(['2022-10-30', '2022-10-29', '2022-10-31']);
  });
  test('"the day before" then "The next day" in a new paragraph (Italy)', () => {
    expect(
      read(
        'en',
        'The bridge in Genoa collapsed on Tuesday, August 14. Residents said cracks had been seen the day before.\nThe next day, rescuers pulled two more survivors from the rubble.',
        '2018-08-20',
      ).map(([, d]) => d),
    ).toEqual(['2018-08-14', '2018-08-13', '2018-08-15']);
  });
  test('in the same paragraph the count still goes on from the day before (Peru)', () => {
    expect(
      read(
        'en',
        'The dam gave way on Friday, March 17. Villagers had fled the day before, and the next day the water reached them.',
        '2017-03-25',
      ).map(([, d]) => d),
    ).toEqual(['2017-03-17', '2017-03-16', '2017-03-17']);
  });
});

describe('"the same morning" and its kin are the day given before', () => {
  test('"the same afternoon" (Albania)', () => {
    expect(
      read(
        'en',
        'A strong quake struck near Durrës on Tuesday, November 26. An aftershock hit the same afternoon.',
        '2019-11-30',
      ).map(([, d]) => d),
    ).toEqual(['2019-11-26', '2019-11-26']);
  });
  test('«في الصباح نفسه» and «نفس المساء» (Chile)', () => {
    expect(
      read(
        'ar',
        'خرج المحتجون إلى شوارع سانتياغو يوم الجمعة 18 تشرين الأول/أكتوبر. وفي الصباح نفسه أغلقت محطات المترو، وفي نفس المساء أعلنت الحكومة الطوارئ.',
        '2019-10-25',
      ).map(([, d]) => d),
    ).toEqual(['2019-10-18', '2019-10-18', '2019-10-18']);
  });
});

describe('N days before the event', () => {
  test('«قبل ثلاثة أيام من الكارثة» (Ukraine)', () => {
    expect(
      read(
        'ar',
        'انفجر السد في نوفا كاخوفكا يوم الثلاثاء 6 حزيران/يونيو. وكانت القوات قد قصفت المنطقة قبل ثلاثة أيام من الكارثة.',
        '2023-06-10',
      ),
    ).toEqual([
      ['يوم الثلاثاء 6 حزيران/يونيو', '2023-06-06'],
      ['قبل ثلاثة أيام', '2023-06-03'],
    ]);
  });
  test('"two days before the earthquake" (Mexico)', () => {
    expect(
      read(
        'en',
        'The earthquake struck Puebla on Tuesday, September 19. A drill had been held two days before the earthquake.',
        '2017-09-25',
      ).map(([, d]) => d),
    ).toEqual(['2017-09-19', '2017-09-17']);
  });
  test('«قبل ثلاثة أيام» with no event after it dates nothing here (Jordan)', () => {
    expect(read('ar', 'وقال الوزير إن الطريق أغلق قبل ثلاثة أيام بسبب الثلوج.', '2022-01-20')).toEqual([]);
  });
});
