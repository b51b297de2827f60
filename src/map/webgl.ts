/** Whether this browser can create a WebGL context (MapLibre needs WebGL 1 or 2). */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** An upward arrow as an SDF-ready RGBA image, for edge indicators (rotated by the layer). */
export function arrowImage(size = 32): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(size * size * 4);
  const mid = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // A chevron-shaped triangle: apex at the top, base at 80% height.
      const top = size * 0.12;
      const base = size * 0.82;
      const inTri = y >= top && y <= base && Math.abs(x - mid) <= ((y - top) / (base - top)) * mid * 0.9;
      const notch = y > size * 0.55 && Math.abs(x - mid) < (y - size * 0.55) * 0.9;
      data[(y * size + x) * 4 + 3] = inTri && !notch ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}
