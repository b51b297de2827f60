/**
 * A minimal Mapbox Vector Tile (MVT 2.1) reader: layers, features, their properties and geometry,
 * with the interface of `@mapbox/vector-tile` that the static renderer uses (`layers[name].extent`,
 * `.length`, `.feature(i).type / .properties / .loadGeometry()`). The pair `@mapbox/vector-tile` +
 * `pbf` + `@mapbox/point-geometry` was ~5 KB gzipped of the embed's pre-interaction JavaScript (issue
 * 9.2); this is ~1. A unit test decodes every shipped tile with both and compares them.
 */

export interface MvtPoint {
  x: number;
  y: number;
}

export type MvtValue = string | number | boolean;

export interface MvtFeature {
  /** 0 unknown, 1 point, 2 line, 3 polygon (the spec's `GeomType`). */
  type: 0 | 1 | 2 | 3;
  id: number | undefined;
  properties: Record<string, MvtValue>;
  /** Each MoveTo starts a ring; ClosePath repeats the ring's first point (as `@mapbox/vector-tile`). */
  loadGeometry(): MvtPoint[][];
}

export interface MvtLayer {
  name: string;
  extent: number;
  length: number;
  feature(i: number): MvtFeature;
}

export interface MvtTile {
  layers: Record<string, MvtLayer>;
}

const utf8 = new TextDecoder();

/** A protobuf cursor over `buf[pos, end)`. */
class Reader {
  constructor(
    readonly buf: Uint8Array,
    public pos = 0,
    readonly end = buf.length,
  ) {}

  varint(): number {
    let v = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new Error('truncated varint');
      const b = this.buf[this.pos++]!;
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
    throw new Error('varint too long');
  }

  /** A length-delimited field as a sub-reader. */
  sub(): Reader {
    const len = this.varint();
    const start = this.pos;
    this.pos += len;
    if (this.pos > this.end) throw new Error('truncated field');
    return new Reader(this.buf, start, this.pos);
  }

  string(): string {
    const r = this.sub();
    return utf8.decode(this.buf.subarray(r.pos, r.end));
  }

  /** Skips a field of wire type `wt`. */
  skip(wt: number): void {
    if (wt === 0) this.varint();
    else if (wt === 1) this.pos += 8;
    else if (wt === 2) this.pos = this.sub().end;
    else if (wt === 5) this.pos += 4;
    else throw new Error(`wire type ${wt}`);
  }

  packed(): number[] {
    const r = this.sub();
    const out: number[] = [];
    while (r.pos < r.end) out.push(r.varint());
    return out;
  }
}

const zigzag = (n: number) => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);

function readValue(r: Reader): MvtValue | null {
  let v: MvtValue | null = null;
  const view = new DataView(r.buf.buffer, r.buf.byteOffset, r.buf.byteLength);
  while (r.pos < r.end) {
    const tag = r.varint();
    const f = Math.floor(tag / 8);
    const wt = tag & 7;
    if (f === 1 && wt === 2) v = r.string();
    else if (f === 2 && wt === 5) {
      v = view.getFloat32(r.pos, true);
      r.pos += 4;
    } else if (f === 3 && wt === 1) {
      v = view.getFloat64(r.pos, true);
      r.pos += 8;
    } else if (f === 4 && wt === 0) {
      const n = r.varint();
      v = n >= 2 ** 63 ? n - 2 ** 64 : n; // int64: negatives are 10-byte two's complement
    } else if (f === 5 && wt === 0) v = r.varint();
    else if (f === 6 && wt === 0) v = zigzag(r.varint());
    else if (f === 7 && wt === 0) v = r.varint() !== 0;
    else r.skip(wt);
  }
  return v;
}

function geometry(cmds: readonly number[]): MvtPoint[][] {
  const rings: MvtPoint[][] = [];
  let ring: MvtPoint[] | null = null;
  let x = 0;
  let y = 0;
  for (let i = 0; i < cmds.length;) {
    const c = cmds[i++]!;
    const cmd = c & 7;
    const count = c >> 3;
    if (cmd === 1 || cmd === 2) {
      for (let k = 0; k < count && i + 1 < cmds.length; k++) {
        x += zigzag(cmds[i++]!);
        y += zigzag(cmds[i++]!);
        if (cmd === 1) {
          if (ring) rings.push(ring);
          ring = [];
        }
        ring?.push({ x, y });
      }
    } else if (cmd === 7) {
      if (ring?.length) ring.push({ x: ring[0]!.x, y: ring[0]!.y });
    } else throw new Error(`geometry command ${cmd}`);
  }
  if (ring) rings.push(ring);
  return rings;
}

function readLayer(r: Reader): MvtLayer {
  let name = '';
  let extent = 4096;
  const keys: string[] = [];
  const values: (MvtValue | null)[] = [];
  const features: Reader[] = [];
  while (r.pos < r.end) {
    const tag = r.varint();
    const f = Math.floor(tag / 8);
    const wt = tag & 7;
    if (f === 1 && wt === 2) name = r.string();
    else if (f === 2 && wt === 2) features.push(r.sub());
    else if (f === 3 && wt === 2) keys.push(r.string());
    else if (f === 4 && wt === 2) values.push(readValue(r.sub()));
    else if (f === 5 && wt === 0) extent = r.varint();
    else r.skip(wt);
  }
  return {
    name,
    extent,
    length: features.length,
    feature(i: number): MvtFeature {
      const fr = features[i]!;
      const c = new Reader(fr.buf, fr.pos, fr.end);
      let id: number | undefined;
      let type: MvtFeature['type'] = 0;
      let tags: number[] = [];
      let cmds: number[] = [];
      while (c.pos < c.end) {
        const tag = c.varint();
        const fl = Math.floor(tag / 8);
        const wt = tag & 7;
        if (fl === 1 && wt === 0) id = c.varint();
        else if (fl === 2 && wt === 2) tags = c.packed();
        else if (fl === 3 && wt === 0) type = c.varint() as MvtFeature['type'];
        else if (fl === 4 && wt === 2) cmds = c.packed();
        else c.skip(wt);
      }
      // No prototype: a key from the file (`__proto__`) stays a key.
      const properties = Object.create(null) as Record<string, MvtValue>;
      for (let k = 0; k + 1 < tags.length; k += 2) {
        const key = keys[tags[k]!];
        const value = values[tags[k + 1]!];
        if (key !== undefined && value != null) properties[key] = value;
      }
      return { type, id, properties, loadGeometry: () => geometry(cmds) };
    },
  };
}

/** Decodes a tile's layers (features are decoded when asked for). Throws on malformed bytes. */
export function readTile(bytes: Uint8Array): MvtTile {
  const r = new Reader(bytes);
  const layers: Record<string, MvtLayer> = Object.create(null) as Record<string, MvtLayer>;
  while (r.pos < r.end) {
    const tag = r.varint();
    if (Math.floor(tag / 8) === 3 && (tag & 7) === 2) {
      const layer = readLayer(r.sub());
      layers[layer.name] = layer;
    } else r.skip(tag & 7);
  }
  return { layers };
}
