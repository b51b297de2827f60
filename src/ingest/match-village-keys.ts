/**
 * An Arabic village or small town a cue word introduces, found by its Latin name's consonant key among
 * the GeoNames villages the world index leaves out (issue 18, round 21): the Arabic counterpart of the
 * English "the village of Schuld" (`cueNamedPlaces`). Arabic newsrooms name a small place once with
 * its cue («بلدة أماتريتشي», «قرية شولد») and then bare; the world index keeps only places of 5,000
 * or more, and `cueNamedPlaces` keys only those. Trigger: an unknown settlement a cue word proposed
 * («بلدة», «قرية», «مدينة»; rule `cue-unknown-name`), and its later bare mentions (`same-name-later`,
 * the same `after`). Guards: a key of three consonants or more (`spelling-key.ts`); a village with no
 * Arabic name, in a country the article names, within `VILLAGE_KM` of one of its other places (a key
 * of `LONG_KEY` consonants or more anywhere in that country, round 27); the nearest wins. A name that
 * ran on into a list («قرية X وY») is read by its first word when the whole is no village, and Y stays
 * an unknown place of the cue's kind (round 27). The note asks for a check, as every keyed reading does.
 * Examples: «غمرت السيول قرية شولد قرب بون في ألمانيا» (Germany, Schuld), «دفن الانهيار الطيني قرية
 * غينساغون شرق ماسين في الفلبين» (Philippines, Guinsaugon).
 */
import { km } from './gazetteer.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { arabicKey, consonants, latinKeysOf } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';

/** A keyed village is read only this near (km) one of the article's other places. */
const VILLAGE_KM = 60;

/**
 * A key of this many consonants names one village of a country (round 27): read anywhere in a country
 * the article names, however far from its other places (an Icelandic or Georgian name of six).
 */
const LONG_KEY = 5;
const long = (key: string) => consonants(key) >= LONG_KEY;

const SETTLEMENTS = new Set(['city', 'town', 'village']);

/** The left-out villages with no Arabic name, by the keys of their Latin names; built on first use. */
const keyTables = new WeakMap<MatchIndex, Map<string, GazetteerEntry[]>>();

export function villagesKeyed(index: MatchIndex, key: string): readonly GazetteerEntry[] {
  let table = keyTables.get(index);
  if (!table) {
    table = new Map();
    for (const v of index.villages.list) {
      if (v.names.ar.length) continue;
      for (const k of latinKeysOf(v, true)) {
        if (consonants(k) < 3) continue;
        const list = table.get(k) ?? [];
        list.push(v);
        table.set(k, list);
      }
    }
    keyTables.set(index, table);
  }
  return table.get(key) ?? [];
}

export function keyedVillages(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const known = out.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)] : [])).filter((e) => !!e);
  const named = new Set(known.flatMap((e) => (e.kind === 'country' && e.country ? [e.country] : [])));
  const points = known.filter((e) => e.kind !== 'country').map((e) => e.point);
  if (!named.size || !points.length) return [...out];
  const near = (v: GazetteerEntry) => Math.min(...points.map((p) => km(p, v.point)));
  const unknown = (m: PlaceMatch) => m.placeId === null && !!m.after && !!m.kind && SETTLEMENTS.has(m.kind);
  const found = new Map<string, { v: GazetteerEntry; cut: number } | undefined>();
  const lookup = (name: string) => {
    const key = arabicKey(name.replace(/^و/u, ''));
    if (consonants(key) < 3) return undefined;
    return villagesKeyed(index, key)
      .filter((x) => !!x.country && named.has(x.country) && (near(x) <= VILLAGE_KM || long(key)))
      .sort((a, b) => near(a) - near(b))[0];
  };
  for (const m of out) {
    if (!unknown(m) || m.rule !== 'cue-unknown-name' || found.has(m.after!)) continue;
    const v = lookup(m.after!);
    // Round 27: a name that ran on into a list («قرية X وY»): the first word, the match cut before «و».
    const listed = /^(\S+) و\S+$/u.exec(m.after!)?.[1];
    const first = !v && listed ? lookup(listed) : undefined;
    const cut = Array.from(m.after!).length - Array.from(listed ?? '').length;
    found.set(m.after!, v ? { v, cut: 0 } : first ? { v: first, cut } : undefined);
  }
  return out.flatMap((m) => {
    const hit = unknown(m) ? found.get(m.after!) : undefined;
    if (!hit) return [m];
    const { v, cut } = hit;
    index.entries.set(v.id, v);
    const read: PlaceMatch = {
      start: m.start,
      end: m.end - cut,
      placeId: v.id,
      role: m.role,
      rule: `${m.rule} village-key`,
      candidates: [v.id],
      note: `GeoNames has no Arabic name for the village ${v.names.en[0]}; the article's spelling matches its Latin name: check it`,
    };
    if (!cut) return [read];
    // The word listed after it is another place of the cue's kind, unknown («وY»: Y).
    const rest = m.after!.split(' و')[1]!;
    const start = m.end - Array.from(rest).length;
    return [read, { ...m, start, name: rest, after: rest, rule: `${m.rule} listed` }];
  });
}
