/** The live timeline's stylesheet and the standalone SVG's embedded styles say the same thing. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIMELINE_CSS } from '../../src/timeline/svg.ts';

/** The rules of a stylesheet as `selector{decl;decl}` strings: comments and formatting dropped. */
const rules = (css: string): string[] =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .split('}')
    .map((r) => r.trim())
    .filter(Boolean);

describe('timeline mark styles', () => {
  const file = readFileSync(resolve(import.meta.dirname, '../../src/timeline/marks.css'), 'utf8');

  it('marks.css has the rules of TIMELINE_CSS, in order', () => {
    expect(rules(file)).toEqual(rules(TIMELINE_CSS));
  });

  it('styles every certainty and both origins', () => {
    const all = rules(file).join('\n');
    for (const sel of ['.tl-mark.high', '.tl-mark.medium', '.tl-mark.low', '.tl-mark.context'])
      expect(all).toContain(sel);
  });
});
