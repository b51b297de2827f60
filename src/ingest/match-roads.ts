/**
 * Numbered roads (issue 18, round 10): "Highway 63", "Route 9", "Interstate 10", «الطريق السريع رقم 5»,
 * «الطريق رقم 7»: a road of its own, proposed without geometry (no source in the repository has roads).
 */
import { splits } from './clitics.ts';
import { adjacent, isUpper, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

/** Capitalised English words that name a road with the number after them. */
const EN_ROAD = new Set(['highway', 'route', 'interstate', 'motorway', 'freeway', 'expressway']);
/** «الطريق» (optionally «السريع» or «الدولي») then «رقم» and the number. */
const AR_ROAD = norm('طريق');
const AR_ROAD_ADJ = new Set(['السريع', 'الدولي', 'السريعة'].map(norm));
const AR_NUMBER = norm('رقم');
const isNumber = (w: string) => /^\p{N}{1,4}$/u.test(w);

function road(nt: Normalised, start: number, end: number): PlaceMatch {
  const name = nt.cps.slice(start, end).join('');
  return unknownPlace({
    start,
    end,
    rule: 'numbered-road',
    kind: 'road',
    name,
    after: name,
    note: 'a numbered road: draw it on the map if it matters to the story',
  });
}

/** The numbered roads among words no earlier rule took; takes their words. */
export function numberedRoads(
  nt: Normalised,
  toks: readonly Token[],
  taken: Uint8Array,
  lang: 'ar' | 'en',
): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  const free = (from: number, to: number) => {
    for (let t = from; t <= to; t++) if (!toks[t] || taken[t]) return false;
    for (let t = from + 1; t <= to; t++)
      if (!adjacent(nt.cps, toks[t - 1]!.end, toks[t]!.start)) return false;
    return true;
  };
  for (let i = 0; i + 1 < toks.length; i++) {
    const tok = toks[i]!;
    let last = -1;
    let start = tok.start;
    if (lang === 'en') {
      if (EN_ROAD.has(tok.n) && isUpper(nt.cps[tok.start]) && isNumber(toks[i + 1]!.n)) last = i + 1;
    } else {
      // «الطريق», «والطريق»: the article, and any clitic before it, which the mention leaves out.
      const sp = splits(tok.n).find((x) => x.article && x.rest === AR_ROAD);
      const j = AR_ROAD_ADJ.has(toks[i + 1]!.n) ? i + 2 : i + 1;
      if (sp && toks[j]?.n === AR_NUMBER && toks[j + 1] && isNumber(toks[j + 1]!.n)) {
        last = j + 1;
        start = nt.map[tok.ni + sp.skip]!;
      }
    }
    if (last < 0 || !free(i, last)) continue;
    for (let t = i; t <= last; t++) taken[t] = 1;
    out.push(road(nt, start, toks[last]!.end));
    i = last;
  }
  return out;
}
