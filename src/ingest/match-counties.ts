/**
 * US counties and parishes read as their names say (issue 18, round 20): the world index's US Census
 * counties (`scripts/gazetteer/us-counties.ts`, each named with its suffix and `within` its state).
 *
 * - Trigger 1, a name with its suffix ("Butte County", "Orleans Parish") that the matcher left
 *   unknown or unread: no other place of the article vouched for the world entry, but the suffix is
 *   the name's own cue word, so it is accepted as a cue word accepts a world place (`acceptable`).
 * - Trigger 2, a list before or after the plural: "Perry and Knott counties", "the counties of Knott
 *   and Letcher", "Orleans and Jefferson parishes": each listed name is the county of that name with
 *   the suffix, whatever the matcher read there (the town of Perry, an unknown unit).
 * - Then, for every county read (by the matcher too), among the counties of its name: the one whose
 *   state the text names nearest it, in its sentence first ("Perry County, Kentucky"; "Floods in
 *   Perry and Knott counties, Kentucky"), else the one nearest the article's other places. A state
 *   named only in other sentences ranks the counties of the states the text names by the article's
 *   places, not by how near the state's name stands (round 24).
 *
 * Guards: a name is capitalised words only; the article names or holds a US place, or no country
 * (an Ontario article's "Essex County" is no US namesake); a bare name outside such a list is never a county
 * ("Perry" stays the town); a proposal that goes on past the county's name, or a capitalised word
 * right after it that the matcher did not read as the county ("Knott County Hospital"), is left as it is; a state's name inside a longer name ("West Virginia", "Kentucky River") names no
 * state. English only.
 */
import { EN_CUE_AFTER, EN_STOP } from './cues.ts';
import { anchorsOfMatches } from './match-anchors.ts';
import { medianKm } from './match-namesakes.ts';
import {
  acceptable,
  isUpper,
  nameTokens,
  type Anchors,
  type MatchIndex,
  type PlaceMatch,
} from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';
import { unknownPlace } from './unknown-place.ts';

/** The suffix words, by their plural. */
const PLURAL = new Map([
  ['counties', 'county'],
  ['parishes', 'parish'],
]);
const SUFFIX = new Set(PLURAL.values());
/** Between two words of one name: a space, a hyphen ("Miami-Dade") or an abbreviation's full stop ("St. Louis"). */
const IN_NAME = /^(?:\s|-|\.\s)$/u;
/** Longest county name before its suffix, in words ("Lewis and Clark" is three). */
const MOST_WORDS = 4;

/**
 * Whether the article is one a US county can be read in: it names or holds a US place, or no country
 * at all. "Essex County" in an article from Ontario is Ontario's, not a US namesake across the border.
 */
const inUS = (anchors: Anchors) => anchors.countries.size === 0 || anchors.countries.has('US');

const isCounty = (e: GazetteerEntry | undefined): e is GazetteerEntry =>
  !!e?.world && e.kind === 'district' && !!e.within;

export function countyReadings(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const gap = (a: Token, b: Token) => nt.cps.slice(a.end, b.start).join('');
  const capital = (t: Token | undefined) => !!t && isUpper(nt.cps[t.start]);
  /** The counties named by tokens [i, j) and `suffix`. */
  const named = (i: number, j: number, suffix: string): GazetteerEntry[] => {
    const words = [...toks.slice(i, j).map((t) => t.n), suffix];
    const want = nameTokens(words.join(' ')).join(' ');
    const ids = (index.byFirst.get(toks[i]!.n) ?? []).find(
      (p) => !p.org && p.toks.join(' ') === want,
    )?.entryIds;
    return (ids ?? []).map((id) => index.entries.get(id)).filter(isCounty);
  };
  /** The longest name ending before token `end` that names counties: [start, counties]. */
  const nameBefore = (end: number, suffix: string): [number, GazetteerEntry[]] | null => {
    for (let k = Math.min(MOST_WORDS, end); k >= 1; k--) {
      const i = end - k;
      const words = toks.slice(i, end);
      if (!words.every((t) => capital(t))) continue;
      if (words.some((t, w) => w > 0 && !IN_NAME.test(gap(words[w - 1]!, t)))) continue;
      const found = named(i, end, suffix);
      if (found.length) return [i, found];
    }
    return null;
  };
  /** The longest name starting at token `start` that names counties: [end, counties]. */
  const nameAfter = (start: number, suffix: string): [number, GazetteerEntry[]] | null => {
    for (let k = Math.min(MOST_WORDS, toks.length - start); k >= 1; k--) {
      const words = toks.slice(start, start + k);
      if (!words.every((t) => capital(t))) continue;
      if (words.some((t, w) => w > 0 && !IN_NAME.test(gap(words[w - 1]!, t)))) continue;
      const found = named(start, start + k, suffix);
      if (found.length) return [start + k, found];
    }
    return null;
  };

  // Each county name found: the span proposed, the region whose proposals it replaces, the counties.
  const found: {
    start: number;
    end: number;
    from: number;
    to: number;
    counties: GazetteerEntry[];
    longer?: boolean;
  }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.n;
    if (SUFFIX.has(w) && capital(toks[i])) {
      const hit = nameBefore(i, w);
      if (hit) {
        const [s, counties] = hit;
        const span = { start: toks[s]!.start, end: toks[i]!.end };
        const next = toks[i + 1];
        const longer = !!next && capital(next) && /^\s$/u.test(gap(toks[i]!, next));
        found.push({ ...span, from: span.start, to: span.end, counties, longer });
      }
      continue;
    }
    const suffix = PLURAL.get(w);
    if (!suffix) continue;
    const listed: { s: number; e: number; counties: GazetteerEntry[] }[] = [];
    if (toks[i + 1]?.n === 'of') {
      // "the counties of Knott and Letcher": names after the plural, joined by ", ", "and", ", and".
      for (let k = i + 2; k < toks.length;) {
        const hit = nameAfter(k, suffix);
        if (!hit) break;
        const e = hit[0];
        listed.push({ s: k, e, counties: hit[1] });
        const next = toks[e];
        if (!next) break;
        if (next.n === 'and' && /^,?\s$/u.test(gap(toks[e - 1]!, next))) k = e + 1;
        else if (/^,\s$/u.test(gap(toks[e - 1]!, next))) k = e;
        else break;
      }
    } else {
      // "Perry and Knott counties": names before the plural, joined so.
      for (let k = i; k > 0;) {
        const hit = nameBefore(k, suffix);
        if (!hit) break;
        const s0 = hit[0];
        listed.unshift({ s: s0, e: k, counties: hit[1] });
        const prev = toks[s0 - 1];
        if (!prev) break;
        if (prev.n === 'and' && toks[s0 - 2] && /^,?\s$/u.test(gap(toks[s0 - 2]!, prev))) k = s0 - 1;
        else if (/^,\s$/u.test(gap(prev, toks[s0]!))) k = s0;
        else break;
      }
    }
    if (listed.length < 1) continue;
    const from = Math.min(toks[i]!.start, toks[listed[0]!.s]!.start);
    const to = Math.max(toks[i]!.end, toks[listed.at(-1)!.e - 1]!.end);
    for (const l of listed)
      found.push({ start: toks[l.s]!.start, end: toks[l.e - 1]!.end, from, to, counties: l.counties });
  }
  if (found.length === 0) return [...out];

  let result = [...out];
  const anchors = anchorsOfMatches(
    out.filter((m) => !isCounty(index.entries.get(m.placeId ?? ''))),
    index,
  );
  const cue = EN_CUE_AFTER.get('county');
  for (const f of found) {
    const clash = result.filter((m) => m.start < f.end && m.end > f.start);
    // A longer name that holds the county's ("Knott County Hospital") is left as it is.
    if (clash.some((m) => m.start < f.from || m.end > f.to)) continue;
    const already = clash.find(
      (m) => m.start === f.start && m.end === f.end && isCounty(index.entries.get(m.placeId ?? '')),
    );
    // Nor is a name that goes on ("Knott County Hospital") unless the matcher read the county there.
    if (f.longer && !already) continue;
    if (!inUS(anchors)) {
      // Another country's county: an unknown district with its suffix, never a US namesake.
      if (already) result = [...result.filter((x) => x !== already), abroad(already, f)];
      continue;
    }
    const pick = choose(f.counties, f, anchors);
    if (!already && !acceptable(pick.entry, anchors, cue)) continue;
    const m: PlaceMatch = {
      start: f.start,
      end: f.end,
      placeId: pick.entry.id,
      role: 'place',
      rule: already ? `${already.rule} county-state` : 'county-name',
      candidates: [pick.entry.id, ...f.counties.filter((e) => e !== pick.entry).map((e) => e.id)],
      note: pick.why,
    };
    result = [...result.filter((x) => !clash.includes(x)), m];
  }
  return result.sort((a, b) => a.start - b.start);

  /** The county `m` read, as an unknown district named as written ("Essex County"; later "Essex" alone). */
  function abroad(m: PlaceMatch, f: { start: number; end: number }): PlaceMatch {
    const name = nt.cps.slice(f.start, f.end).join('');
    const after = name.replace(/\s+\S+$/u, '');
    return unknownPlace({
      start: f.start,
      end: f.end,
      rule: `${m.rule} county-abroad`,
      kind: 'district',
      name,
      after,
    });
  }

  /** Among namesake counties: the one whose state is named nearest (in its sentence first), else the nearest. */
  function choose(
    counties: readonly GazetteerEntry[],
    at: { start: number; end: number },
    anchors: Anchors,
  ): { entry: GazetteerEntry; why: string } {
    let best: { entry: GazetteerEntry; key: [number, number]; state: string } | undefined;
    const statesNamed = new Map<GazetteerEntry, string>();
    for (const c of counties) {
      const state = index.entries.get(c.within!);
      for (const n of state?.names.en ?? []) {
        const want = nameTokens(n);
        for (let i = 0; i + want.length <= toks.length; i++) {
          if (!want.every((w, k) => toks[i + k]!.n === w) || !capital(toks[i])) continue;
          const last = toks[i + want.length - 1]!;
          const before = toks[i - 1];
          const after = toks[i + want.length];
          // Inside a longer name ("West Virginia", "Kentucky River"): no state named; a capitalised
          // stop word opening the sentence ("In Kentucky, …") is none of it.
          if (before && capital(before) && !EN_STOP.has(before.n) && IN_NAME.test(gap(before, toks[i]!)))
            continue;
          if (after && capital(after) && IN_NAME.test(gap(last, after))) continue;
          const [a, b] = toks[i]!.start < at.start ? [last.end, at.start] : [at.end, toks[i]!.start];
          const key: [number, number] = [/[.!?\n]/u.test(nt.cps.slice(a, b).join('')) ? 1 : 0, b - a];
          if (!best || key[0] < best.key[0] || (key[0] === best.key[0] && key[1] < best.key[1]))
            best = { entry: c, key, state: n };
          statesNamed.set(c, n);
        }
      }
    }
    // Round 24: a state named in another sentence says less than the article's places do. Among the
    // counties whose states the text names, the one nearest those places ("In Mississippi … Gulfport
    // and Biloxi … in Harrison County … Officials in Texas": Harrison County, Mississippi).
    if (best && best.key[0] === 1 && anchors.points.length > 0) {
      const named = [...statesNamed].sort(
        (a, b) => medianKm(a[0].point, anchors.points) - medianKm(b[0].point, anchors.points),
      );
      best = { ...best, entry: named[0]![0], state: named[0]![1] };
    }
    if (best) return { entry: best.entry, why: `the county of ${best.state}, named in the text` };
    const first = counties[0]!;
    if (counties.length === 1 || anchors.points.length === 0)
      return {
        entry: first,
        why:
          counties.length > 1
            ? `could also be ${counties
                .slice(1)
                .map((e) => e.id)
                .join(', ')}`
            : 'a US county',
      };
    const [near] = [...counties].sort(
      (a, b) => medianKm(a.point, anchors.points) - medianKm(b.point, anchors.points),
    );
    return { entry: near!, why: 'the county of that name nearest the article’s other places' };
  }
}
