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
 * An upward arrow as a signed-distance-field RGBA image (edge at alpha 192, as MapLibre's SDF
 * icons expect), so the layer can colour it per theme and rotate it towards the place.
 */
export function arrowImage(size = 32): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(size * size * 4);
  // Triangle with apex at the top centre; distances in px, positive inside.
  const pts: [number, number][] = [
    [size / 2, size * 0.14],
    [size * 0.84, size * 0.84],
    [size * 0.16, size * 0.84],
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let d = Infinity;
      let inside = true;
      for (let i = 0; i < 3; i++) {
        const [ax, ay] = pts[i]!;
        const [bx, by] = pts[(i + 1) % 3]!;
        const ex = bx - ax;
        const ey = by - ay;
        const t = Math.max(0, Math.min(1, ((x + 0.5 - ax) * ex + (y + 0.5 - ay) * ey) / (ex * ex + ey * ey)));
        d = Math.min(d, Math.hypot(x + 0.5 - (ax + t * ex), y + 0.5 - (ay + t * ey)));
        if ((x + 0.5 - ax) * ey - (y + 0.5 - ay) * ex > 0) inside = false;
      }
      const signed = inside ? d : -d;
      const i = (y * size + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
      data[i + 3] = Math.max(0, Math.min(255, Math.round(192 + signed * 24)));
    }
  }
  return { width: size, height: size, data };
}
