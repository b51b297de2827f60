/**
 * Pure selectors: everything the views show that can be derived from the immutable model plus the
 * small app state. No Svelte here, so each is tested in node.
 */
import type { ArticleModel, TimeSpan } from '../model/types.ts';
import { overlaps } from '../model/time.ts';

/** The selection the selectors read: a place, or an event (its places and passages). */
export interface Selection {
  selectedPlace: string | null;
  selectedEvent: string | null;
}

/** Event ids whose span overlaps the range (all events when there is no range), in model order. */
export function eventsInRange(model: ArticleModel, range: TimeSpan | null): string[] {
  return model.events
    .filter((e) => {
      if (!range) return true;
      const span = model.eventSpan.get(e.id);
      return span != null && overlaps(span, range);
    })
    .map((e) => e.id);
}

/**
 * What the time filter keeps: places and passages tied to an event inside the range.
 * `null` means "no filter" (everything is shown).
 */
export function timeFilter(
  model: ArticleModel,
  range: TimeSpan | null,
): { events: Set<string>; places: Set<string>; passages: Set<string> } | null {
  if (!range) return null;
  const events = new Set(eventsInRange(model, range));
  const places = new Set<string>();
  const passages = new Set<string>();
  for (const id of events) {
    const e = model.eventById.get(id);
    e?.placeIds.forEach((p) => places.add(p));
    e?.passageIds.forEach((p) => passages.add(p));
  }
  return { events, places, passages };
}

/** Passages to highlight for the current selection, in reading order; empty when nothing is selected. */
export function highlightedPassages(model: ArticleModel, sel: Selection): string[] {
  if (sel.selectedPlace) return [...(model.passagesByPlace.get(sel.selectedPlace) ?? [])];
  if (sel.selectedEvent) {
    const ids = new Set(model.eventById.get(sel.selectedEvent)?.passageIds ?? []);
    return model.passages.filter((p) => ids.has(p.id)).map((p) => p.id);
  }
  return [];
}

/** Places to mark as selected on the map: the selected place, or the selected event's places. */
export function selectedPlaces(model: ArticleModel, sel: Selection): string[] {
  if (sel.selectedPlace) return [sel.selectedPlace];
  if (sel.selectedEvent) return [...(model.eventById.get(sel.selectedEvent)?.placeIds ?? [])];
  return [];
}

/** Events to highlight for a selected place or passage. */
export function eventsForPlace(model: ArticleModel, placeId: string | null): string[] {
  return placeId ? [...(model.eventsByPlace.get(placeId) ?? [])] : [];
}

/** Verbatim text of a code-point range. */
export function sliceText(model: ArticleModel, start: number, end: number): string {
  return model.codePoints.slice(start, end);
}

/** A piece of a passage: plain text, or a mention of a place. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; text: string; mentionId: string; placeId: string; role: string };

/** Splits a passage into plain text and mention segments, in text order. */
export function passageSegments(model: ArticleModel, passageId: string): Segment[] {
  const passage = model.passageById.get(passageId);
  if (!passage) return [];
  const out: Segment[] = [];
  let at = passage.start;
  for (const m of model.mentionsByPassage.get(passageId) ?? []) {
    const pos = m.selector[0];
    if (pos.start < at) continue;
    if (pos.start > at) out.push({ kind: 'text', text: sliceText(model, at, pos.start) });
    out.push({
      kind: 'mention',
      text: sliceText(model, pos.start, pos.end),
      mentionId: m.id,
      placeId: m.placeId,
      role: m.role,
    });
    at = pos.end;
  }
  if (at < passage.end) out.push({ kind: 'text', text: sliceText(model, at, passage.end) });
  return out;
}

/** A piece of a translation: text, a mention of a place, or the marker of a translator's note after its span. */
export type TranslationSegment = Segment | { kind: 'note'; noteId: string };

/**
 * Splits a passage's English translation into text, mention and note-marker segments, in text order
 * (code-point offsets into the translation). A note's marker follows the end of its span.
 */
export function translationSegments(model: ArticleModel, passageId: string): TranslationSegment[] {
  const passage = model.passageById.get(passageId);
  if (!passage) return [];
  const tr = passage.translation.en;
  const cps = Array.from(tr.text);
  const slice = (a: number, b: number) => cps.slice(a, b).join('');
  const notesAt = new Map<number, string[]>();
  for (const n of tr.notes ?? []) {
    const end = n.selector[0].end;
    notesAt.set(end, [...(notesAt.get(end) ?? []), n.id]);
  }
  const cuts = [
    ...(model.translationMentionsByPassage.get(passageId) ?? []).map((m) => ({
      start: m.selector[0].start,
      end: m.selector[0].end,
      m,
    })),
  ];
  const out: TranslationSegment[] = [];
  let at = 0;
  const textTo = (to: number) => {
    // Plain text up to `to`, with the note markers that fall inside it.
    const stops = [...notesAt.keys()].filter((k) => k > at && k <= to).sort((a, b) => a - b);
    for (const k of stops) {
      out.push({ kind: 'text', text: slice(at, k) });
      for (const id of notesAt.get(k)!) out.push({ kind: 'note', noteId: id });
      notesAt.delete(k);
      at = k;
    }
    if (to > at) out.push({ kind: 'text', text: slice(at, to) });
    at = Math.max(at, to);
  };
  for (const { start, end, m } of cuts) {
    if (start < at) continue;
    textTo(start);
    out.push({ kind: 'mention', text: slice(start, end), mentionId: m.id, placeId: m.placeId, role: m.role });
    at = end;
    for (const id of notesAt.get(end) ?? []) out.push({ kind: 'note', noteId: id });
    notesAt.delete(end);
  }
  textTo(cps.length);
  return out;
}
