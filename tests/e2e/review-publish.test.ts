/**
 * The review page ends in a publishable map: the publication date, a place's names, removing a
 * place, adding a missed event, accepting a whole passage at once; and the count of actions from
 * the ingest draft to a saved map with no error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shot } from './harness.ts';
import { clean, dir, left, mention, openReview, saved, useReviewServer } from './review-harness.ts';

useReviewServer();
const json = (f: string) => JSON.parse(readFileSync(join(dir(), f), 'utf8'));

describe('review page: a publishable map', () => {
  it('the publication date has a field; a bad date is refused with a message', async () => {
    const p = await openReview();
    const field = p.page.getByTestId('published');
    await field.fill('2022-02-30');
    await field.press('Enter');
    await expect.poll(() => p.page.getByTestId('message').innerText()).toContain('Not a date');
    await field.fill('2022-01-24');
    await field.press('Enter');
    await field.blur();
    expect(await saved(p.page)).toContain('Saved');
    expect(json('article.json').published).toMatchObject({
      date: '2022-01-24',
      precision: 'day',
      inferred: false,
    });
    clean(p);
  });

  it('accepts every proposal of a passage in one click', async () => {
    const p = await openReview();
    const before = await left(p.page);
    const button = p.page.locator('[data-testid^="accept-passage-"]').first();
    const n = parseInt((await button.innerText()).match(/\((\d+)\)/)![1]!, 10);
    const pid = (await button.getAttribute('data-testid'))!.replace('accept-passage-', '');
    await button.click();
    await expect.poll(() => left(p.page)).toBeLessThanOrEqual(before - n);
    expect(await p.page.locator(`[data-pid="${pid}"] .mention.proposed`).count()).toBe(0);
    await expect.poll(() => p.page.getByTestId(`accept-passage-${pid}`).count()).toBe(0);
    clean(p);
  });

  it('corrects a place name and removes a place with its mentions', async () => {
    const p = await openReview();
    const ids = await p.page
      .locator('ul.places li')
      .evaluateAll((li) => li.map((x) => x.getAttribute('data-place-id')));
    const [first, second] = ids as string[];
    const en = p.page.getByTestId(`name-en-${first}`);
    await en.fill('Corrected name');
    await en.press('Enter');
    await en.blur();
    const mentionsOfSecond = json('mentions.json').filter((m: { placeId: string }) => m.placeId === second);
    await p.page.getByTestId(`remove-${second}`).click();
    await expect.poll(() => p.page.locator(`ul.places li[data-place-id="${second}"]`).count()).toBe(0);
    for (const m of mentionsOfSecond) expect(await mention(p.page, m.id).count()).toBe(0);
    await p.page.getByTestId('undo').click();
    await expect.poll(() => p.page.locator(`ul.places li[data-place-id="${second}"]`).count()).toBe(1);
    await p.page.getByTestId(`remove-${second}`).click();
    expect(await saved(p.page)).toContain('Saved');
    const places = json('places.geojson').features as { id: string; properties: { name_en: string } }[];
    expect(places.find((f) => f.id === first)!.properties.name_en).toBe('Corrected name');
    expect(places.some((f) => f.id === second)).toBe(false);
    clean(p);
  });

  it('adds an event the tool missed', async () => {
    const p = await openReview();
    const form = p.page.getByTestId('add-event');
    await form.locator('summary').click();
    await form.getByLabel('Date').fill('2022-01');
    await form.getByLabel('English title').fill('Talks on the crossing');
    await form.getByLabel('Passage').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Add event' }).click();
    await expect.poll(() => p.page.getByTestId('message').innerText()).toContain('Event added');
    expect(await saved(p.page)).toContain('Saved');
    const ev = (json('events.json') as { id: string }[]).find((e) => e.id === 'ev-ed01');
    expect(ev).toMatchObject({ date: '2022-01', precision: 'month', origin: 'article' });
    await shot(p.page, 'review-publish-events');
    clean(p);
  });
});
