/** Chromium's Arabic cluster spans reordered so ActualText readers see whole words (issue 17.15). */
import { describe, expect, it } from 'vitest';
import { reorderClusterSpans } from '../../src/export/pdf-text.ts';

// As Chromium writes "خ" (U+062E): the dot mark (cid 0x4A) first, offset into the letter, then the
// dotless body (cid 0x11), 6.6 px wide at 11 px; then the next letter.
const SPAN =
  '/F10 11 Tf\n1 0 0 -1 100 50 Tm\n<0045> Tj\n' +
  '/Span<</ActualText <FEFF062E> >> BDC\n6.3 -1.2 Td <004A> Tj\n-1 1.2 Td <0011> Tj\nEMC\n' +
  '6.6 0 Td <0002> Tj\n';
const widths: Record<number, number> = { 0x45: 0.5, 0x4a: 0.2, 0x11: 0.6, 0x02: 0.3 };
const widthOf = (_font: string, cid: number) => widths[cid] ?? 0;

/** The drawn position of each glyph (Td is relative to the line start; Tj advances move nothing). */
function positions(text: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  let x = 0;
  let y = 0;
  for (const m of text.matchAll(/(-?[\d.]+) (-?[\d.]+) Td|<([0-9A-F]+)> Tj/g)) {
    if (m[3]) out.set(m[3], [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]);
    else [x, y] = [x + Number(m[1]), y + Number(m[2])];
  }
  return out;
}

describe('reorderClusterSpans', () => {
  const r = reorderClusterSpans(SPAN, widthOf);

  it('draws the body first, so the span starts at the letter, not at its dot', () => {
    expect(r.changed).toBe(1);
    const span = /BDC\n([\s\S]*?)EMC/.exec(r.text)![1]!;
    expect(span.indexOf('<0011>')).toBeLessThan(span.indexOf('<004A>'));
  });

  it('moves nothing: every glyph at the same place, the next letter too', () => {
    expect(positions(r.text)).toEqual(positions(SPAN));
  });

  it("ends the span at the body's end through character spacing, reset after", () => {
    // Body at x 5.3, 6.6 wide → ends at 11.9; the mark at 6.3 advances 2.2, so Tc = 11.9 - 8.5.
    expect(r.text).toMatch(/3\.4 Tc\n-?[\d.]+ -?[\d.]+ Td <004A> Tj\n0 Tc\n/);
  });

  it('leaves a span whose first glyph is already the body alone', () => {
    const body = SPAN.replace(
      '6.3 -1.2 Td <004A> Tj\n-1 1.2 Td <0011> Tj',
      '5.3 0 Td <0011> Tj\n1 -1.2 Td <004A> Tj',
    );
    expect(reorderClusterSpans(body, widthOf)).toEqual({ text: body, changed: 0 });
  });
});
