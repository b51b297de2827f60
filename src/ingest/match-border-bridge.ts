/**
 * A bridge on a border is a crossing (issue 18, round 30): «جسر سيمون بوليفار» between Colombia and
 * Venezuela, "the Hakari bridge" into Armenia, «جسر الملك فهد» between Saudi Arabia and Bahrain are
 * where people cross from one country to the next, as a border crossing is; a bridge inside a country
 * (the Morandi bridge in Genoa, «جسر الجمرات») stays a facility.
 *
 * Trigger: an unknown place of kind `facility` whose proposed name holds a bridge word («جسر»,
 * "bridge", "causeway"), in a sentence that holds a border word («الحدود», «الحدودي», «الحدودية»,
 * "border", "frontier") or places of two countries («بين كولومبيا وسان أنطونيو ديل تاتشيرا», «يربط
 * البحرين بالسعودية»). Every unknown place of that proposed name (its later occurrences) becomes a
 * `crossing`. Guards: none beyond the sentence; a known place is never changed.
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

const BRIDGE = /(?:^|[\s\u0600-\u06ff])(?:و?ب?ل?)?(?:ال)?جسر|\b(?:[Bb]ridge|[Cc]auseway)\b/u;
const BORDER = /(?:ال)?حدود(?:ي|ية)?|حدودي|\b[Bb]order|\b[Ff]rontier/u;

/** The sentence around `[start, end)`: from the last full stop or line break before to the next after. */
function sentence(nt: Normalised, start: number, end: number): [number, number] {
  const cps = nt.cps;
  let a = start;
  while (a > 0 && !/[.!?؟\n]/u.test(cps[a - 1]!)) a--;
  let b = end;
  while (b < cps.length && !/[.!?؟\n]/u.test(cps[b]!)) b++;
  return [a, b];
}

export function borderBridges(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const onBorder = (m: PlaceMatch) => {
    const [a, b] = sentence(nt, m.start, m.end);
    if (BORDER.test(nt.cps.slice(a, b).join(''))) return true;
    const countries = new Set(
      out
        .filter((o) => o.placeId && o.start >= a && o.end <= b)
        .flatMap((o) => index.entries.get(o.placeId!)?.country ?? []),
    );
    return countries.size >= 2;
  };
  const names = new Set(
    out
      .filter(
        (m) => m.placeId === null && m.kind === 'facility' && !!m.name && BRIDGE.test(m.name) && onBorder(m),
      )
      .map((m) => m.name!),
  );
  if (!names.size) return [...out];
  return out.map((m) =>
    m.placeId === null && m.kind === 'facility' && m.name && names.has(m.name)
      ? {
          ...m,
          kind: 'crossing',
          rule: `${m.rule} border-bridge`,
          note: `${m.note ? `${m.note}; ` : ''}a bridge on a border (its sentence says so): proposed as a crossing`,
        }
      : m,
  );
}
