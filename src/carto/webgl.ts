/** Whether this browser can create a WebGL context (MapLibre needs WebGL 1 or 2). */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    // Give the probe's context back at once: browsers cap the number of live WebGL contexts.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl != null;
  } catch {
    return false;
  }
}

/**
 * The edge indicator's arrow, pointing up before its rotation, in px around its centre: a dart with a
 * notched tail (a near-equilateral triangle read as pointing south). The live map's icon
 * (`arrowImage`) and the static renderer's path (`static/labels.ts`) are both drawn from it.
 */
export const ARROW_DART: readonly (readonly [number, number])[] = [
  [0, -12],
  [9, 10],
  [0, 4.5],
  [-9, 10],
];

/**
 * The dart (`ARROW_DART`) as a signed-distance-field RGBA image (edge at alpha 192, as MapLibre's SDF
 * icons expect), so the layer can colour it per theme and rotate it towards the place.
 */
export function arrowImage(size = 32): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(size * size * 4);
  const k = size / 32;
  const pts = ARROW_DART.map(([x, y]) => [size / 2 + x * k, size / 2 + y * k] as const);
  const n = pts.length;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      let d = Infinity;
      let inside = false;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        const [ax, ay] = pts[j]!;
        const [bx, by] = pts[i]!;
        const ex = bx - ax;
        const ey = by - ay;
        const t = Math.max(0, Math.min(1, ((px - ax) * ex + (py - ay) * ey) / (ex * ex + ey * ey)));
        d = Math.min(d, Math.hypot(px - (ax + t * ex), py - (ay + t * ey)));
        // Even-odd crossing test: the dart is concave.
        if (ay > py !== by > py && px < ax + ((py - ay) * ex) / ey) inside = !inside;
      }
      const signed = inside ? d : -d;
      const i = (y * size + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
      data[i + 3] = Math.max(0, Math.min(255, Math.round(192 + signed * 24)));
    }
  }
  return { width: size, height: size, data };
}
