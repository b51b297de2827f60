/**
 * A dateline's place, written in capitals, is a settlement even where the world index leaves it out
 * as a village (issue 18, round 24): a village is read only where the text introduces it ("the
 * village of X"), and a dateline introduces the place the report was filed from. "SEYNE-LES-ALPES,
 * France —" (a French village), "LYNMOUTH, England —", "GRINDAVIK, Iceland —".
 *
 * Trigger (English): at a line's start, one to four words in capitals, then a comma and a capitalised
 * word, that no match holds: the GeoNames village of that name the world index leaves out
 * (`villageNamed`), read as written ("SEYNE-LES-ALPES" or "Seyne les Alpes"); later mentions follow
 * (`villageMentions`). Guards: one such village only, in a country of the article's places. Round
 * 29b: with no such village, a name the text proposes as a place no source has is the dateline's
 * too ("MATI, Greece — … the seaside village of Mati").
 */
import { villageNamed, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

/** A line's first words in capitals, then a comma and a capitalised word. */
const DATELINE = /(?:^|\n)(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,3}),\s+(?=\p{Lu})/gu;

export function datelineVillages(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const text = nt.cps.join('');
  const countries = new Set(
    out.flatMap((m) => (m.placeId ? (index.entries.get(m.placeId)?.country ?? []) : [])),
  );
  const read = [...out];
  for (const d of text.matchAll(DATELINE)) {
    const name = d[1]!;
    // Code-point offsets of the name.
    const start = Array.from(text.slice(0, d.index + d[0].indexOf(name))).length;
    const end = start + Array.from(name).length;
    if (read.some((m) => m.start < end && start < m.end)) continue;
    const spellings = new Set([norm(name), norm(name.replace(/-/gu, ' '))]);
    const found = [...new Set([...spellings].flatMap((n) => villageNamed(index, n)))].filter(
      (v) => !!v.country && countries.has(v.country),
    );
    // Round 29b: no such village, but the text proposes the name as a place no source has ("MATI,
    // Greece — … the seaside village of Mati"): the dateline is that place.
    const named = out.find((m) => m.placeId === null && !!m.after && spellings.has(norm(m.after)));
    if (found.length === 0 && named?.kind) {
      read.push(
        unknownPlace({
          start,
          end,
          rule: 'same-name-later dateline',
          kind: named.kind,
          name,
          after: named.after,
          note: `the same name as "${named.name ?? named.after}" in the text`,
        }),
      );
      continue;
    }
    if (found.length !== 1) continue;
    const v = found[0]!;
    index.entries.set(v.id, v);
    read.push({
      start,
      end,
      placeId: v.id,
      role: 'place',
      rule: 'geonames-village dateline',
      candidates: [v.id],
      note: 'the dateline’s place: a GeoNames village the world index leaves out',
    });
  }
  return read.sort((a, b) => a.start - b.start);
}
