import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseGazetteer } from '../../src/ingest/gazetteer.ts';

const gaz = parseGazetteer(JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')));
const byId = new Map(gaz.entries.map((e) => [e.id, e]));

describe('governorates carry the English names geoBoundaries gives them (scripts/build-gazetteer.ts 2b)', () => {
  test.each([
    ['ninewa_governorate', 'Nineveh'],
    ['salah_al_din_governorate', 'Saladin'],
    ['wassit_governorate', 'Wasit'],
    ['idleb_governorate', 'Idlib'],
  ])('%s: %s, with the source in its note', (id, name) => {
    const e = byId.get(id)!;
    expect(e.names.en).toContain(name);
    expect(e.names.en[0]).not.toBe(name); // OCHA's spelling stays the preferred one
    expect(e.note).toContain('geoBoundaries');
  });

  test("a neighbour's name is never added (the shapes are paired both ways)", () => {
    expect(byId.get('maysan_governorate')!.names.en).not.toContain('Wasit');
  });
});
