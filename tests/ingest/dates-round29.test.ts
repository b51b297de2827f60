import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';

// Round 29, part B (issue 18): every sentence here is made up, from other stories and countries than
// the bench articles.
const read = (lang: 'ar' | 'en', text: string, published?: string) =>
  findDates(text, { lang, ...(published ? { published } : {}) }).map((d) => [d.exact, d.date]);

describe('"that day" is the day given before', () => {
  test('after a weekday (Kenya)', () => {
    expect(
      read(
        'en',
        'Police fired tear gas in Nairobi on Tuesday. Two people were killed in Kisumu that day, officials said.',
        '2023-07-13',
      ),
    ).toEqual([
      ['Tuesday', '2023-07-11'],
      ['that day', '2023-07-11'],
    ]);
  });
  test('the nearest day, not an earlier one whose clause shares a word (Peru)', () => {
    expect(
      read(
        'en',
        'Protesters were killed in Juliaca on January 9. The unrest began in December, and turned deadly on December 15, when soldiers shot marchers in Ayacucho. Marchers were also killed that day in Andahuaylas.',
        '2023-01-12',
      ),
    ).toEqual([
      ['January 9', '2023-01-09'],
      ['December', '2022-12'],
      ['December 15', '2022-12-15'],
      ['that day', '2022-12-15'],
    ]);
  });
  test('"since that day" is no date of its own (Chile)', () => {
    expect(
      read(
        'en',
        'The fire reached Viña del Mar on February 2, and since that day crews have worked.',
        '2024-02-08',
      ),
    ).toEqual([['February 2', '2024-02-02']]);
  });
});

describe('"the same day" after a month named in passing counts from the latest day', () => {
  test('a month in a look back (India)', () => {
    expect(
      read(
        'en',
        'Floods reached Silchar on Sunday, a second time this year after the river rose in May. The same day, a landslide hit Haflong.',
        '2022-06-23',
      ),
    ).toEqual([
      ['Sunday', '2022-06-19'],
      ['May', '2022-05'],
      ['The same day', '2022-06-19'],
    ]);
  });
  test('"the next day" after a month named in passing (Italy)', () => {
    expect(
      read(
        'en',
        'The river burst its banks in Faenza on May 16, as it had in April. The next day, Cesena was flooded.',
        '2023-05-20',
      ),
    ).toEqual([
      ['May 16', '2023-05-16'],
      ['April', '2023-04'],
      ['The next day', '2023-05-17'],
    ]);
  });
});

describe('a weekday printed with a day and month picks the year it agrees with', () => {
  test('after a look back to last year (Sudan, Arabic)', () => {
    expect(
      read(
        'ar',
        'وكان الاتفاق قد وُقّع في آذار/مارس 2022، ثم قصفت الطائرات يوم الخميس 13 نيسان/أبريل مطار الخرطوم.',
        '2023-04-20',
      ),
    ).toEqual([
      ['آذار/مارس 2022', '2022-03'],
      ['يوم الخميس 13 نيسان/أبريل', '2023-04-13'],
    ]);
  });
  test('after a look back to last year (Pakistan, English)', () => {
    expect(
      read(
        'en',
        'The dam was last inspected in June 2021. On Friday, June 24, water poured over it near Quetta.',
        '2022-06-27',
      ),
    ).toEqual([
      ['June 2021', '2021-06'],
      ['Friday, June 24', '2022-06-24'],
    ]);
  });
  test('the year before stays when the weekday agrees with it (Brazil)', () => {
    expect(
      read('en', 'The river peaked in May 2021. On Friday, June 25, it fell in Manaus.', '2022-06-27'),
    ).toEqual([
      ['May 2021', '2021-05'],
      ['Friday, June 25', '2021-06-25'],
    ]);
  });
});

describe('a weekday named bare after the text printed it with its day is that day', () => {
  test('a Sunday given its date, named again after later days (Ukraine, Arabic)', () => {
    expect(
      read(
        'ar',
        'قصفت القوات مدينة خيرسون فجر الأحد 4 حزيران/يونيو، ثم ضربت في 12 حزيران/يونيو جسراً، وقال السكان إن الإنقاذ استمر طوال يوم الأحد.',
        '2023-06-14',
      ),
    ).toEqual([
      ['الأحد 4 حزيران/يونيو', '2023-06-04'],
      ['12 حزيران/يونيو', '2023-06-12'],
      ['يوم الأحد', '2023-06-04'],
    ]);
  });
  test('a Friday given its date, named again (Mozambique, English)', () => {
    expect(
      read(
        'en',
        'The cyclone made landfall near Beira on Friday, March 4, and rivers rose on March 12. Rescuers said the worst rain fell on Friday.',
        '2022-03-14',
      ),
    ).toEqual([
      ['Friday, March 4', '2022-03-04'],
      ['March 12', '2022-03-12'],
      ['Friday', '2022-03-04'],
    ]);
  });
  test('the publication week’s day after every day given goes on with the story (Tunisia)', () => {
    expect(
      read(
        'ar',
        'اندلعت المواجهات في القصرين يوم السبت 8 كانون الثاني/يناير. وأعلن المجلس السبت تعيين رئيس مؤقت.',
        '2011-01-15',
      ),
    ).toEqual([
      ['يوم السبت 8 كانون الثاني/يناير', '2011-01-08'],
      ['السبت', '2011-01-15'],
    ]);
  });
});

describe('«قبل يومين من مقتله» counts from the day of the event it names', () => {
  test('the killing told after the funeral (Palestine)', () => {
    expect(
      read(
        'ar',
        'شُيّع الصحافي في غزة يوم الجمعة 13 أيار/مايو. وكان مسلحون قد قتلوه يوم الأربعاء 11 أيار/مايو. وكان قد تلقى تهديدات قبل يومين من مقتله.',
        '2022-05-14',
      ),
    ).toEqual([
      ['يوم الجمعة 13 أيار/مايو', '2022-05-13'],
      ['يوم الأربعاء 11 أيار/مايو', '2022-05-11'],
      ['قبل يومين', '2022-05-09'],
    ]);
  });
  test('three days before (Mexico)', () => {
    expect(
      read(
        'ar',
        'دُفن رئيس البلدية في أكابولكو يوم الأحد 19 حزيران/يونيو، بعدما قتله مسلحون يوم الخميس 16 حزيران/يونيو. وكان قد طلب الحماية قبل ثلاثة أيام من مقتله.',
        '2022-06-20',
      ),
    ).toEqual([
      ['يوم الأحد 19 حزيران/يونيو', '2022-06-19'],
      ['يوم الخميس 16 حزيران/يونيو', '2022-06-16'],
      ['قبل ثلاثة أيام', '2022-06-13'],
    ]);
  });
});

describe('«تلك الليلة», «ذلك المساء» are the day given before', () => {
  test('«تلك الليلة» (Lebanon)', () => {
    expect(
      read(
        'ar',
        'انفجر المرفأ في بيروت يوم الثلاثاء 4 آب/أغسطس. ونام السكان في الشوارع تلك الليلة.',
        '2020-08-06',
      ),
    ).toEqual([
      ['يوم الثلاثاء 4 آب/أغسطس', '2020-08-04'],
      ['تلك الليلة', '2020-08-04'],
    ]);
  });
  test('«ذلك المساء» (Morocco)', () => {
    expect(
      read(
        'ar',
        'ضرب الزلزال إقليم الحوز يوم الجمعة 8 أيلول/سبتمبر. وخرج السكان إلى الساحات ذلك المساء.',
        '2023-09-10',
      ),
    ).toEqual([
      ['يوم الجمعة 8 أيلول/سبتمبر', '2023-09-08'],
      ['ذلك المساء', '2023-09-08'],
    ]);
  });
});
