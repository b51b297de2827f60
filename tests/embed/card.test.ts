import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { posterCard } from '../../src/embed/card-node.ts';
import { shippedModel } from '../static/helpers.ts';

describe('poster card (og:image)', () => {
  it('rasterises the opening view to a 1200×630 PNG with drawn text and places', async () => {
    const { png, svg } = await posterCard(shippedModel(), '.', 'en');
    const img = PNG.sync.read(Buffer.from(png));
    expect([img.width, img.height]).toEqual([1200, 630]);
    expect(svg).toContain('Semalka');
    // Not blank: many distinct colours (basemap, areas, labels, markers).
    const colours = new Set<number>();
    for (let i = 0; i < img.data.length; i += 4 * 97) colours.add(img.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(20);
  }, 60_000);
});
