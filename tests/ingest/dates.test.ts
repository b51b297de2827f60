import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';

const PUB = '2022-01-23'; // a Sunday
const ar = (text: string, published: string | undefined = PUB) =>
  findDates(text, { lang: 'ar', ...(published ? { published } : {}) }).map((d) => [
    d.exact,
    d.date,
    d.precision,
    d.certainty,
  ]);
const en = (text: string, published: string | undefined = PUB) =>
  findDates(text, { lang: 'en', ...(published ? { published } : {}) }).map((d) => [
    d.exact,
    d.date,
    d.precision,
    d.certainty,
  ]);

describe('Arabic dates', () => {
  test.each([
    ['في 22 كانون الثاني 2022', '22 كانون الثاني 2022', '2022-01-22', 'day', 'high'],
    ['في ٢٢ كانون الثاني ٢٠٢٢', '٢٢ كانون الثاني ٢٠٢٢', '2022-01-22', 'day', 'high'],
    ['في 5 شباط 2021', '5 شباط 2021', '2021-02-05', 'day', 'high'],
    ['في 1 آذار عام 2020', '1 آذار عام 2020', '2020-03-01', 'day', 'high'],
    ['في 9 أيلول 2019', '9 أيلول 2019', '2019-09-09', 'day', 'high'],
    ['في 3 تشرين الأول 2021', '3 تشرين الأول 2021', '2021-10-03', 'day', 'high'],
    ['في 30 تشرين الثاني 2021', '30 تشرين الثاني 2021', '2021-11-30', 'day', 'high'],
    ['في 15 كانون الأول 2021', '15 كانون الأول 2021', '2021-12-15', 'day', 'high'],
    ['في 20 يناير 2022', '20 يناير 2022', '2022-01-20', 'day', 'high'],
    ['في 24 ديسمبر 2021', '24 ديسمبر 2021', '2021-12-24', 'day', 'high'],
    ['في 7 أغسطس 2020', '7 أغسطس 2020', '2020-08-07', 'day', 'high'],
    ['منذ 15 كانون الأول', '15 كانون الأول', '2021-12-15', 'day', 'medium'],
    ['في الرابع والعشرين من كانون الثاني', 'الرابع والعشرين من كانون الثاني', '2022-01-24', 'day', 'medium'],
    ['في الخامس عشر من كانون الأول 2021', 'الخامس عشر من كانون الأول 2021', '2021-12-15', 'day', 'high'],
    ['في الأول من شباط 2022', 'الأول من شباط 2022', '2022-02-01', 'day', 'high'],
    [
      'في الحادي والثلاثين من كانون الأول 2021',
      'الحادي والثلاثين من كانون الأول 2021',
      '2021-12-31',
      'day',
      'high',
    ],
    ['يوم الخميس 20 كانون الثاني 2022', 'يوم الخميس 20 كانون الثاني 2022', '2022-01-20', 'day', 'high'],
    ['يوم الجمعة 20 كانون الثاني 2022', 'يوم الجمعة 20 كانون الثاني 2022', '2022-01-20', 'day', 'low'],
    ['في شباط 2021', 'شباط 2021', '2021-02', 'month', 'high'],
    ['خلال شهر تموز', 'شهر تموز', '2021-07', 'month', 'medium'],
    ['عام 2019', 'عام 2019', '2019', 'year', 'high'],
  ])('%s', (text, exact, date, precision, certainty) => {
    expect(ar(text)).toEqual([[exact, date, precision, certainty]]);
  });

  test.each([
    ['بيان نشرته، يوم أمس السبت، بسرعة', 'يوم أمس السبت', '2022-01-22', 'high'],
    ['أعلن أمس', 'أمس', '2022-01-22', 'medium'],
    ['أعلن أمس الجمعة', 'أمس الجمعة', '2022-01-22', 'low'],
    ['أعلن أمس الأول', 'أمس الأول', '2022-01-21', 'medium'],
    ['في اليوم الأحد', 'اليوم الأحد', '2022-01-23', 'high'],
    ['سيفتح غداً', 'غداً', '2022-01-24', 'medium'],
    ['يوم الخميس', 'يوم الخميس', '2022-01-20', 'low'],
    ['يوم الاثنين المقبل', 'يوم الاثنين المقبل', '2022-01-24', 'low'],
  ])('relative: %s', (text, exact, date, certainty) => {
    expect(ar(text)).toEqual([[exact, date, 'day', certainty]]);
  });

  test('the same month resolves against the date before it', () => {
    expect(ar('في 15 كانون الأول 2021 وفي العشرين من الشهر ذاته ثم في الشهر نفسه')).toEqual([
      ['15 كانون الأول 2021', '2021-12-15', 'day', 'high'],
      ['العشرين من الشهر ذاته', '2021-12-20', 'day', 'medium'],
      ['الشهر نفسه', '2021-12', 'month', 'medium'],
    ]);
  });

  test('last month and the fiscal year', () => {
    expect(ar('الشهر الماضي')).toEqual([['الشهر الماضي', '2021-12', 'month', 'medium']]);
    expect(findDates('للسنة المالية 2022', { lang: 'ar', fiscalStartMonth: 10 })[0]).toMatchObject({
      date: '2021-10-01/2022-10-01',
      precision: 'fiscal-year',
      certainty: 'low',
    });
  });

  test('a year-less date after publication is taken as the previous year', () => {
    expect(ar('في 3 تشرين الأول')).toEqual([['3 تشرين الأول', '2021-10-03', 'day', 'medium']]);
  });

  test('without a publication date relative dates stay unresolved', () => {
    expect(ar('يوم أمس السبت', '')).toEqual([['يوم أمس السبت', null, 'day', 'low']]);
  });

  test.each([['مارس الضغط'], ['الرئيس الأول'], ['اليوم هناك']])('not a date: %s', (text) => {
    expect(ar(text)).toEqual([]);
  });

  test('an impossible day falls back to the month', () => {
    expect(ar('32 كانون الثاني 2022')).toEqual([['كانون الثاني 2022', '2022-01', 'month', 'high']]);
  });

  test('offsets in code points after an emoji', () => {
    const [d] = findDates('😀 في 22 شباط 2022', { lang: 'ar' });
    expect([d!.start, d!.end]).toEqual([5, 17]);
  });
});

describe('English dates', () => {
  test.each([
    ['On January 22, 2022 the', 'January 22, 2022', '2022-01-22', 'day', 'high'],
    ['on 22 January 2022', '22 January 2022', '2022-01-22', 'day', 'high'],
    ['on Saturday, January 22, 2022', 'Saturday, January 22, 2022', '2022-01-22', 'day', 'high'],
    ['on Jan. 20', 'Jan. 20', '2022-01-20', 'day', 'medium'],
    ['since December 15', 'December 15', '2021-12-15', 'day', 'medium'],
    ['the 24th of January', '24th of January', '2022-01-24', 'day', 'medium'],
    ['in February 2021', 'February 2021', '2021-02', 'month', 'high'],
    ['in 2019', '2019', '2019', 'year', 'high'],
    ['said yesterday', 'yesterday', '2022-01-22', 'day', 'medium'],
    ['on Thursday', 'Thursday', '2022-01-20', 'day', 'low'],
    ['last month', 'last month', '2021-12', 'month', 'medium'],
  ])('%s', (text, exact, date, precision, certainty) => {
    expect(en(text)).toEqual([[exact, date, precision, certainty]]);
  });

  test('fiscal year', () => {
    expect(findDates('for fiscal year 2022', { lang: 'en', fiscalStartMonth: 10 })[0]).toMatchObject({
      exact: 'fiscal year 2022',
      date: '2021-10-01/2022-10-01',
    });
  });

  test.each([['you may go'], ['March on'], ['a second time']])('not a date: %s', (text) => {
    expect(en(text)).toEqual([]);
  });
});

describe('a clitic is never read as a month', () => {
  test.each([['عند باب السجن'], ['فتح الباب'], ['عبر معبر باب الهوى']])('not a date: %s', (text) => {
    expect(ar(text)).toEqual([]);
  });

  test('«باب» does not make «العشرين من الشهر نفسه» an August date', () => {
    expect(ar('وقع الزلزال في 6 شباط 2023 عند باب الهوى، وفي العشرين من الشهر نفسه')).toEqual([
      ['6 شباط 2023', '2023-02-06', 'day', 'high'],
      ['العشرين من الشهر نفسه', '2023-02-20', 'day', 'medium'],
    ]);
  });

  test('آب with a day or a year is still August', () => {
    expect(ar('في 4 آب 2020')).toEqual([['4 آب 2020', '2020-08-04', 'day', 'high']]);
  });
});

describe('relative days resolve against the narrative, with their certainty', () => {
  const quake = 'وقع الزلزال في 6 شباط 2023. ';
  test.each([
    [quake + 'وفي اليوم التالي وصلت فرق الإنقاذ', 'اليوم التالي', '2023-02-07', 'medium'],
    [quake + 'وفي اليوم الذي تلاه', 'اليوم الذي تلاه', '2023-02-07', 'medium'],
    [quake + 'وفي اليوم السابق', 'اليوم السابق', '2023-02-05', 'medium'],
    [quake + 'ثم بعد يومين', 'بعد يومين', '2023-02-08', 'medium'],
    [quake + 'وبعد ثلاثة أيام من الكارثة', 'وبعد ثلاثة أيام', '2023-02-09', 'medium'],
    [quake + 'يوم الخميس، بعد ثلاثة أيام من الكارثة', 'يوم الخميس، بعد ثلاثة أيام', '2023-02-09', 'high'],
    [quake + 'يوم الجمعة، بعد ثلاثة أيام من الكارثة', 'يوم الجمعة، بعد ثلاثة أيام', '2023-02-09', 'low'],
    [
      quake + 'وفي اليوم التالي وصلت الفرق. وبعد ثلاثة أيام من الكارثة فتح المعبر',
      'وبعد ثلاثة أيام',
      '2023-02-09',
      'medium',
    ],
    [
      quake + 'وفي اليوم التالي وصلت الفرق. وبعد ثلاثة أيام فتح المعبر',
      'وبعد ثلاثة أيام',
      '2023-02-10',
      'medium',
    ],
  ])('%s', (text, exact, date, certainty) => {
    expect(ar(text, '2023-02-20').at(-1)).toEqual([exact, date, 'day', certainty]);
  });

  const en1 = 'The earthquake struck on February 6, 2023. ';
  test.each([
    [en1 + 'The next day, rescuers arrived.', 'next day', null],
    [en1 + 'Rescuers arrived the next day.', 'the next day', '2023-02-07'],
    [en1 + 'Rescuers arrived the following day.', 'the following day', '2023-02-07'],
    [en1 + 'Three days later, aid came.', 'Three days later', '2023-02-09'],
    [en1 + 'A day later the border opened.', 'A day later', '2023-02-07'],
    [en1 + 'On Thursday, three days after the quake,', 'Thursday, three days after', '2023-02-09'],
  ])('%s', (text, exact, date) => {
    const last = en(text, '2023-02-20').at(-1)!;
    if (date === null) expect(last[0]).not.toBe(exact);
    else expect(last.slice(0, 2)).toEqual([exact, date]);
  });

  test('without an earlier day the count stays unresolved, with the reason', () => {
    const [d] = findDates('في اليوم التالي وصلت الفرق', { lang: 'ar', published: '2023-02-20' });
    expect(d).toMatchObject({ date: null, certainty: 'low' });
    expect(d!.reasoning).toMatch(/counts from a day the text gives before it/u);
  });
});

describe('a month without a year follows the narrative', () => {
  test('"in January" after October 2016 is January 2017 (published July 2017)', () => {
    expect(
      en('The offensive began in October 2016. In January, forces took the east.', '2017-07-10'),
    ).toEqual([
      ['October 2016', '2016-10', 'month', 'high'],
      ['January', '2017-01', 'month', 'medium'],
    ]);
  });

  test('but not past the publication date', () => {
    expect(en('It began in October 2016. Then in December, it stalled', '2017-01-05').at(-1)).toEqual([
      'December',
      '2016-12',
      'month',
      'medium',
    ]);
  });

  test('the reasoning says the year was carried forward', () => {
    const d = findDates('began in October 2016; in March it', { lang: 'en', published: '2017-07-10' }).at(
      -1,
    )!;
    expect(d.reasoning).toMatch(/narrative moves forward/u);
  });
});

describe('"since 2014" is not an event', () => {
  test.each([
    ['held the city since 2014', 'en'],
    ['يسيطر عليها منذ عام 2014', 'ar'],
  ])('%s', (text, lang) => {
    expect(lang === 'en' ? en(text) : ar(text)).toEqual([]);
  });

  test('"in 2014" still is', () => {
    expect(en('captured in 2014')).toEqual([['2014', '2014', 'year', 'high']]);
  });
});

describe('the same day, weeks after: counted from the narrative (issue 18)', () => {
  test.each([
    ['اقتحم محتجون في 13 تموز 2018 المطار. وفي اليوم نفسه وصل رئيس الوزراء', 'اليوم نفسه', '2018-07-13'],
    ['في 13 تموز 2018 اقتحموا المطار. وفي اليوم ذاته وصل', 'اليوم ذاته', '2018-07-13'],
    ['في 13 تموز 2018 اقتحموا المطار، وفي نفس اليوم وصل', 'نفس اليوم', '2018-07-13'],
    ['وقع الزلزال في 21 أيار 2003. وبعد أسبوع من الكارثة أعلنت الحكومة', 'وبعد أسبوع', '2003-05-28'],
    ['وقع الزلزال في 21 أيار 2003. وبعد أسبوعين أعلنت', 'وبعد أسبوعين', '2003-06-04'],
    ['وقع الزلزال في 21 أيار 2003. وبعد ثلاثة أسابيع من الزلزال', 'وبعد ثلاثة أسابيع', '2003-06-11'],
  ])('%s', (text, exact, date) => {
    expect(ar(text, '2018-09-08').at(-1)).toEqual([exact, date, 'day', 'medium']);
  });

  test.each([
    ['The quake struck on January 12, 2010. The same day, aid was promised.', 'The same day', '2010-01-12'],
    ['It struck on January 12, 2010. Aid arrived that same day.', 'that same day', '2010-01-12'],
    [
      'The quake struck on January 12, 2010. On January 20, an aftershock hit. Three weeks after the disaster, the toll rose.',
      'Three weeks after',
      '2010-02-02',
    ],
    ['It struck on January 12, 2010. Two weeks later, the port reopened.', 'Two weeks later', '2010-01-26'],
    ['It struck on January 12, 2010. A week later, the port reopened.', 'A week later', '2010-01-19'],
    ['It struck on January 12, 2010. Two days later, flights resumed.', 'Two days later', '2010-01-14'],
  ])('%s', (text, exact, date) => {
    expect(en(text, '2010-02-03').at(-1)).toEqual([exact, date, 'day', 'medium']);
  });

  test('a count from a month stays a month (precision is honest)', () => {
    expect(ar('اندلعت الاحتجاجات في آذار 2021. وفي اليوم نفسه', '2021-06-01').at(-1)).toEqual([
      'اليوم نفسه',
      '2021-03',
      'month',
      'low',
    ]);
    // Three weeks after "some day in March" may be March or April: only the year is certain.
    expect(
      en('Protests began in March 2021. Three weeks later, the army moved.', '2021-06-01').at(-1),
    ).toEqual(['Three weeks later', '2021', 'year', 'low']);
    // A day after the first of the month … the last: one month (April 1–30 + 1 day spans two; 0 days does not).
    expect(en('Protests began in March 2021. The same day, the army moved.', '2021-06-01').at(-1)).toEqual([
      'The same day',
      '2021-03',
      'month',
      'low',
    ]);
  });

  test('a count from a day after a later month: the month is the latest anchor', () => {
    expect(
      en(
        'It began on January 12, 2010. In March 2010, talks opened. Two weeks later, they broke down.',
        '2010-06-01',
      )
        .at(-1)!
        .slice(2),
    ).toEqual(['year', 'low']);
  });
});

describe('a month written twice, «مارس/آذار 2021», is one date', () => {
  test.each([
    ['في مارس/آذار 2021 وقع', 'مارس/آذار 2021', '2021-03', 'month'],
    ['في آذار/مارس 2021 وقع', 'آذار/مارس 2021', '2021-03', 'month'],
    ['في 12 مارس/آذار 2021 وقع', '12 مارس/آذار 2021', '2021-03-12', 'day'],
    ['في 12 آذار (مارس) 2021 وقع', '12 آذار (مارس) 2021', '2021-03-12', 'day'],
    ['في شهر شباط/فبراير 2023', 'شهر شباط/فبراير 2023', '2023-02', 'month'],
    ['في 6 شباط / فبراير 2023', '6 شباط / فبراير 2023', '2023-02-06', 'day'],
  ])('%s', (text, exact, date, precision) => {
    expect(ar(text)).toEqual([[exact, date, precision, 'high']]);
  });

  test('two different months are not a pair', () => {
    expect(ar('بين آذار/نيسان 2021').map((d) => d[1])).not.toContain(null);
    expect(ar('بين آذار/نيسان 2021')).toHaveLength(2);
  });
});

describe('a weekday and a day without a year, with no publication date', () => {
  test('takes the year of the narrative that the weekday agrees with', () => {
    // 12 March 2020 was a Thursday; the year is printed only later in the text.
    const [d] = findDates('وصل يوم الخميس 12 آذار إلى المدينة. وكانت الأزمة قد بدأت في كانون الثاني 2020', {
      lang: 'ar',
    });
    expect([d!.exact, d!.date, d!.certainty]).toEqual(['يوم الخميس 12 آذار', '2020-03-12', 'medium']);
    expect(d!.reasoning).toMatch(/2020.*weekday agrees/u);
    const [e] = findDates('He arrived on Thursday 12 March. The crisis had begun in January 2020.', {
      lang: 'en',
    });
    expect([e!.exact, e!.date]).toEqual(['Thursday 12 March', '2020-03-12']);
  });

  test('stays unresolved when no year of the narrative fits the weekday (never the ingest day)', () => {
    const [d] = findDates('He arrived on Friday 12 March. The crisis had begun in January 2020.', {
      lang: 'en',
    });
    expect(d).toMatchObject({ exact: 'Friday 12 March', date: null, certainty: 'low' });
    expect(d!.reasoning).toMatch(/no year .*agrees with the weekday/u);
    expect(findDates('وصل يوم الخميس 12 آذار', { lang: 'ar' })[0]).toMatchObject({ date: null });
  });
});

describe('months after: a month, never a guessed day', () => {
  test.each([
    [
      'It struck on January 12, 2010. A month later, the camps were full.',
      'A month later',
      '2010-02',
      'medium',
    ],
    [
      'It struck on January 12, 2010. On January 20, it hit again. Two months after the quake, schools opened.',
      'Two months after',
      '2010-03',
      'medium',
    ],
    [
      'Protests began in November 2019. Three months later, talks began.',
      'Three months later',
      '2020-02',
      'low',
    ],
  ])('%s', (text, exact, date, certainty) => {
    expect(en(text, '2010-06-01').at(-1)).toEqual([exact, date, 'month', certainty]);
  });

  test.each([
    ['وقع الزلزال في 21 أيار 2003. وبعد شهر من الكارثة', 'وبعد شهر', '2003-06'],
    ['وقع الزلزال في 21 أيار 2003. وبعد شهرين', 'وبعد شهرين', '2003-07'],
    ['وقع الزلزال في 21 أيار 2003. وبعد ثلاثة أشهر', 'وبعد ثلاثة أشهر', '2003-08'],
  ])('%s', (text, exact, date) => {
    expect(ar(text, '2003-12-01').at(-1)).toEqual([exact, date, 'month', 'medium']);
  });

  test('without a date before it, unresolved', () => {
    expect(en('A month later, the camps were full.')).toEqual([['A month later', null, 'month', 'low']]);
  });
});

test('"nearly nine months after the offensive began" is a duration, not a date', () => {
  expect(
    en(
      'He arrived on July 9, 2017, nearly nine months after the offensive began. The next day, he left.',
      '2017-07-12',
    ),
  ).toEqual([
    ['July 9, 2017', '2017-07-09', 'day', 'high'],
    ['The next day', '2017-07-10', 'day', 'medium'],
  ]);
});

test('a count from a date that could not be resolved is not counted from an older one', () => {
  const d = findDates(
    'The quake struck on February 6, 2023. Yesterday, a convoy left. The next day, it will arrive.',
    { lang: 'en' },
  );
  expect(d.map((x) => [x.exact, x.date])).toEqual([
    ['February 6, 2023', '2023-02-06'],
    ['Yesterday', null],
    ['The next day', null],
  ]);
  expect(d[2]!.reasoning).toMatch(/could not be resolved/u);
});

describe('«<month> الماضي» ("last April") counts back from the publication date (issue 18)', () => {
  test('after a later date in the text, the month is still the last one before publication', () => {
    expect(ar('وصلت القوات يوم 3 شباط 2016 إلى المدينة التي حوصرت منذ تموز الماضي.', '2016-02-20')).toEqual([
      ['يوم 3 شباط 2016', '2016-02-03', 'day', 'high'],
      ['تموز الماضي', '2015-07', 'month', 'medium'],
    ]);
  });

  test('a month before the publication month is of that year, a later one of the year before; without a date, reported', () => {
    expect(ar('عاد السكان في أكتوبر الماضي', '2019-11-02')).toEqual([
      ['أكتوبر الماضي', '2019-10', 'month', 'medium'],
    ]);
    expect(ar('منذ مايو الماضي', '2019-03-02')[0]?.[1]).toBe('2018-05');
    expect(ar('منذ أيار الماضي', '')[0]?.[1]).toBeNull();
  });
});

describe('"last July" counts back from the publication date (issue 18)', () => {
  test('after a later date in the text, and before a month of publication', () => {
    expect(
      en('Troops arrived on 3 February 2016, after a siege that began last July.', '2016-02-20'),
    ).toEqual([
      ['3 February 2016', '2016-02-03', 'day', 'high'],
      ['last July', '2015-07', 'month', 'medium'],
    ]);
    expect(en('Since last January the road has been shut.', '2016-02-20')[0]?.[1]).toBe('2016-01');
  });
});

describe('«<month> المقبل» ("next March") counts forward from the publication date (issue 18, round 9)', () => {
  test('after an earlier date in the text, the month is the next one after publication', () => {
    expect(ar('بدأت الأمطار يوم 2 حزيران 2014، وتصدر اللجنة تقريرها في آذار المقبل.', '2014-06-10')).toEqual([
      ['يوم 2 حزيران 2014', '2014-06-02', 'day', 'high'],
      ['آذار المقبل', '2015-03', 'month', 'medium'],
    ]);
    expect(ar('تنتهي الأعمال في سبتمبر القادم', '2014-06-10')[0]?.[1]).toBe('2014-09');
    expect(ar('تنتهي الأعمال في سبتمبر المقبل', '')[0]?.[1]).toBeNull();
  });

  test('"next March" likewise', () => {
    expect(en('The report is due next March, the minister said on 2 June 2014.', '2014-06-10')[0]).toEqual([
      'next March',
      '2015-03',
      'month',
      'medium',
    ]);
  });
});

describe('a date in a historical aside does not set the year of the narrative after it (issue 18, round 9)', () => {
  test('«منذ تموز 1979» in one sentence; «3 أيار» in the next is of the narrative', () => {
    expect(
      ar(
        'أعلن الجيش يوم الأحد 2 أيار 2010 مقتل القائد، الذي حكم منذ تموز 1979. وفي 3 أيار خرج المحتجون.',
        '2010-05-05',
      ),
    ).toEqual([
      ['يوم الأحد 2 أيار 2010', '2010-05-02', 'day', 'high'],
      ['تموز 1979', '1979-07', 'month', 'high'],
      ['3 أيار', '2010-05-03', 'day', 'medium'],
    ]);
  });

  test('the aside’s year holds in its own sentence: "since 1994, when floods in March …"', () => {
    expect(
      en(
        'The storm struck on 4 June 2011, the worst since 1994, when floods in March killed 300. On 6 June roads reopened.',
        '2011-06-08',
      ).map((d) => d[1]),
    ).toEqual(['2011-06-04', '1994', '1994-03', '2011-06-06']);
  });
});

describe('"September 4 last year": the day in the year before publication (issue 18, round 9)', () => {
  test('English and Arabic, after a date of the publication year', () => {
    expect(
      en('On 2 October 2016 officials recalled the flood of September 4 last year.', '2016-10-05')[1],
    ).toEqual(['September 4 last year', '2015-09-04', 'day', 'medium']);
    expect(ar('وفي 2 تشرين الأول 2016 تذكر السكان فيضان 4 أيلول من العام الماضي.', '2016-10-05')[1]).toEqual([
      '4 أيلول من العام الماضي',
      '2015-09-04',
      'day',
      'medium',
    ]);
    expect(ar('فيضان 4 أيلول العام الماضي', '2016-10-05')[0]?.[1]).toBe('2015-09-04');
  });
});

describe('round 8: ranges of days, background months, parts of a year (issue 18)', () => {
  test('a day range is read as its first day, with its month and year (Arabic)', () => {
    expect(ar('اشتبك الطرفان في 7 و8 آذار قرب الحدود', '2021-03-20')).toEqual([
      ['7 و8 آذار', '2021-03-07', 'day', 'medium'],
    ]);
    expect(ar('يعقد المؤتمر بين 21 و23 مايو 2018 في العاصمة')[0]?.slice(0, 2)).toEqual([
      '21 و23 مايو 2018',
      '2018-05-21',
    ]);
    expect(ar('من 3 إلى 6 شباط 2019')[0]?.slice(0, 2)).toEqual(['3 إلى 6 شباط 2019', '2019-02-03']);
  });
  test('a day range is read as its first day (English)', () => {
    expect(en('Talks are planned from March 9 to 11 in the capital.', '2021-03-01')).toEqual([
      ['March 9 to 11', '2021-03-09', 'day', 'medium'],
    ]);
    expect(en('between 2 and 4 October 2017')[0]?.slice(0, 2)).toEqual([
      '2 and 4 October 2017',
      '2017-10-02',
    ]);
    expect(en('on August 12-14, 2016')[0]?.slice(0, 2)).toEqual(['August 12-14, 2016', '2016-08-12']);
  });
  test('a day after a comma is no day of the month after it ("26, June")', () => {
    expect(en('on May 25 and 26, June was calm').map((d) => d[0])).not.toContain('26, June');
  });
  test('"the same day" after a range counts from the story\'s first date, not a day of the range', () => {
    const got = ar(
      'قتل خمسة مدنيين فجر اليوم الخميس. وكانت المدينة قد قصفت في 2 و3 آذار. وانتشل المسعفون جثتين في اليوم نفسه.',
      '2022-03-10',
    );
    expect(got.at(-1)?.slice(0, 2)).toEqual(['اليوم نفسه', '2022-03-10']);
    expect(got.at(-1)?.[3]).toBe('low');
  });
  test('"the next day" counts from the last day of the narrative, not from a "last <month>" before it', () => {
    expect(
      en(
        'The storm struck on Tuesday. It was the worst since the floods of last September. Help arrived the next day.',
        '2022-01-20',
      ).at(-1),
    ).toEqual(['the next day', '2022-01-19', 'day', 'medium']);
    expect(
      ar(
        'ضربت العاصفة يوم الثلاثاء، وهي الأسوأ منذ فيضانات أيلول الماضي، ووصلت المساعدات في اليوم التالي.',
        '2022-01-20',
      )
        .at(-1)
        ?.slice(0, 2),
    ).toEqual(['اليوم التالي', '2022-01-19']);
  });
  test('«اليوم الأول للحصار», "the first day of the siege" is the day given after «منذ»/"since"; none, no date', () => {
    const a = ar('تواصل القوات الحصار منذ الثلاثاء. وفي اليوم الأول للحصار قطعت المياه.', '2022-01-23');
    expect(a.at(-1)?.slice(0, 2)).toEqual(['اليوم الأول للحصار', '2022-01-18']);
    const b = en(
      'The siege has gone on since Tuesday. On the first day of the siege, water was cut.',
      '2022-01-23',
    );
    expect(b.at(-1)?.slice(0, 2)).toEqual(['the first day of the siege', '2022-01-18']);
    expect(ar('وفي اليوم الأول للحصار قطعت المياه.')).toEqual([]);
  });
  test('"late 2020", "early 2021", "mid-2019" and «أواخر 2020», «مطلع عام 2016» are the year, certainty medium, kept after "since"', () => {
    expect(en('Tremors have shaken the valley since early 2021.')).toEqual([
      ['early 2021', '2021', 'year', 'medium'],
    ]);
    expect(en('The dam was finished in late 2016.')).toEqual([['late 2016', '2016', 'year', 'medium']]);
    expect(en('in mid-2019')[0]?.slice(0, 2)).toEqual(['mid-2019', '2019']);
    expect(en('The camp has stood since 2014.')).toEqual([]);
    expect(ar('تهز الهزات الوادي منذ أواخر 2020')).toEqual([['أواخر 2020', '2020', 'year', 'medium']]);
    expect(ar('اكتمل السد في مطلع عام 2016')[0]?.slice(0, 2)).toEqual(['مطلع عام 2016', '2016']);
  });
});

describe('«قبل يوم» is the day before the date given before it (issue 18, round 10)', () => {
  test('«… يوم الأحد 2 أيار 2010 … قبل يوم» is 1 May; «قبل يوم الأحد» is no such date', () => {
    expect(
      ar('اقتحمت الشرطة المبنى يوم الأحد 2 أيار 2010 بعد سرقة وقعت قبل يوم، ثم انسحبت.', '2010-05-04'),
    ).toEqual([
      ['يوم الأحد 2 أيار 2010', '2010-05-02', 'day', 'high'],
      ['قبل يوم', '2010-05-01', 'day', 'medium'],
    ]);
    expect(ar('وصل الوفد يوم 2 أيار 2010 قبل يوم الأحد.', '2010-05-04').map((d) => d[0])).not.toContain(
      'قبل يوم',
    );
  });
});

describe('a weekday alone after a future cue in its clause counts forward (issue 18, round 11)', () => {
  // PUB 2022-01-23 is a Sunday: the next Friday is 28 January, the latest 21 January.
  test('English: "expected to … on Friday", "will … on Monday", "is due … on Friday"', () => {
    expect(en('The minister was expected to visit the flooded towns near Dhaka on Friday.')).toEqual([
      ['Friday', '2022-01-28', 'day', 'low'],
    ]);
    expect(en('Engineers in Valparaíso said the bridge will reopen to traffic on Monday.')).toEqual([
      ['Monday', '2022-01-24', 'day', 'low'],
    ]);
    expect(en('Officials in Tromsø said the road would stay closed at least until Friday.')).toEqual([
      ['Friday', '2022-01-28', 'day', 'low'],
    ]);
    expect(
      en('Rescuers said they expected to reach the worst-hit hamlets north of Cuzco on Monday.'),
    ).toEqual([['Monday', '2022-01-24', 'day', 'low']]);
    expect(en('A second convoy is due in Kasese on Friday.')).toEqual([
      ['Friday', '2022-01-28', 'day', 'low'],
    ]);
  });
  test('Arabic: «ستستمر … حتى يوم الاثنين», «من المتوقع أن … يوم الجمعة», «سوف … الخميس»', () => {
    expect(ar('وقالت السلطات إن أعمال الإغاثة في صفاقس ستستمر حتى يوم الاثنين.')).toEqual([
      ['يوم الاثنين', '2022-01-24', 'day', 'low'],
    ]);
    expect(ar('ومن المتوقع أن يصل الوفد إلى أربيل يوم الجمعة.')).toEqual([
      ['يوم الجمعة', '2022-01-28', 'day', 'low'],
    ]);
    expect(ar('وسوف تفتح المدارس في الموصل أبوابها الخميس.')).toEqual([
      ['الخميس', '2022-01-27', 'day', 'low'],
    ]);
  });
  test('a past clause, or a future cue in another sentence or clause, counts back', () => {
    expect(en('The quake struck near Dhaka on Friday.')).toEqual([['Friday', '2022-01-21', 'day', 'low']]);
    expect(en('Aid will arrive soon. The quake struck near Dhaka on Friday.')).toEqual([
      ['Friday', '2022-01-21', 'day', 'low'],
    ]);
    expect(ar('وصلت سيارات الإسعاف إلى صفاقس يوم الاثنين.')).toEqual([
      ['يوم الاثنين', '2022-01-17', 'day', 'low'],
    ]);
    expect(ar('وقالت إن السيول ضربت أربيل يوم الجمعة.')).toEqual([
      ['يوم الجمعة', '2022-01-21', 'day', 'low'],
    ]);
  });
});

describe('round 12: forecasts, appositions and background days (issue 18)', () => {
  // PUB 2022-01-23 is a Sunday.
  test('«توقع … أن … الخميس» (a forecast in the past tense) counts forward', () => {
    expect(ar('وتوقعت هيئة الأرصاد في الكويت أن يتحسن الطقس بدءاً من الخميس.')).toEqual([
      ['الخميس', '2022-01-27', 'day', 'low'],
    ]);
    expect(ar('وتوقع الدفاع المدني في صفاقس أن تنحسر المياه يوم الجمعة.')).toEqual([
      ['يوم الجمعة', '2022-01-28', 'day', 'low'],
    ]);
  });
  test('"on Monday, a day after …": the weekday is the date, the count after the comma names no other', () => {
    expect(en('Peru declared an emergency on Friday, a day after floods hit Piura.')).toEqual([
      ['Friday', '2022-01-21', 'day', 'low'],
    ]);
    expect(en('Police in Kenya made arrests on Thursday, two days after the blast in Nairobi.')).toEqual([
      ['Thursday', '2022-01-20', 'day', 'low'],
    ]);
  });
});

describe('round 12: a day in a past-perfect sentence is background (issue 18)', () => {
  test('"the same day" after "had … on Tuesday" counts from the narrative\'s day', () => {
    const got = en(
      'The storm hit Piura on Wednesday, January 19. It had formed off the coast on Tuesday. Rescuers reached the town the same day.',
    );
    expect(got.map((d) => d.slice(0, 2))).toEqual([
      ['Wednesday, January 19', '2022-01-19'],
      ['Tuesday', '2022-01-18'],
      ['the same day', '2022-01-19'],
    ]);
  });
  test('«وكانت … قد شهدت في 10 كانون الثاني … بعد يومين» counts inside its sentence; «في اليوم نفسه» after it from the narrative', () => {
    const got = ar(
      'ضربت العاصفة صفاقس يوم 19 كانون الثاني/يناير. وكانت المدينة قد شهدت في 10 كانون الثاني/يناير فيضاناً، تلاه بعد يومين انهيار جسر. وفي اليوم نفسه وصلت فرق الإنقاذ.',
    );
    expect(got.map((d) => d[1])).toEqual(['2022-01-19', '2022-01-10', '2022-01-12', '2022-01-19']);
  });
  test('a count forward after a past-perfect day goes on with the flashback ("had gone … on June 23 … nine days later")', () => {
    const got = en(
      'Divers reached the boys on Tuesday, January 18. They had gone into the cave on January 2. They were found nine days later.',
    );
    expect(got.map((d) => d[1])).toEqual(['2022-01-18', '2022-01-02', '2022-01-11']);
  });
});

describe('round 13: a forecast counts forward (issue 18)', () => {
  // PUB 2022-01-23 is a Sunday.
  test('"Forecasters warned of more rain on Friday", "the forecast predicts … on Tuesday"', () => {
    expect(en('Forecasters in Nairobi warned of more rain on Friday.')).toEqual([
      ['Friday', '2022-01-28', 'day', 'low'],
    ]);
    expect(en('The national forecaster in Lima predicted heavy showers on Tuesday.')).toEqual([
      ['Tuesday', '2022-01-25', 'day', 'low'],
    ]);
  });
});

describe('round 13: a month name that is also a word, after a preposition of time (issue 18)', () => {
  // PUB 2022-01-23.
  test('«خلال مايو» (Tunisia), «منذ مارس» (Sudan) are months; «مارس الضغط» stays a verb', () => {
    expect(ar('وستوزع المساعدات في صفاقس خلال مايو، بحسب المنظمة.')).toEqual([
      ['مايو', '2021-05', 'month', 'medium'],
    ]);
    expect(ar('ويعيش النازحون في كسلا في مخيمات منذ مارس.')).toEqual([
      ['مارس', '2021-03', 'month', 'medium'],
    ]);
    expect(ar('وقال إن الوفد مارس ضغطاً على الحكومة.')).toEqual([]);
  });
});

describe('round 14: a day after "since" is no day to count from (issue 18)', () => {
  // PUB 2022-01-23 is a Sunday.
  test('"broke out on Saturday … above 40C since Thursday … the next day" (Chile) is Sunday', () => {
    const got = en(
      'A fire broke out near Valparaiso on Saturday during a heatwave that had pushed temperatures above 40C since Thursday. A second fire broke out the next day near Vina del Mar.',
    );
    expect(got.map((d) => d.slice(0, 2))).toEqual([
      ['Saturday', '2022-01-22'],
      ['Thursday', '2022-01-20'],
      ['the next day', '2022-01-23'],
    ]);
  });
  test('«اندلع يوم السبت، وكانت موجة حر قد رفعت الحرارة منذ الخميس … في اليوم التالي» (Algeria) is Sunday', () => {
    const got = ar(
      'اندلع حريق قرب تيزي وزو يوم السبت، وكانت موجة حر قد رفعت درجات الحرارة منذ الخميس. وفي اليوم التالي اندلع حريق ثان قرب بجاية.',
    );
    expect(got.map((d) => d[1])).toEqual(['2022-01-22', '2022-01-20', '2022-01-23']);
  });
  test('an event since a day in the narrative is counted from («الهجوم الذي تشنه منذ الخميس … في اليوم التالي», Sudan)', () => {
    const got = ar(
      'قصفت القوات مطار الخرطوم اليوم الأحد في تصعيد للهجوم الذي تشنه منذ الخميس. وكانت القوات قد تقدمت نحو أم درمان في اليوم التالي.',
    );
    expect(got.map((d) => d[1])).toEqual(['2022-01-23', '2022-01-20', '2022-01-21']);
  });
});

describe('round 14: a range of weekdays (issue 18)', () => {
  // PUB 2022-01-23 is a Sunday.
  test('a forecast "from Sunday to Tuesday" (Oman) starts on the publication day and ends after it', () => {
    expect(
      en('The storm will bring heavy rain to Muscat from Sunday to Tuesday, forecasters said.').map(
        (d) => d[1],
      ),
    ).toEqual(['2022-01-23', '2022-01-25']);
    expect(ar('ويتوقع أن يؤثر المنخفض على صلالة من الأحد إلى الثلاثاء.').map((d) => d[1])).toEqual([
      '2022-01-23',
      '2022-01-25',
    ]);
  });
  test('a range opening on the publication day ends after it, «من الأحد حتى الثلاثاء» (Kenya); a past range stays past', () => {
    expect(ar('تغلق المدارس في مومباسا من الأحد حتى الثلاثاء.').map((d) => d[1])).toEqual([
      '2022-01-23',
      '2022-01-25',
    ]);
    expect(en('Floods cut roads near Garissa between Monday and Wednesday.').map((d) => d[1])).toEqual([
      '2022-01-17',
      '2022-01-19',
    ]);
  });
});

describe('round 15: dates (issue 18)', () => {
  // PUB 2022-01-23 is a Sunday.
  test('a declared day of mourning looks forward: «أعلنت … يوم الثلاثاء يوم حداد» (Jordan), "declared Wednesday a day of mourning" (Peru)', () => {
    expect(ar('وأعلنت الحكومة الأردنية يوم الثلاثاء يوم حداد وطني.').map((d) => d[1])).toEqual([
      '2022-01-25',
    ]);
    expect(
      en('The president declared Wednesday a national day of mourning in Peru.').map((d) => d[1]),
    ).toEqual(['2022-01-26']);
  });
  test('declared mourning «من الاثنين إلى الأربعاء» (Nepal) starts after the publication day', () => {
    expect(ar('وأعلنت حكومة نيبال الحداد من الاثنين إلى الأربعاء.').map((d) => d[1])).toEqual([
      '2022-01-24',
      '2022-01-26',
    ]);
  });
  test('mourning held in the past stays past: "mourners gathered in Lima on Friday"', () => {
    expect(en('Mourners gathered in Lima on Friday.').map((d) => d[1])).toEqual(['2022-01-21']);
  });
  test('"In May" at a sentence start is the month (Kenya, Cuba); "they may" is none', () => {
    expect(en('In May, floods hit Kisumu.', '2022-07-01').map((d) => d[1])).toEqual(['2022-05']);
    expect(
      en('Since May the power plant in Cienfuegos has failed twice.', '2022-07-01').map((d) => d[1]),
    ).toEqual(['2022-05']);
    expect(en('Officials said they may close the port in Mombasa.', '2022-07-01')).toEqual([]);
  });
  test('a year range "since 2008–2009" (Zimbabwe) is its first year', () => {
    expect(en('It was the worst outbreak in Harare since 2008–2009.').map((d) => d[1])).toEqual(['2008']);
  });
  test('a month after the publication month, its year taken from an earlier date, is the year before (Malawi, Chile)', () => {
    expect(
      en('On January 10, 2022, floods hit Blantyre. Malawi declared a disaster in Zomba in November.').map(
        (d) => d[1],
      ),
    ).toEqual(['2022-01-10', '2021-11']);
    expect(
      ar('وفي 10 يناير 2022 ضربت حرائق فالبارايسو، وكانت تشيلي قد أعلنت الطوارئ في أكتوبر.').map((d) => d[1]),
    ).toEqual(['2022-01-10', '2021-10']);
  });
});

describe('round 19: the narrative day, weekdays that are not dates (issue 18)', () => {
  test('a day in the attribution «بحسب ما أعلنت … يوم الأحد» is the report\'s, not the day "the next day" counts from (Nigeria)', () => {
    expect(
      ar(
        'قُتل العشرات في فيضانات ضربت مساء السبت 7 أيلول/سبتمبر شمال نيجيريا، بحسب ما أعلنت السلطات يوم الأحد. ونُقل الجرحى إلى كانو في اليوم التالي.',
        '2024-09-10',
      ).map((d) => d[1]),
    ).toEqual(['2024-09-07', '2024-09-08', '2024-09-08']);
  });
  test('a report day that is the only day is still counted from (Nigeria)', () => {
    expect(
      ar(
        'قالت السلطات يوم الأحد، بحسب ما أفادت الوكالة يوم الأحد، إن الجرحى نُقلوا في اليوم التالي.',
        '2024-09-10',
      ).map((d) => d[1]),
    ).toEqual(['2024-09-08', '2024-09-08', '2024-09-09']);
  });
  test('a weekday with a count from an event the text gives later, «يوم الخميس، بعد ثلاثة أيام من بدء الفيضانات», is the weekday (Sudan)', () => {
    expect(
      ar(
        'ارتفعت حصيلة الفيضانات في ولاية نهر النيل يوم الخميس، بعد ثلاثة أيام من بدء الأمطار.',
        '2024-08-30',
      ).map((d) => d[1]),
    ).toEqual(['2024-08-29']);
  });
  test('a weekday named after a place word is a place: «قرب سوق الأربعاء الغرب» (Morocco), «بلدة الأربعاء» (Algeria)', () => {
    expect(ar('فاضت الأنهار قرب سوق الأربعاء الغرب في المغرب يوم الخميس.').map((d) => d[1])).toEqual([
      '2022-01-20',
    ]);
    expect(ar('وامتدت النيران إلى بلدة الأربعاء في ولاية البليدة.')).toEqual([]);
  });
  test('a weekday after a time word is still a date: «مساء الأربعاء», «حتى الأربعاء»', () => {
    expect(ar('اندلعت النيران مساء الأربعاء واستمرت حتى الجمعة.').map((d) => d[1])).toEqual([
      '2022-01-19',
      '2022-01-21',
    ]);
  });
  test('a weekday alone that is the weekday of the day just given in its sentence is that day (Mozambique)', () => {
    expect(
      en(
        'The storm reached Mozambique on March 11 and battered Beira from Monday to Wednesday.',
        '2024-03-18',
      ).map((d) => d[1]),
    ).toEqual(['2024-03-11', '2024-03-11', '2024-03-13']);
  });
  test('in the next sentence, or of another weekday, it counts from publication as before (Mozambique)', () => {
    expect(
      en(
        'The storm reached Mozambique on March 11. Rain fell in Beira on Monday and Tuesday.',
        '2024-03-18',
      ).map((d) => d[1]),
    ).toEqual(['2024-03-11', '2024-03-18', '2024-03-12']);
  });
});

describe('round 19: an event named with its year is a date; a state since a year is not (issue 18)', () => {
  test('"the floods of 2010" (Pakistan), "its record of 1927" (Mississippi) are the year', () => {
    expect(
      en('Sindh had not recovered from the floods of 2010, when the Indus burst its banks.').map((d) => d[1]),
    ).toEqual(['2010']);
    expect(en('The Mississippi rose above its record of 1927.').map((d) => d[1])).toEqual(['1927']);
  });
  test('"the 2005 earthquake", "the 2005 Kashmir earthquake" (Pakistan) are the year', () => {
    expect(en('Muzaffarabad was rebuilt after the 2005 earthquake.').map((d) => d[1])).toEqual(['2005']);
    expect(en('Muzaffarabad was rebuilt after the 2005 Kashmir earthquake.').map((d) => d[1])).toEqual([
      '2005',
    ]);
  });
  test('a count is no year: "a total of 2000 people", "counted a crowd of 2000.", "the 2000 residents of Balakot"', () => {
    expect(en('A total of 2000 people fled Balakot.')).toEqual([]);
    expect(en('Police in Balakot counted a crowd of 2000.')).toEqual([]);
    expect(en('The 2000 residents of Balakot fled.')).toEqual([]);
  });
  test('"since 2014" stays out: a state, not an event (Nigeria)', () => {
    expect(
      en('Boko Haram has held the forest since 2014, after the attack of 2013 on Konduga.').map((d) => d[1]),
    ).toEqual(['2013']);
  });
});

describe('round 19: a month after a date given after "since" is of the span that runs to publication (issue 18)', () => {
  test('"four eruptions since March 2021, the last in June" (Italy) is the latest June', () => {
    expect(
      en('Etna has had four eruptions since March 2021, the last in June.', '2023-11-14').map((d) => d[1]),
    ).toEqual(['2021-03', '2023-06']);
    expect(
      ar('شهد بركان إتنا أربعة ثورانات منذ آذار 2021، آخرها في حزيران.', '2023-11-14').map((d) => d[1]),
    ).toEqual(['2021-03', '2023-06']);
  });
  test('without "since" the month follows the date before it, as before (Italy)', () => {
    expect(en('Etna erupted in March 2021 and again in June.', '2023-11-14').map((d) => d[1])).toEqual([
      '2021-03',
      '2021-06',
    ]);
  });
});

describe('round 19: a month that comes round every year is no date (issue 18)', () => {
  test('«تفيض الأودية كل عام في شباط» (Oman), "the river floods every year in April" (Bangladesh)', () => {
    expect(ar('قال سكان إن الأودية تفيض كل عام تقريباً في شباط، لكن السيل جاء مبكراً.', '2022-01-23')).toEqual(
      [],
    );
    expect(en('The Jamuna floods every year in April, but this time it came early.')).toEqual([]);
  });
  test('a month in another clause than the habit is still a date (Bangladesh)', () => {
    expect(
      en('The Jamuna floods every year. In April it broke its banks at Sirajganj.').map((d) => d[1]),
    ).toEqual(['2021-04']);
  });
});

describe('round 19: mourning declared on a weekday named after it is past (issue 18)', () => {
  // PUB 2022-01-23 is a Sunday.
  test('«أعلنت الحكومة الحداد الوطني يوم الثلاثاء» (Morocco), "declared national mourning on Tuesday" (Ecuador): the declaration\'s Tuesday', () => {
    expect(ar('وأعلنت الحكومة المغربية الحداد الوطني يوم الثلاثاء.').map((d) => d[1])).toEqual([
      '2022-01-18',
    ]);
    expect(en('Ecuador declared national mourning on Tuesday.').map((d) => d[1])).toEqual(['2022-01-18']);
  });
  test('mourning «من الثلاثاء», "from Tuesday" still looks forward (Morocco, Ecuador)', () => {
    expect(ar('وأعلنت الحكومة المغربية الحداد من الثلاثاء.').map((d) => d[1])).toEqual(['2022-01-25']);
    expect(en('Ecuador declared national mourning from Tuesday.').map((d) => d[1])).toEqual(['2022-01-25']);
  });
});
