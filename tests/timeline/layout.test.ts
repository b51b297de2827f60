import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { timelineInput } from '../../src/timeline/data.ts';
import {
  MIN_TARGET,
  hitBox,
  hitTest,
  labelsCollide,
  layoutTimeline,
  type Layout,
} from '../../src/timeline/layout.ts';
import { storyDomain } from '../../src/timeline/scale.ts';

describe('labelsCollide', () => {
  it.each<[string, { x: number; label: string }[], boolean]>([
    [
      'far apart',
      [
        { x: 50, label: '19 Dec' },
        { x: 150, label: '26 Dec' },
      ],
      false,
    ],
    [
      'touching (under 8 px between)',
      [
        { x: 50, label: '19 Dec' },
        { x: 90, label: '26 Dec' },
      ],
      true,
    ],
    [
      'in right-to-left order too',
      [
        { x: 90, label: '26 Dec' },
        { x: 50, label: '19 Dec' },
      ],
      true,
    ],
    ['one tick', [{ x: 50, label: '19 Dec' }], false],
    ['none', [], false],
  ])('%s', (_, ticks, want) => expect(labelsCollide(ticks)).toBe(want));
});

const dir = resolve(import.meta.dirname, '..', '..', 'geodata', 'hasakah-prison-us-statement-2022');
const model = buildModel(readArticleFromDisk(dir).bundle!);

describe('axis ticks of the article timeline', () => {
  it.each([
    ['ar', 'arab', 292, 70],
    ['ar', 'latn', 304, 70],
    ['ar', 'latn', 362, 70],
    ['en', 'latn', 292, 70],
    ['en', 'latn', 740, 95],
    ['ar', 'arab', 740, 95],
  ] as const)(
    '%s (%s digits) at %i px: at least two ticks, no labels touching',
    (lang, digits, width, tickSpacing) => {
      const input = timelineInput(model, lang, digits);
      const layout = layoutTimeline(input, {
        width,
        height: 84,
        lang,
        dir: lang === 'ar' ? 'rtl' : 'ltr',
        digits,
        view: storyDomain(input.items),
        top: 6,
        tickSpacing,
      });
      expect(layout.ticks.length).toBeGreaterThanOrEqual(2);
      expect(labelsCollide(layout.ticks)).toBe(false);
    },
  );
});

describe('the publication label', () => {
  it.each([
    ['en', 'ltr', 310],
    ['en', 'ltr', 800],
    ['ar', 'rtl', 310],
    ['ar', 'ltr', 310],
  ] as const)('%s, time %s, %i px: stays whole inside the strip', (lang, dir, width) => {
    const input = timelineInput(model, lang);
    const layout = layoutTimeline(input, { width, height: 108, lang, dir, view: storyDomain(input.items) });
    const pub = layout.published!;
    const half = (pub.label.length * 6.2) / 2;
    expect(pub.labelX - half).toBeGreaterThanOrEqual(0);
    expect(pub.labelX + half).toBeLessThanOrEqual(width);
    // The rule itself stays on the day.
    expect(Math.abs(pub.labelX - pub.x)).toBeLessThanOrEqual(half);
  });
});

describe('mark targets (WCAG 2.2 2.5.8)', () => {
  // A 13 px instant at (100, 40) and a wide bar below it.
  const diamond = { x: 93.5, y: 33.5, w: 13, h: 13 };
  const bar = { x: 20, y: 60, w: 200, h: 10 };
  const layout = {
    marks: [
      { ...diamond, id: 'd', kind: 'instant' },
      { ...bar, id: 'b', kind: 'range' },
    ],
  } as unknown as Layout;

  it.each([
    ['a small mark is a 24 px square around its middle', diamond, 0, { x: 88, y: 28, w: 24, h: 24 }],
    ['slop grows it further when larger', diamond, 8, { x: 85.5, y: 25.5, w: 29, h: 29 }],
    ['a wide bar keeps its width, only its height grows', bar, 0, { x: 20, y: 53, w: 200, h: 24 }],
  ])('%s', (_, m, slop, want) => expect(hitBox(m, slop)).toEqual(want));

  it.each([
    [100 + 11.5, 40, 'd'],
    [100, 40 - 11.5, 'd'],
    [100 + 12.5, 40, null],
    [150, 65 + 11.5, 'b'],
    [150, 65 + 12.5, null],
  ])('a pointer at (%d, %d) hits %s', (x, y, want) => expect(hitTest(layout, x, y, 0)).toBe(want));

  it('is 24 px', () => expect(MIN_TARGET).toBe(24));
});
