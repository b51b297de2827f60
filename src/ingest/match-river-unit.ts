/**
 * A river and a first-level unit named after it (issue 18, round 23): Sudan's River Nile state is
 * «ولاية نهر النيل» in Natural Earth, so «نهر النيل» alone reads both, and the article's country made
 * the state win («غمرت مياه نهر النيل منازل في الدامر»: the river's waters). A name written with its
 * river word and no unit word before it names the river; with one («بولاية نهر النيل») the unit.
 *
 * Trigger: an Arabic mention read as a first-level unit whose text opens with «نهر», when a river is
 * among its candidates. Guard: a unit word before it (`AR_UNIT_WORDS`, with a clitic) keeps the unit.
 */
import { AR_UNIT_WORDS } from './cues.ts';
import { readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';

const RIVER_WORD = norm('نهر');

export function riversOverUnits(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const text = nt.cps.join('');
  return out.map((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (e?.kind !== 'governorate') return m;
    const words = nt.cps.slice(m.start, m.end).join('').trim().split(/\s+/u);
    if (norm(words[0] ?? '').replace(/^[وفب]/u, '') !== RIVER_WORD) return m;
    const river = m.candidates.map((id) => index.entries.get(id)).find((c) => c?.kind === 'river');
    if (!river) return m;
    const before = norm(text.slice(0, m.start).trim().split(/\s+/u).pop() ?? '');
    // The unit word as written, or after one or two clitics («بولاية», «وبولاية»).
    if ([0, 1, 2].some((k) => AR_UNIT_WORDS.has(before.slice(k)) && /^[وفب]*$/u.test(before.slice(0, k))))
      return m;
    return readAs(m, river.id, 'river-over-unit', `the river: no unit word before «${words.join(' ')}»`);
  });
}
