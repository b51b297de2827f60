import { describe, expect, it } from 'vitest';
import { clipLine, clipRing, esc, pathData, splitColor } from '../../src/static/svg.ts';
import { layoutText, measure, wrap } from '../../src/static/text.ts';
import { roundNumber } from '../../src/static/furniture.ts';

const rect = { x0: 0, y0: 0, x1: 10, y1: 10 };

describe('svg helpers', () => {
  it('escapes markup and quotes', () => {
    expect(esc(`<img src="x">&'`)).toBe('&#60;img src=&#34;x&#34;&#62;&#38;&#39;');
  });
  it.each([
    ['rgba(176, 122, 52, 0.06)', { color: '#b07a34', alpha: 0.06 }],
    ['rgb(0,0,0)', { color: '#000000', alpha: 1 }],
    ['#abc', { color: '#abc', alpha: 1 }],
  ])('splits %s', (css, want) => expect(splitColor(css)).toEqual(want));

  it('path data is relative and exact after rounding', () => {
    expect(
      pathData(
        [
          [
            [0, 0],
            [1.04, 0],
            [1.04, 2.26],
          ],
        ],
        false,
      ),
    ).toBe('M0 0l1 0l0 2.3');
    expect(
      pathData(
        [
          [
            [0, 0],
            [0.01, 0.01],
          ],
        ],
        true,
      ),
    ).toBe(''); // zero length after rounding
  });

  it('clips a ring to the rectangle whatever its winding', () => {
    const cw: [number, number][] = [
      [-5, -5],
      [15, -5],
      [15, 15],
      [-5, 15],
    ];
    for (const ring of [cw, [...cw].reverse()]) {
      const out = clipRing(ring, rect);
      const xs = out.map((p) => p[0]);
      const ys = out.map((p) => p[1]);
      expect(Math.min(...xs)).toBe(0);
      expect(Math.max(...xs)).toBe(10);
      expect(Math.min(...ys)).toBe(0);
      expect(Math.max(...ys)).toBe(10);
    }
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
        ],
        rect,
      ),
    ).toEqual([]);
  });

  it('splits a line that leaves and re-enters the rectangle', () => {
    const parts = clipLine(
      [
        [-5, 5],
        [5, 5],
        [5, 20],
        [8, 20],
        [8, 5],
      ],
      rect,
    );
    expect(parts).toEqual([
      [
        [0, 5],
        [5, 5],
        [5, 10],
      ],
      [
        [8, 10],
        [8, 5],
      ],
    ]);
  });
});

describe('text layout', () => {
  it('wraps at text-max-width and honours explicit breaks', () => {
    expect(wrap('a\nb', 14)).toEqual(['a', 'b']);
    expect(wrap('Semalka border crossing', 14, 8).length).toBe(2);
    expect(wrap('Semalka', 14, 8)).toEqual(['Semalka']);
  });
  it('anchors name the side that touches the point', () => {
    const t = layoutText(['abc'], 100, 100, 10, 'left', [0, 0]);
    expect(t.box.x0).toBe(100);
    const r = layoutText(['abc'], 100, 100, 10, 'right', [0, 0]);
    expect(r.box.x1).toBe(100);
    const top = layoutText(['abc'], 100, 100, 10, 'top', [0, 1.1]);
    expect(top.box.y0).toBeCloseTo(111);
  });
  it('measures Arabic narrower than Latin capitals', () => {
    expect(measure('سجن', 10)).toBeLessThan(measure('ABC', 10));
  });
  it.each([
    [87, 50],
    [150, 100],
    [2.4, 2],
    [0.7, 0.7],
    [31, 30],
  ])('scale bar rounds %s to %s', (n, want) => expect(roundNumber(n)).toBe(want));
});
