import { describe, expect, it } from 'vitest';
import { CardLoader, type CardComponent } from '../../src/panel/card-loader.svelte.ts';

const Card = (() => undefined) as unknown as CardComponent;

describe('CardLoader (the place card on demand)', () => {
  it('loads once, however often it is asked', async () => {
    let calls = 0;
    const loader = new CardLoader(
      async () => (calls++, { default: Card }),
      () => undefined,
    );
    expect(loader.component).toBeNull();
    await Promise.all([loader.load(), loader.load()]);
    await loader.load();
    expect(calls).toBe(1);
    expect(loader.component).toBe(Card);
    expect(loader.failed).toBe(false);
  });

  it('a failed load says so, and the next load tries again', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const loader = new CardLoader(
      async () => {
        if (fail) throw new Error('chunk failed');
        return { default: Card };
      },
      (e) => errors.push(e),
    );
    await loader.load();
    expect(loader.failed).toBe(true);
    expect(loader.component).toBeNull();
    expect(errors).toHaveLength(1);
    fail = false;
    const again = loader.load();
    expect(loader.failed).toBe(false);
    await again;
    expect(loader.component).toBe(Card);
    expect(errors).toHaveLength(1);
  });
});
