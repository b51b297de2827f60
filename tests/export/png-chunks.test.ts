/** The PNG chunk writer: CRC-32 against known values, iTXt round-trip, decodable by pngjs. */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  chunk,
  crc32,
  itxt,
  readChunks,
  readTextChunks,
  withTextChunks,
} from '../../src/export/png-chunks.ts';

const enc = (s: string) => new TextEncoder().encode(s);

function tinyPng(): Uint8Array {
  const png = new PNG({ width: 3, height: 2 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

describe('crc32', () => {
  it.each([
    ['', 0x00000000],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('%j', (s, want) => expect(crc32(enc(s))).toBe(want));

  it('matches the IEND chunk every PNG ends with', () => {
    expect([...chunk('IEND', new Uint8Array())]).toEqual([
      0, 0, 0, 0, 73, 69, 78, 68, 0xae, 0x42, 0x60, 0x82,
    ]);
  });
});

describe('iTXt', () => {
  const entries = [
    ['Title', 'بيان الخارجية الأمريكية — الحسكة'],
    ['Permalink', 'https://example.org/?article=a&place=b'],
    ['Copyright', '© OpenStreetMap contributors (ODbL 1.0)\nNatural Earth (public domain)'],
  ] as const;

  it('round-trips UTF-8 text, Arabic included, with valid CRCs', () => {
    const out = withTextChunks(tinyPng(), entries);
    expect(readChunks(out).every((c) => c.crcOk)).toBe(true);
    expect(Object.fromEntries(readTextChunks(out))).toEqual(Object.fromEntries(entries));
  });

  it('puts the chunks after IHDR, and the image still decodes', () => {
    const out = withTextChunks(tinyPng(), entries);
    expect(
      readChunks(out)
        .map((c) => c.type)
        .slice(0, 4),
    ).toEqual(['IHDR', 'iTXt', 'iTXt', 'iTXt']);
    const img = PNG.sync.read(Buffer.from(out));
    expect([img.width, img.height, img.data[0]]).toEqual([3, 2, 200]);
  });

  it.each(['', 'x'.repeat(80), ' lead', 'two  spaces', 'ü\u0100'])('rejects keyword %j', (k) => {
    expect(() => itxt(k, 'v')).toThrow(/keyword/);
  });

  it('rejects a file that is not a PNG', () => {
    expect(() => withTextChunks(enc('GIF89a...'), entries)).toThrow(/not a PNG/);
  });
});
