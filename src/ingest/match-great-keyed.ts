/**
 * A great city a cue word introduces by a short key that GeoNames writes otherwise in Arabic (issue
 * 18, round 28): GeoNames' only Arabic name of Cúcuta is «سوسوتا», a misreading, so «مدينة كوكوتا»
 * matches no Arabic name, and its key of two consonants (`KTA`) is read among large places only
 * (`match-spelling.ts`), where smaller namesakes (Cácota, Cucaita) leave no one place.
 *
 * Trigger: an unknown Arabic city or town after a cue word (`cue-unknown-name`) whose key has two
 * consonants, and its later bare mentions (`same-name-later`, the same name).
 * Guards: the one world city of `GREAT_CITY` people or more with that key among its first Latin names
 * (`latinKeyed`), in a country the article names and within `KEY_KM` of its places (if it names
 * any), none of whose Arabic names has that key.
 * Examples: «وصلت الشاحنات إلى مدينة كوكوتا في كولومبيا» (Colombia), «فر السكان إلى مدينة
 * سورات في الهند» (India, were GeoNames to write Surat otherwise).
 */
import { readAs, ARABIC, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { km } from './gazetteer.ts';
import { latinKeyed } from './match-spelling.ts';
import { arabicKey, consonants } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';

/** A city this large is the one reading of a short key among its smaller namesakes. */
const GREAT_CITY = 500_000;

/** As `match-spelling.ts` reads a short key: within this distance (km) of the article's places, if any. */
const KEY_KM = 300;

const TOWN_KINDS = new Set(['city', 'town']);

export function greatKeyedCities(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const unknown = (m: PlaceMatch) =>
    m.placeId === null && !!m.after && !!m.kind && TOWN_KINDS.has(m.kind) && ARABIC.test(m.after);
  const known = out.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)!] : []));
  const named = new Set(known.flatMap((e) => (e.kind === 'country' && e.country ? [e.country] : [])));
  const points = known.filter((e) => e.kind !== 'country').map((e) => e.point);
  const near = (e: GazetteerEntry) => !points.length || points.some((p) => km(p, e.point) <= KEY_KM);
  const found = new Map<string, GazetteerEntry>();
  for (const m of out) {
    if (!unknown(m) || m.rule !== 'cue-unknown-name' || found.has(m.after!)) continue;
    const key = arabicKey(m.after!.replace(/^و/u, ''));
    if (consonants(key) !== 2) continue;
    const great = latinKeyed(index, key).filter(
      (e) =>
        TOWN_KINDS.has(e.kind) &&
        (e.population ?? 0) >= GREAT_CITY &&
        !!e.country &&
        named.has(e.country) &&
        near(e) &&
        e.names.ar.every((x) => arabicKey(x) !== key),
    );
    if (great.length === 1) found.set(m.after!, great[0]!);
  }
  if (!found.size) return [...out];
  return out.map((m) => {
    const e =
      unknown(m) && (m.rule === 'cue-unknown-name' || m.rule === 'same-name-later') && found.get(m.after!);
    if (!e) return m;
    const note = `GeoNames writes ${e.names.en[0]} otherwise in Arabic; the article's spelling matches its Latin name: check it`;
    return readAs(m, e.id, 'great-latin-key', note);
  });
}
