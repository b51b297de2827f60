/**
 * A date the ingest tool could not resolve (a weekday and a day with no year, and no publication
 * date given) is shown on the review page as a warning, never written as the ingest day.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHONE, shot } from './harness.ts';
import { clean, dir, openReview, useReviewServer } from './review-harness.ts';

useReviewServer({
  id: 'unresolved-date',
  text: resolve(import.meta.dirname, '../fixtures/review/unresolved-date.txt'),
  args: ['--lang', 'en', '--today', '2026-12-01', '--no-world'],
});

describe('review page: an unresolved date', () => {
  it('is a warning on the page, and no event takes the ingest day', async () => {
    const events = JSON.parse(readFileSync(join(dir(), 'events.json'), 'utf8')) as { date: string }[];
    expect(events.filter((e) => e.date.startsWith('2026'))).toEqual([]);
    const p = await openReview();
    const issues = p.page.getByTestId('issues');
    await expect
      .poll(() => issues.innerText())
      .toMatch(/meta\.draft\.unresolvedDates\[0\] a date in the text was not resolved: "Thursday 12 March"/u);
    await issues.scrollIntoViewIfNeeded();
    await shot(p.page, 'review-unresolved-date-en-desktop');
    clean(p);
  });

  it('on an Arabic phone too', async () => {
    const p = await openReview({ viewport: PHONE, isMobile: true });
    await p.page.getByRole('button', { name: 'العربية' }).click();
    const issues = p.page.getByTestId('issues');
    await expect.poll(() => issues.innerText()).toContain('Thursday 12 March');
    await issues.scrollIntoViewIfNeeded();
    await shot(p.page, 'review-unresolved-date-ar-phone');
    clean(p);
  });
});
