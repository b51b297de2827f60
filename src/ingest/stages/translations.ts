/**
 * Stage 5 of the pipeline: the translation mentions. In each passage's English text, the English
 * names of the places that passage mentions, and "the crossing" where the original passage has an
 * anaphor to that place. Reviewed translation mentions of the previous run keep their ids.
 */
import type { PlaceKind } from '../../model/types.ts';
import { findAnaphors } from '../anaphora.ts';
import { isReviewed, selectors, type DraftMention, type DraftTranslationMention } from '../draft.ts';
import { matchPlaces } from '../match.ts';
import type { StageContext } from './context.ts';

export function addTranslationMentions(
  ctx: StageContext,
  mentions: readonly DraftMention[],
  passageIdMap: ReadonlyMap<string, string>,
  kindOf: ReadonlyMap<string, PlaceKind>,
  passageIndex: ReadonlyMap<string, number>,
  ids: { taken: Set<string>; next: (prefix: string) => string },
): void {
  const { input, prev, passages, report } = ctx;
  const { index } = input;
  const takenIds = ids.taken;
  const nextId = ids.next;
  const earlierTm: { placeId: string; passage: number }[] = [];
  // Every kept translation mention keeps its id: reserve them all before numbering new ones.
  for (const q of prev?.passages ?? [])
    for (const t of q.translation.en.mentions ?? []) if (isReviewed(t)) takenIds.add(t.id);
  for (const p of passages) {
    const en = p.translation.en;
    const old = prev?.passages.find((q) => passageIdMap.get(q.id) === p.id);
    const keptTm = (old?.translation.en.mentions ?? []).filter(isReviewed);
    if (!en.text) continue;
    const tms: DraftTranslationMention[] = [...keptTm];
    for (const t of keptTm) takenIds.add(t.id);
    const here = mentions.filter((m) => m.passageId === p.id);
    const placeIds = new Set(here.map((m) => m.placeId));
    const tcps = Array.from(en.text);
    for (const m of matchPlaces(en.text, index, { lang: 'en' })) {
      const pid =
        m.placeId && placeIds.has(m.placeId) ? m.placeId : m.candidates.find((c) => placeIds.has(c));
      if (!pid) continue;
      if (tms.some((t) => m.start < t.selector[0].end && t.selector[0].start < m.end)) continue;
      const arRole = here.find((x) => x.placeId === pid)?.role;
      tms.push({
        id: nextId('t'),
        placeId: pid,
        role: arRole === 'actor' || arRole === 'name-part' ? arRole : m.role,
        selector: selectors(tcps, m.start, m.end),
        status: 'proposed',
        proposal: { rule: `translation:${m.rule}`, note: 'English name of a place this passage mentions' },
      });
      report.proposedTranslationMentions++;
    }
    // "the crossing" in the translation, where the original passage has an anaphor to that place.
    const anaphorPlaces = new Set(here.filter((m) => m.role === 'anaphor').map((m) => m.placeId));
    if (anaphorPlaces.size) {
      const pi = passageIndex.get(p.id) ?? 0;
      const back = [
        ...earlierTm.map((t) => ({ ...t, start: -1, passage: t.passage - pi })),
        ...tms.map((t) => ({ placeId: t.placeId, start: t.selector[0].start, passage: 0 })),
      ].flatMap((a) => {
        const kind = kindOf.get(a.placeId);
        return kind ? [{ ...a, kind }] : [];
      });
      const ranges = tms.map((t) => ({ start: t.selector[0].start, end: t.selector[0].end }));
      for (const a of findAnaphors(en.text, 'en', back, [{ start: 0, end: tcps.length }], ranges)) {
        if (!anaphorPlaces.has(a.placeId)) continue;
        tms.push({
          id: nextId('t'),
          placeId: a.placeId,
          role: 'anaphor',
          selector: selectors(tcps, a.start, a.end),
          status: 'proposed',
          proposal: {
            rule: `translation:${a.rule}`,
            note: 'the original passage refers back to this place here',
          },
        });
        report.proposedTranslationMentions++;
      }
    }
    tms.sort((a, b) => a.selector[0].start - b.selector[0].start);
    for (const t of tms) earlierTm.push({ placeId: t.placeId, passage: passageIndex.get(p.id) ?? 0 });
    if (tms.length) en.mentions = tms;
  }
}
