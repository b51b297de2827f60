/**
 * Anaphors: a reference such as "هذا المعبر" / "this crossing" to a place the article named before
 * (shared contract 3, role `anaphor`). Proposed, never decided: the place is the most recent earlier
 * mention of a place of that kind, and every other earlier place of that kind is a candidate, so the
 * reviewer can relink with one click.
 *
 *   - demonstrative + noun (هذا/هذه/ذلك/تلك + ال…, this/that + noun): rule `anaphor:demonstrative`,
 *     anywhere after the antecedent;
 *   - the definite noun alone (المعبر، والمعبر، بالمعبر، للمعبر; "the crossing"): rule
 *     `anaphor:definite`; for the kinds a text often uses generically (city, town, village,
 *     neighbourhood, governorate, region: "the city" far from any city) only when the antecedent is
 *     in the same or the previous passage. A crossing, facility or river named once is what "the
 *     crossing" means further on, and the review page can reject a mention but not add one, so
 *     recall wins there.
 * The span covers the words without a proclitic (و ف ب ك ل), like every other mention.
 */
import { normalise, tokens, type Token } from './normalize.ts';
import type { PlaceKind } from './types.ts';

/** An earlier mention a reference may point back to. */
export interface Antecedent {
  placeId: string;
  kind: PlaceKind;
  start: number;
  /** Index of its passage in reading order. */
  passage: number;
}

export interface AnaphorMatch {
  start: number;
  end: number;
  placeId: string;
  /** Earlier places of a compatible kind, most recent first (the chosen one first). */
  candidates: string[];
  rule: 'anaphor:demonstrative' | 'anaphor:definite';
  note: string;
}

/** Nouns that refer back to a place, by matching form (see normalize.ts), with the kind they name. */
const AR_NOUNS = new Map<string, PlaceKind>([
  ['معبر', 'crossing'],
  ['مدينه', 'city'],
  ['بلده', 'town'],
  ['قريه', 'village'],
  ['حي', 'neighbourhood'],
  ['سجن', 'facility'],
  ['مخيم', 'facility'],
  ['مطار', 'facility'],
  ['مستشفي', 'facility'],
  ['جسر', 'facility'],
  ['سد', 'facility'],
  ['نهر', 'river'],
  ['محافظه', 'governorate'],
  ['اقليم', 'region'],
]);
const AR_DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك']);
/** Proclitics before ال (للمعبر = ل + المعبر, its ال's alef dropped). */
const AR_CLITICS = ['وب', 'وك', 'فب', 'و', 'ف', 'ب', 'ك'];

const EN_NOUNS = new Map<string, PlaceKind>([
  ['crossing', 'crossing'],
  ['city', 'city'],
  ['town', 'town'],
  ['village', 'village'],
  ['neighbourhood', 'neighbourhood'],
  ['neighborhood', 'neighbourhood'],
  ['prison', 'facility'],
  ['camp', 'facility'],
  ['airport', 'facility'],
  ['hospital', 'facility'],
  ['bridge', 'facility'],
  ['dam', 'facility'],
  ['river', 'river'],
  ['governorate', 'governorate'],
  ['province', 'governorate'],
  ['region', 'region'],
]);
const EN_DEMONSTRATIVES = new Set(['this', 'that']);
/** "the city of X", "the crossing point": the noun starts a name or a compound, not a reference. */
const EN_NOT_AFTER = new Set(['of', 'point', 'points', 'council', 'authority', 'administration']);

/** Kinds whose bare definite noun ("the city") is often generic: proposed only near a named one. */
const GENERIC = new Set<PlaceKind>(['city', 'town', 'village', 'neighbourhood', 'governorate', 'region']);

/** A city may be called a town and a town a city; other kinds refer only to their own. */
export function compatible(noun: PlaceKind, place: PlaceKind): boolean {
  if (noun === place) return true;
  return (noun === 'city' || noun === 'town') && (place === 'city' || place === 'town');
}

/** The noun of an Arabic definite word (ال + noun, after a proclitic) with the offset of its ال. */
function arDefinite(t: Token, nt: ReturnType<typeof normalise>): { kind: PlaceKind; start: number } | null {
  const w = t.n;
  const at = (k: number) => nt.map[t.ni + k]!;
  if (w.startsWith('لل') && AR_NOUNS.has(w.slice(2)))
    return { kind: AR_NOUNS.get(w.slice(2))!, start: at(1) };
  for (const c of ['', ...AR_CLITICS]) {
    if (!w.startsWith(`${c}ال`)) continue;
    const kind = AR_NOUNS.get(w.slice(c.length + 2));
    if (kind) return { kind, start: at(c.length) };
  }
  return null;
}

interface Ref {
  start: number;
  end: number;
  kind: PlaceKind;
  rule: AnaphorMatch['rule'];
}

function references(text: string, lang: 'ar' | 'en'): Ref[] {
  const nt = normalise(text);
  const ts = tokens(nt);
  const out: Ref[] = [];
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    const next = ts[i + 1];
    if (lang === 'ar') {
      if (AR_DEMONSTRATIVES.has(t.n) && next) {
        const d = arDefinite(next, nt);
        if (d && d.start === next.start) {
          out.push({ start: t.start, end: next.end, kind: d.kind, rule: 'anaphor:demonstrative' });
          i++;
          continue;
        }
      }
      const d = arDefinite(t, nt);
      if (d) out.push({ start: d.start, end: t.end, kind: d.kind, rule: 'anaphor:definite' });
      continue;
    }
    const kind = next ? EN_NOUNS.get(next.n) : undefined;
    if (!next || !kind) continue;
    const after = ts[i + 2]?.n;
    if (after && EN_NOT_AFTER.has(after)) continue;
    if (EN_DEMONSTRATIVES.has(t.n)) {
      out.push({ start: t.start, end: next.end, kind, rule: 'anaphor:demonstrative' });
      i++;
    } else if (t.n === 'the') {
      out.push({ start: t.start, end: next.end, kind, rule: 'anaphor:definite' });
      i++;
    }
  }
  return out;
}

/**
 * Proposed anaphors of `text`. `antecedents` are the article's place mentions (any order);
 * `passages` the body passages in order; `taken` the ranges already claimed by mentions (a cue word
 * inside "معبر سيمالكا" is part of that name, not a reference).
 */
export function findAnaphors(
  text: string,
  lang: 'ar' | 'en',
  antecedents: readonly Antecedent[],
  passages: readonly { start: number; end: number }[],
  taken: readonly { start: number; end: number }[],
): AnaphorMatch[] {
  const byStart = [...antecedents].sort((a, b) => b.start - a.start);
  const passageOf = (at: number) => passages.findIndex((p) => p.start <= at && at < p.end);
  const out: AnaphorMatch[] = [];
  for (const r of references(text, lang)) {
    if (taken.some((t) => r.start < t.end && t.start < r.end)) continue;
    const here = passageOf(r.start);
    if (here < 0) continue;
    const earlier = byStart.filter((a) => a.start < r.start && compatible(r.kind, a.kind));
    const first = earlier[0];
    if (!first) continue;
    if (r.rule === 'anaphor:definite' && GENERIC.has(r.kind) && here - first.passage > 1) continue;
    const candidates = [...new Set(earlier.map((a) => a.placeId))].slice(0, 5);
    out.push({
      start: r.start,
      end: r.end,
      placeId: first.placeId,
      candidates,
      rule: r.rule,
      note:
        candidates.length > 1
          ? `refers back to a ${r.kind}: the most recent one mentioned before it; the others are candidates`
          : `refers back to the ${r.kind} mentioned before it`,
    });
  }
  return out;
}
