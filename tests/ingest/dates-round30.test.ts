import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';

// Round 30 (issue 18): every sentence here is made up, from other stories and countries than the
// bench articles.
const read = (lang: 'ar' | 'en', text: string, published?: string) =>
  findDates(text, { lang, ...(published ? { published } : {}) }).map((d) => [d.exact, d.date]);

describe('a month "of that year" is of the year printed before it', () => {
  test('after a year given with «منذ», which is no event (Georgia)', () => {
    expect(
      read(
        'ar',
        'ضرب زلزال مدينة كوتايسي يوم الأحد 3 آذار/مارس. وتخضع المنطقة منذ عام 2008 لقيود مشددة، وقد أُغلقت الطريق في أيار/مايو من ذلك العام. وفي اليوم التالي للزلزال بدأت عمليات الإنقاذ.',
        '2024-03-05',
      ),
    ).toEqual([
      ['يوم الأحد 3 آذار/مارس', '2024-03-03'],
      ['أيار/مايو من ذلك العام', '2008-05'],
      ['اليوم التالي', '2024-03-04'],
    ]);
  });
  test('"the following year", and the narrative goes on from the date before (Chile)', () => {
    expect(
      read(
        'en',
        'Fires reached Valdera on January 4. The town was founded in 1998 and got its port in March of the following year. On January 6 the fires were out.',
        '2024-01-08',
      ),
    ).toEqual([
      ['January 4', '2024-01-04'],
      ['1998', '1998'],
      ['March of the following year', '1999-03'],
      ['January 6', '2024-01-06'],
    ]);
  });
  test('without the phrase, a year alone is no anchor (as before)', () => {
    expect(
      read('ar', 'تعود الحرب إلى عام 2008، وفي أيار/مايو شهدت المدينة احتجاجات واسعة.', '2024-06-01'),
    ).toEqual([
      ['عام 2008', '2008'],
      ['أيار/مايو', '2024-05'],
    ]);
  });
});
