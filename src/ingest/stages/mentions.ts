/**
 * Stage 3 of the pipeline: the mentions. Reviewed mentions of the previous run are re-anchored by
 * quote and context in the new text (or reported lost); the matcher's proposals fill the rest; the
 * anaphors ("هذا المعبر", "this crossing") point back to the most recent earlier place of their kind.
 */
import type { PlaceKind } from '../../model/types.ts';
import { findAnaphors } from '../anaphora.ts';
import { isReviewed, reanchor, selectors, type DraftMention } from '../draft.ts';
import { matchPlaces, type PlaceMatch } from '../match.ts';
import type { GazetteerEntry } from '../types.ts';
import type { StageContext } from './context.ts';

/** A gazetteer entry some proposal links to: its first match and every candidate seen. */
export interface UsedEntry {
  entry: GazetteerEntry;
  first: PlaceMatch;
  candidates: Set<string>;
}

export interface DraftedMentions {
  /** Sorted by start. */
  mentions: DraftMention[];
  /** Entries proposed, by id, in first-match order. */
  usedEntries: Map<string, UsedEntry>;
  /** Names the gazetteer does not have, by `kind|name`: the id of their new place and first match. */
  unknown: Map<string, { id: string; m: PlaceMatch }>;
}

/** The reviewed mentions kept and the matcher's proposals around them. */
export function draftMentions(ctx: StageContext): DraftedMentions {
  const { input, cps, prev, passages, passageAt, report } = ctx;
  const { text, lang, index } = input;
  const mentions: DraftMention[] = [];
  const claimed: { start: number; end: number }[] = [];
  if (prev) {
    for (const m of prev.mentions.filter(isReviewed)) {
      const at = reanchor(cps, m.selector[1], m.selector[0].start);
      if (at === null) {
        report.lost.push(
          `mention ${m.id} "${m.selector[1].exact}" (${m.placeId}): its quote is no longer in the text; not kept`,
        );
        continue;
      }
      const end = at + Array.from(m.selector[1].exact).length;
      const p = passageAt(at, end);
      if (!p) {
        report.lost.push(`mention ${m.id} "${m.selector[1].exact}": now outside the article body; not kept`);
        continue;
      }
      if (at !== m.selector[0].start)
        report.moved.push(`mention ${m.id} "${m.selector[1].exact}": ${m.selector[0].start} → ${at}`);
      mentions.push({ ...m, passageId: p.id, selector: selectors(cps, at, end) });
      claimed.push({ start: at, end });
      report.kept.mentions++;
    }
  }

  const matches = matchPlaces(text, index, { lang, within: passages });
  const usedEntries = new Map<string, UsedEntry>();
  const unknown = new Map<string, { id: string; m: PlaceMatch }>();
  let unknownN = 0;
  for (const m of matches) {
    if (claimed.some((c) => m.start < c.end && c.start < m.end)) continue;
    const p = passageAt(m.start, m.end)!;
    let placeId = m.placeId;
    if (placeId === null) {
      const key = `${m.kind}|${m.name}`;
      let u = unknown.get(key);
      if (!u) {
        unknownN++;
        u = { id: `new_${m.kind}_${unknownN}`, m };
        unknown.set(key, u);
      }
      placeId = u.id;
    } else {
      const found = index.entries.get(placeId);
      if (!found) continue; // an organisation's inner place missing from this gazetteer
      const entry = m.at ? placedRiver(found, m.at) : found;
      const used = usedEntries.get(placeId) ?? { entry, first: m, candidates: new Set<string>() };
      for (const c of m.candidates) used.candidates.add(c);
      usedEntries.set(placeId, used);
    }
    mentions.push({
      id: '',
      placeId,
      passageId: p.id,
      role: m.role,
      selector: selectors(cps, m.start, m.end),
      status: 'proposed',
      proposal: {
        rule: m.rule,
        ...(m.candidates.length > 1 ? { candidates: m.candidates } : {}),
        ...(m.note ? { note: m.note } : {}),
      },
    });
    report.proposedMentions++;
  }
  mentions.sort((a, b) => a.selector[0].start - b.selector[0].start);
  return { mentions, usedEntries, unknown };
}

/**
 * Adds the anaphors to `mentions` (kept sorted): each back to the most recent earlier place of the
 * kind it names. `kindOf` is every place's kind, `passageIndex` every passage's position.
 */
export function addAnaphors(
  ctx: StageContext,
  mentions: DraftMention[],
  kindOf: ReadonlyMap<string, PlaceKind>,
  passageIndex: ReadonlyMap<string, number>,
): void {
  const { input, cps, passages, passageAt, report } = ctx;
  const antecedents = mentions.flatMap((m) => {
    const kind = kindOf.get(m.placeId);
    return m.role === 'place' && kind
      ? [
          {
            placeId: m.placeId,
            kind,
            start: m.selector[0].start,
            passage: passageIndex.get(m.passageId) ?? -1,
          },
        ]
      : [];
  });
  const taken = mentions.map((m) => ({ start: m.selector[0].start, end: m.selector[0].end }));
  for (const a of findAnaphors(input.text, input.lang, antecedents, passages, taken)) {
    mentions.push({
      id: '',
      placeId: a.placeId,
      passageId: passageAt(a.start, a.end)!.id,
      role: 'anaphor',
      selector: selectors(cps, a.start, a.end),
      status: 'proposed',
      proposal: {
        rule: a.rule,
        ...(a.candidates.length > 1 ? { candidates: a.candidates } : {}),
        note: a.note,
      },
    });
    report.proposedMentions++;
  }
  mentions.sort((a, b) => a.selector[0].start - b.selector[0].start);
}

/** A river entry placed for this article at the point of its line its first mention chose (`PlaceMatch.at`). */
function placedRiver(e: GazetteerEntry, at: NonNullable<PlaceMatch['at']>): GazetteerEntry {
  const placed: GazetteerEntry = {
    ...e,
    point: at.point,
    precision_m: at.precision_m,
    note: `${e.names.en[0] ?? 'river'} (${e.source.title}): the point of its line nearest the article's other places (a vertex of the source line with the least summed distance to them), not its middle; its precision is that point's distance to the nearest of them, at least 10 km.`,
  };
  delete placed.vertices;
  return placed;
}
