import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';

// Round 24 (issue 18): every sentence here is made up, from other stories and countries than the
// bench articles.
const read = (lang: 'ar' | 'en', text: string, published?: string) =>
  findDates(text, { lang, ...(published ? { published } : {}) }).map((d) => [d.exact, d.date]);

describe('a bare weekday after a dated day counts from the narrative, not from publication', () => {
  test('«يوم السبت» after «الجمعة 18 تشرين الأول/أكتوبر», published three weeks later (Chile)', () => {
    const v = findDates(
      'اندلعت الاحتجاجات في سانتياغو مساء الجمعة 18 تشرين الأول/أكتوبر. وأعلن الرئيس حالة الطوارئ يوم السبت.',
      { lang: 'ar', published: '2019-11-09' },
    );
    expect(v.map((d) => d.date)).toEqual(['2019-10-18', '2019-10-19']);
    expect(v[1]!.certainty).toBe('medium');
    expect(v[1]!.reasoning).toMatch(/2019-10-18/u);
  });
  test('"on Sunday" after "Thursday, June 15", published five weeks later (Philippines)', () => {
    expect(
      read(
        'en',
        'The typhoon made landfall in Samar on Thursday, June 15. Rescuers reached the island on Sunday.',
        '2023-07-20',
      ),
    ).toEqual([
      ['Thursday, June 15', '2023-06-15'],
      ['Sunday', '2023-06-18'],
    ]);
  });
  test("after a count from the dated day, the weekday counts from the count's day (Tunisia)", () => {
    expect(
      read(
        'ar',
        'غمرت السيول مدينة نابل في 3 شباط/فبراير. وفي اليوم التالي انقطعت الكهرباء، وأعيد فتح الطرق يوم السبت.',
        '2021-03-04',
      ).map(([, d]) => d),
    ).toEqual(['2021-02-03', '2021-02-04', '2021-02-06']);
  });
  test('published days after the dated day: both readings agree (South Africa)', () => {
    expect(
      read('en', 'Floods hit Durban on April 11. The army was deployed on Wednesday.', '2022-04-15'),
    ).toEqual([
      ['April 11', '2022-04-11'],
      ['Wednesday', '2022-04-13'],
    ]);
  });
  test('published days after: a weekday that would fall after publication keeps the publication reading', () => {
    expect(
      read('en', 'Floods hit Durban on April 11. The army was deployed on Sunday.', '2022-04-15'),
    ).toEqual([
      ['April 11', '2022-04-11'],
      ['Sunday', '2022-04-10'],
    ]);
  });
  test('no dated day in the text: the latest such day before publication (Peru)', () => {
    expect(read('en', 'The bus fell into a ravine near Cusco on Saturday.', '2019-11-09')).toEqual([
      ['Saturday', '2019-11-09'],
    ]);
  });
  test('a dated day years before publication is a flashback: the weekday stays with publication (Nepal)', () => {
    expect(
      read(
        'en',
        'The quake of April 25, 2015 killed thousands in Gorkha. A new tremor shook Kathmandu on Saturday.',
        '2025-05-14',
      ).map(([, d]) => d),
    ).toEqual(['2015-04-25', '2025-05-10']);
  });
  test('a lead that told a later day first keeps the publication week: the dated day is a flashback (Kenya)', () => {
    expect(
      read(
        'en',
        'Rescuers pulled two survivors from the mud on Tuesday. The landslide buried the village on March 3. Roads reopened on Saturday.',
        '2024-03-21',
      ).map(([, d]) => d),
    ).toEqual(['2024-03-19', '2024-03-03', '2024-03-16']);
    expect(
      read(
        'ar',
        'انتشل المنقذون ناجيين من الوحل يوم الثلاثاء. وكان الانهيار قد طمر القرية في 3 آذار/مارس، وأعيد فتح الطرق السبت.',
        '2024-03-21',
      ).map(([, d]) => d),
    ).toEqual(['2024-03-19', '2024-03-03', '2024-03-16']);
  });
  test('a weekday told as to come is still the next one after publication (Bolivia)', () => {
    expect(
      read(
        'en',
        'Protests began in La Paz on Friday, October 18. Parliament will meet on Saturday.',
        '2019-11-09',
      ).map(([, d]) => d),
    ).toEqual(['2019-10-18', '2019-11-16']);
  });
  test('without a publication date, the weekday after a dated day with its year still counts from it', () => {
    expect(
      read(
        'en',
        'Fire broke out in the Dhaka market on 18 October 2019. Police arrested the owner on Saturday.',
      ).map(([, d]) => d),
    ).toEqual(['2019-10-18', '2019-10-19']);
  });
});

describe('a day given in a "since" clause is a state\'s start: a later paragraph\'s count passes it over', () => {
  const JUN = '2024-06-10'; // a Monday
  test('«في اليوم نفسه» two paragraphs after «منذ استيلاء الجنود على القصر في 24 أيار» (Mali)', () => {
    expect(
      read(
        'ar',
        'انفجرت قنبلة عند بوابة ملعب باماكو مساء الجمعة 7 حزيران/يونيو فقتلت 12 شخصاً.\nوتعيش المدينة تحت حظر التجول منذ استيلاء الجنود على القصر في 24 أيار/مايو، وأغلقت المدارس.\nوقال المجلس العسكري في اليوم نفسه إن الانتخابات ستؤجل.',
        JUN,
      ).map(([, d]) => d),
    ).toEqual(['2024-06-07', '2024-05-24', '2024-06-07']);
  });
  test('"the same day" two paragraphs after "since soldiers seized the palace on May 24" (Mali)', () => {
    expect(
      read(
        'en',
        'A bomb exploded at the gate of the Bamako stadium on Friday, June 7, killing 12.\nThe city has lived under curfew since soldiers seized the palace on May 24, and schools are shut.\nThe same day, the junta said elections would be postponed.',
        JUN,
      ).map(([, d]) => d),
    ).toEqual(['2024-06-07', '2024-05-24', '2024-06-07']);
  });
  test('a day after "on" in the narrative, with no "since" before it in its clause, is still counted from', () => {
    expect(
      read(
        'en',
        'A bomb exploded at the gate of the Bamako stadium on Friday, June 7.\nSoldiers had seized the palace on May 24, and curfew has held since.\nThe next day, the junta said elections would be postponed.',
        JUN,
      ).map(([, d]) => d),
    ).toEqual(['2024-06-07', '2024-05-24', '2024-06-08']);
  });
});

describe('«منذ ذلك اليوم» ("since that day") refers back to a day given: no date of its own', () => {
  test('after «في 6 شباط/فبراير» (Turkey): one date', () => {
    expect(
      read(
        'ar',
        'ضرب الزلزال مدينة أنطاكيا في 6 شباط/فبراير. ومنذ ذلك اليوم يعيش الآلاف في الخيام.',
        '2023-03-20',
      ),
    ).toEqual([['6 شباط/فبراير', '2023-02-06']]);
  });
  test('«في ذلك اليوم» without «منذ» is still the day given before', () => {
    expect(
      read(
        'ar',
        'ضرب الزلزال مدينة أنطاكيا في 6 شباط/فبراير. وفي ذلك اليوم انهارت آلاف المباني.',
        '2023-03-20',
      ).map(([, d]) => d),
    ).toEqual(['2023-02-06', '2023-02-06']);
  });
});

describe('"the same night", «في الليلة نفسها» is the day given before', () => {
  const MAR = '2022-03-10'; // a Thursday
  test('«وفي الليلة نفسها» after «مساء الثلاثاء» (Algeria)', () => {
    expect(
      read('ar', 'وتظاهر الآلاف مساء الثلاثاء في وهران. وفي الليلة نفسها أحرق محتجون مقراً حكومياً.', MAR),
    ).toEqual([
      ['الثلاثاء', '2022-03-08'],
      ['الليلة نفسها', '2022-03-08'],
    ]);
  });
  test('«في نفس الليلة» after a dated day (Jordan)', () => {
    expect(
      read('ar', 'هطلت الأمطار على عمّان في 2 آذار/مارس. وفي نفس الليلة غمرت المياه وسط البلد.', MAR).map(
        ([, d]) => d,
      ),
    ).toEqual(['2022-03-02', '2022-03-02']);
  });
  test('"The same night" after "on Tuesday evening" (Algeria)', () => {
    expect(
      read(
        'en',
        'Thousands marched in Oran on Tuesday evening. The same night, protesters burned a government office.',
        MAR,
      ),
    ).toEqual([
      ['Tuesday', '2022-03-08'],
      ['The same night', '2022-03-08'],
    ]);
  });
});

describe('"for the first time since 2007", «للمرة الأولى منذ عام 2007» dates the last time it happened', () => {
  test('Arabic (Algeria)', () => {
    expect(
      read('ar', 'أغلقت السلطات مطار الجزائر للمرة الأولى منذ عام 2010 بسبب العاصفة.', '2022-03-10'),
    ).toEqual([['عام 2010', '2010']]);
  });
  test('a state «منذ عام 2010» without it is still dropped', () => {
    expect(read('ar', 'يبقى مطار الجزائر مغلقاً منذ عام 2010 أمام الرحلات الليلية.', '2022-03-10')).toEqual(
      [],
    );
  });
});

describe('"the same day/night" told as past never lands after publication', () => {
  const MAR = '2022-03-10'; // a Thursday
  test('after a scheduled date «المقرر في 20 آذار/مارس», the day of the story before it (Algeria)', () => {
    expect(
      read(
        'ar',
        'تظاهر الآلاف مساء الثلاثاء في وهران، وعلّقت الأحزاب حملاتها للاستفتاء المقرر في 20 آذار/مارس.\nوتجمع المحتجون في الليلة نفسها أمام مقر الولاية.',
        MAR,
      ).map(([, d]) => d),
    ).toEqual(['2022-03-08', '2022-03-20', '2022-03-08']);
  });
  test('"the same day" after a date to come, told as past (Senegal)', () => {
    expect(
      read(
        'en',
        'Protesters marched in Dakar on Tuesday, and parties suspended campaigns for the March 20 vote.\nPolice arrested dozens the same day.',
        MAR,
      ).map(([, d]) => d),
    ).toEqual(['2022-03-08', '2022-03-20', '2022-03-08']);
  });
  test('told as to come, it stays with the date to come', () => {
    expect(
      read('en', 'The vote will be held on March 20, and results will be announced the same day.', MAR).map(
        ([, d]) => d,
      ),
    ).toEqual(['2022-03-20', '2022-03-20']);
  });
});

describe('"the following year", «في العام التالي» is the year after the date before it', () => {
  test('after a dated event (Brazil)', () => {
    expect(
      read(
        'en',
        'The dam burst above the town on Friday. Engineers had inspected it in the 2000s. The company paid compensation the following year.',
        '2019-01-28',
      ).map(([, d]) => d),
    ).toEqual(['2019-01-25', '2020']);
  });
  test('«في العام التالي» after a month and year (Lebanon)', () => {
    expect(
      read('ar', 'انفجر المرفأ في آب/أغسطس 2020، وبدأت إعادة بنائه في العام التالي.', '2022-08-04').map(
        ([, d]) => d,
      ),
    ).toEqual(['2020-08', '2021']);
  });
  test('"the next year" with no date before it is not read', () => {
    expect(read('en', 'The company paid compensation the next year.', '2019-01-28')).toEqual([]);
  });
  test('"the following year\'s budget" is no date', () => {
    expect(
      read('en', 'The dam burst on Friday. Officials cut the following year’s budget.', '2019-01-28').map(
        ([, d]) => d,
      ),
    ).toEqual(['2019-01-25']);
  });
});

describe('"the same day" said of the one who spoke on a day counts from that day', () => {
  const PUB = '2023-05-16'; // a Tuesday
  test('«وأعلنت الشرطة في اليوم نفسه» after «قالت الشرطة … يوم الأحد إن … ليل السبت» (Kenya)', () => {
    expect(
      read(
        'ar',
        'قالت الشرطة الكينية يوم الأحد إن مسلحين هاجموا حافلة ليل السبت قرب غاريسا.\nوأعلنت الشرطة في اليوم نفسه اعتقال مشتبه به.',
        PUB,
      ).map(([, d]) => d),
    ).toEqual(['2023-05-14', '2023-05-13', '2023-05-14']);
  });
  test('"Police arrested a suspect the same day" after "police said on Sunday that … on Saturday night"', () => {
    expect(
      read(
        'en',
        'Kenyan police said on Sunday that gunmen attacked a bus near Garissa on Saturday night.\nPolice arrested a suspect the same day.',
        PUB,
      ).map(([, d]) => d),
    ).toEqual(['2023-05-14', '2023-05-13', '2023-05-14']);
  });
  test('another actor\'s "same day" counts from the story\'s latest day', () => {
    expect(
      read(
        'en',
        'Kenyan police said on Sunday that gunmen attacked a bus near Garissa on Saturday night.\nThe gunmen burned a lorry the same day.',
        PUB,
      ).map(([, d]) => d),
    ).toEqual(['2023-05-14', '2023-05-13', '2023-05-13']);
  });
});

test('a word shared with the latest day keeps the latest day (Bosnia)', () => {
  expect(
    read(
      'en',
      'Floods hit the city of Doboj on Saturday. Rescuers reached the city on Sunday. Power returned to the city the same day.',
      '2014-05-20',
    ).map(([, d]) => d),
  ).toEqual(['2014-05-17', '2014-05-18', '2014-05-18']);
});

test('a day told as to come (a forecast) is no anchor for a count told as past (DR Congo)', () => {
  expect(
    read(
      'en',
      'Rain flooded Bukavu on Tuesday night. Forecasters said more rain was expected from Thursday to Saturday.\nIn Uvira, flooding hit several districts on the same night.',
      '2024-04-18', // a Thursday
    ).map(([, d]) => d),
  ).toEqual(['2024-04-16', '2024-04-18', '2024-04-20', '2024-04-16']);
});
