import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { timelineInput } from '../../src/timeline/data.ts';
import { layoutTimeline } from '../../src/timeline/layout.ts';
import { storyDomain } from '../../src/timeline/scale.ts';
import { renderTimelineSvg } from '../../src/timeline/svg.ts';

const dir = resolve(import.meta.dirname, '..', '..', 'geodata', 'hasakah-prison-us-statement-2022');
const { bundle } = readArticleFromDisk(dir);
const model = buildModel(bundle!);

describe('the article timeline', () => {
  it('matches the golden SVG (English, left to right)', async () => {
    const svg = renderTimelineSvg(timelineInput(model, 'en'), {
      width: 800,
      height: 120,
      lang: 'en',
      dir: 'ltr',
    });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/article-timeline.svg');
  });

  it('matches the golden SVG (Arabic, right to left, Arabic-Indic digits)', async () => {
    const svg = renderTimelineSvg(timelineInput(model, 'ar', 'arab'), {
      width: 800,
      height: 120,
      lang: 'ar',
      dir: 'rtl',
      digits: 'arab',
    });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/article-timeline-ar.svg');
  });

  it('shows the story by default, with the fiscal year clipped on both sides', () => {
    const input = timelineInput(model, 'en');
    const layout = layoutTimeline(input, {
      width: 800,
      height: 120,
      lang: 'en',
      dir: 'ltr',
      view: storyDomain(input.items),
    });
    expect(layout.marks.map((m) => m.id).sort()).toEqual([...model.events.map((e) => e.id)].sort());
    const fy = layout.marks.find((m) => m.id === 'fy2022_funding_request')!;
    expect(fy.clipped).toEqual({ left: true, right: true });
    const closure = layout.marks.find((m) => m.id === 'semalka_closed_period')!;
    expect(closure.kind).toBe('range');
    expect(closure.clipped).toEqual({ left: false, right: false });
    expect(layout.published?.label).toBe('Published 23 Jan (inferred)');
  });

  it('puts overlapping marks in different lanes', () => {
    const input = timelineInput(model, 'en');
    const layout = layoutTimeline(input, {
      width: 390,
      height: 120,
      lang: 'en',
      dir: 'rtl',
      view: storyDomain(input.items),
    });
    const pairs = layout.marks.flatMap((a, i) => layout.marks.slice(i + 1).map((b) => [a, b] as const));
    const overlapping = pairs.filter(([a, b]) => a.x < b.x + b.w && b.x < a.x + a.w);
    // At 390 px the story's events crowd: the check below must have pairs to check.
    expect(overlapping.length).toBeGreaterThan(0);
    expect(layout.laneCount).toBeGreaterThan(1);
    const sameLane = overlapping.filter(([a, b]) => a.lane === b.lane).map(([a, b]) => `${a.id}/${b.id}`);
    expect(sameLane).toEqual([]);
  });

  it('runs time right to left in RTL', () => {
    const input = timelineInput(model, 'ar');
    const layout = layoutTimeline(input, {
      width: 800,
      height: 120,
      lang: 'ar',
      dir: 'rtl',
      view: storyDomain(input.items),
    });
    const x = (id: string) => layout.marks.find((m) => m.id === id)!.cx;
    expect(x('attack_began')).toBeGreaterThan(x('sdf_full_control'));
  });
});
