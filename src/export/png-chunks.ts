/**
 * A tiny PNG chunk writer and reader: CRC-32 (ISO 3309, as PNG specifies), iTXt chunks (UTF-8
 * text, uncompressed), inserted right after IHDR so readers see them before the image data.
 * Pure; runs in the browser and in node.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let table: Uint32Array | undefined;

/** CRC-32 of `bytes` (polynomial 0xEDB88320), as used in every PNG chunk. */
export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const latin1 = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

/** One chunk: length, type, data, CRC over type + data. */
export function chunk(type: string, data: Uint8Array): Uint8Array {
  if (!/^[A-Za-z]{4}$/.test(type)) throw new Error(`bad chunk type ${type}`);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(latin1(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * An iTXt chunk (PNG 1.2 §11.3.4.5): Latin-1 keyword (1–79 bytes), no compression, no language
 * tag, UTF-8 text.
 */
export function itxt(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword) || /^ | $| {2}/.test(keyword))
    throw new Error(`bad iTXt keyword ${JSON.stringify(keyword)}`);
  const key = latin1(keyword);
  const value = new TextEncoder().encode(text);
  // keyword \0 compression-flag compression-method language-tag \0 translated-keyword \0 text
  const data = new Uint8Array(key.length + 5 + value.length);
  data.set(key, 0);
  data.set(value, key.length + 5);
  return chunk('iTXt', data);
}

function checkSignature(png: Uint8Array): void {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG file');
}

/** A pHYs chunk: the print resolution, in pixels per metre. */
export function phys(dpi: number): Uint8Array {
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  const ppm = Math.round(dpi / 0.0254);
  view.setUint32(0, ppm);
  view.setUint32(4, ppm);
  data[8] = 1;
  return chunk('pHYs', data);
}

/** `png` with one iTXt chunk per entry (and any `extra` chunks), placed right after IHDR. */
export function withTextChunks(
  png: Uint8Array,
  entries: readonly (readonly [string, string])[],
  extra: readonly Uint8Array[] = [],
): Uint8Array {
  checkSignature(png);
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const chunks = [...extra, ...entries.map(([k, v]) => itxt(k, v))];
  const added = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + added);
  out.set(png.subarray(0, ihdrEnd), 0);
  let at = ihdrEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(ihdrEnd), at);
  return out;
}

/** Every chunk's type, data, and whether its CRC is right. */
export function readChunks(png: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  checkSignature(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array; crcOk: boolean }[] = [];
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const crcOk = view.getUint32(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length));
    out.push({ type, data, crcOk });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return out;
}

/** The iTXt (uncompressed) and tEXt entries of a PNG, keyword → text. */
export function readTextChunks(png: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const { type, data } of readChunks(png)) {
    if (type === 'tEXt') {
      const z = data.indexOf(0);
      out.set(String.fromCharCode(...data.subarray(0, z)), String.fromCharCode(...data.subarray(z + 1)));
    } else if (type === 'iTXt') {
      const z = data.indexOf(0);
      const keyword = String.fromCharCode(...data.subarray(0, z));
      if (data[z + 1] !== 0) continue; // compressed: not written by us
      const langEnd = data.indexOf(0, z + 3);
      const transEnd = data.indexOf(0, langEnd + 1);
      out.set(keyword, new TextDecoder().decode(data.subarray(transEnd + 1)));
    }
  }
  return out;
}
