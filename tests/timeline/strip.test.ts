/**
 * The timeline strip's layout (shared by the embed and the map exports): marks in time order along
 * the axis (reversed right to left), inside the band, labels that never overlap, dodging, rows.
 */
import { describe, expect, it } from 'vitest';
import {
  dodge,
  layoutStrip,
  stripPositions,
  type StripEvent,
  type StripInput,
} from '../../src/timeline/strip.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2022, 0, 1);
const ev = (id: string, day: number, over: Partial<StripEvent> = {}): StripEvent => ({
  id,
  start: T0 + day * DAY,
  end: T0 + (day + 1) * DAY,
  range: false,
  certainty: 'high',
  origin: 'article',
  label: `day ${day}`,
  ...over,
});
const colours = { ink: '#000000', muted: '#555555', accent: '#ff0000', line: '#cccccc', halo: '#ffffff' };
/** 6 px per character, as a fixed-pitch font. */
const measure = (s: string, px: number) => s.length * px * 0.6;

function input(events: StripEvent[], over: Partial<StripInput> = {}): StripInput {
  return {
    events,
    domain: { start: T0, end: T0 + 31 * DAY },
    selected: null,
    width: 600,
    timeDir: 'ltr',
    dir: 'ltr',
    heading: 'Timeline',
    key: 'Key',
    ends: ['1 Jan', '31 Jan'],
    measure,
    colours,
    ...over,
  };
}

const overlap = (a: { x: number; w: number }, b: { x: number; w: number }) =>
  Math.abs(a.x - b.x) < (a.w + b.w) / 2;

describe('stripPositions', () => {
  it('places events by start between the first and last start, or in a given domain', () => {
    const spans = [
      ['a', { start: 0, end: 1 }],
      ['b', { start: 50, end: 60 }],
      ['c', { start: 100, end: 101 }],
    ] as const;
    expect([...stripPositions(spans)]).toEqual([
      ['a', 0],
      ['b', 0.5],
      ['c', 1],
    ]);
    expect(stripPositions(spans, { start: 0, end: 200 }).get('c')).toBe(0.5);
    expect(stripPositions([['x', { start: 5, end: 6 }]]).get('x')).toBe(0.5);
  });
});

describe('dodge', () => {
  it.each([
    { c: [10, 20, 30], w: [20, 20, 20], width: 100 },
    { c: [50, 50, 50, 50], w: [10, 30, 10, 20], width: 100 },
    { c: [0, 1, 99, 100], w: [20, 20, 20, 20], width: 100 },
  ])('keeps boxes apart, in order and inside the band: %j', ({ c, w, width }) => {
    const xs = dodge(c, w, width, 4)!;
    for (let i = 0; i < xs.length; i++) {
      expect(xs[i]! - w[i]! / 2).toBeGreaterThanOrEqual(-1e-9);
      expect(xs[i]! + w[i]! / 2).toBeLessThanOrEqual(width + 1e-9);
      if (i > 0) expect(xs[i]! - w[i]! / 2 - (xs[i - 1]! + w[i - 1]! / 2)).toBeGreaterThanOrEqual(4 - 1e-9);
    }
  });
  it('leaves boxes that do not collide where they want to be', () => {
    expect(dodge([10, 50, 90], [10, 10, 10], 100, 4)).toEqual([10, 50, 90]);
  });
  it('says when the boxes cannot fit', () => {
    expect(dodge([10, 20], [60, 60], 100, 4)).toBeNull();
  });
});

describe('layoutStrip', () => {
  const events = [
    ev('a', 2),
    ev('b', 10, { origin: 'context' }),
    ev('c', 11),
    ev('d', 25, { certainty: 'low' }),
  ];
  const markOf = (l: ReturnType<typeof layoutStrip>, id: string) => l.marks.find((m) => m.id === id)!.x;

  it('puts the marks in time order, inside the band, reversed when time runs right to left', () => {
    const ltr = layoutStrip(input(events));
    const xs = ['a', 'b', 'c', 'd'].map((id) => markOf(ltr, id));
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(600);
    }
    const rtl = layoutStrip(input(events, { timeDir: 'rtl' }));
    for (const id of ['a', 'b', 'c', 'd']) expect(markOf(rtl, id)).toBeCloseTo(600 - markOf(ltr, id), 6);
  });

  it('labels every date, no two labels overlapping in a row, all inside the band', () => {
    const crowd = Array.from({ length: 9 }, (_, i) =>
      ev(`e${i}`, 10 + i * 0.3, { label: `20${i} Jan 2022` }),
    );
    const l = layoutStrip(input(crowd, { width: 400 }));
    expect(l.labels).toHaveLength(9);
    expect(l.unlabelled).toBe(0);
    for (const a of l.labels) {
      expect(a.x - a.w / 2).toBeGreaterThanOrEqual(-1e-9);
      expect(a.x + a.w / 2).toBeLessThanOrEqual(400 + 1e-9);
      for (const b of l.labels) if (a !== b && a.row === b.row) expect(overlap(a, b)).toBe(false);
    }
    expect(Math.max(...l.labels.map((a) => a.row))).toBeGreaterThan(0);
  });

  it('draws everything inside its own height and width', () => {
    const l = layoutStrip(input(events));
    for (const it of l.items) {
      const ys = it.kind === 'line' ? [it.y1, it.y2] : [it.y];
      for (const y of ys) {
        expect(y).toBeGreaterThan(0);
        expect(y).toBeLessThanOrEqual(l.height);
      }
      if (it.kind === 'text' && it.align === 'center') {
        expect(it.x - measure(it.s, it.px) / 2).toBeGreaterThanOrEqual(0);
        expect(it.x + measure(it.s, it.px) / 2).toBeLessThanOrEqual(600);
      }
    }
  });

  it('gives up labels it cannot fit, context first, and says how many', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      ev(`e${i}`, i, { label: `a long date label ${i}`, origin: i === 3 ? 'article' : 'context' }),
    );
    const l = layoutStrip(input(many, { width: 300, unlabelledNote: (n) => `(${n} unlabelled)` }));
    expect(l.unlabelled).toBeGreaterThan(0);
    expect(l.labels.map((a) => a.id)).toContain('e3');
    const texts = l.items.filter((i) => i.kind === 'text').map((i) => (i as { s: string }).s);
    expect(texts.join(' ')).toContain(`(${l.unlabelled} unlabelled)`);
  });

  it('marks the selected event in the accent colour and draws low certainty dashed and hollow', () => {
    const l = layoutStrip(input(events, { selected: 'c' }));
    const mark = (id: string) =>
      l.items.find((i) => i.kind === 'mark' && i.id === id) as Extract<
        (typeof l.items)[number],
        { kind: 'mark' }
      >;
    expect(mark('c').fill).toBe('#ff0000');
    expect(mark('a').fill).toBe('#000000');
    expect(mark('d')).toMatchObject({ dashed: true, fillOpacity: 0 });
    expect(mark('b').shape).toBe('circle');
    expect(mark('a').shape).toBe('diamond');
    const label = l.items.find((i) => i.kind === 'text' && i.s === 'day 11');
    expect(label).toMatchObject({ colour: '#ff0000' });
  });

  it('draws spans as bars clipped to the domain, in lanes', () => {
    const spans = [
      ev('fy', -100, { range: true, end: T0 + 300 * DAY, label: 'FY' }),
      ev('r', 5, { range: true, end: T0 + 15 * DAY, label: 'span' }),
    ];
    const l = layoutStrip(input(spans));
    const bars = l.items.filter((i) => i.kind === 'mark' && i.shape === 'bar') as {
      x: number;
      y: number;
      size: number;
    }[];
    expect(bars).toHaveLength(2);
    for (const b of bars) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.size).toBeLessThanOrEqual(600);
    }
    expect(bars[0]!.y).not.toBe(bars[1]!.y);
  });
});
