/**
 * Adding a mention the ingest tool missed, pure: from a selection in the page (UTF-16 offsets in
 * rendered text nodes) to a half-open span in code points of the original text, the checks that
 * refuse it (overlap with a mention, a passage boundary crossed), and the edit that adds it with
 * both selectors (32 code points of context, as every other mention). Tested in node.
 */
import { selectors } from '../ingest/draft.ts';
import type {
  ReviewFolder,
  ReviewMention,
  ReviewPassage,
  ReviewPlace,
  ReviewTranslationMention,
} from './edit.ts';

/** A span in code points, half-open. */
export interface Span {
  start: number;
  end: number;
}

/** How many code points `s` has before the UTF-16 offset `utf16` (a split surrogate pair counts whole). */
export function codePointsBefore(s: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16 && i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate starts a pair: the pair is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Why a span cannot become a mention. */
export type SpanProblem = 'empty' | 'overlap' | 'crossesPassage' | 'outsidePassages';

export type SpanCheck =
  | { ok: true; start: number; end: number; passageId: string }
  | { ok: false; problem: SpanProblem; mentionId?: string };

/** Marks, punctuation and invisible direction/joining characters a selection's ends should not keep. */
const EDGE = new Set(Array.from('.,;:!?()«»“”"\'،؛؟…-\u200c\u200d\u200e\u200f\u061c'));
const isEdge = (c: string | undefined) => c !== undefined && (/^\s$/u.test(c) || EDGE.has(c));

/** The span without white space and punctuation at its ends (a mouse selection often takes them). */
export function trimSpan(cps: readonly string[], span: Span): Span {
  let { start, end } = span;
  while (start < end && isEdge(cps[start])) start++;
  while (end > start && isEdge(cps[end - 1])) end--;
  return { start, end };
}

/**
 * Checks a span (already in code points) against the passages and the existing mentions: it must be
 * non-empty after trimming, inside one passage, and overlap no mention.
 */
export function checkSpan(
  cps: readonly string[],
  passages: readonly Pick<ReviewPassage, 'id' | 'start' | 'end'>[],
  mentions: readonly Pick<ReviewTranslationMention, 'id' | 'selector'>[],
  raw: Span,
): SpanCheck {
  const { start, end } = trimSpan(cps, {
    start: Math.min(raw.start, raw.end),
    end: Math.max(raw.start, raw.end),
  });
  if (start >= end) return { ok: false, problem: 'empty' };
  const inStart = passages.find((p) => start >= p.start && start < p.end);
  const inEnd = passages.find((p) => end > p.start && end <= p.end);
  if (!inStart && !inEnd) return { ok: false, problem: 'outsidePassages' };
  if (!inStart || inStart !== inEnd) return { ok: false, problem: 'crossesPassage' };
  const hit = mentions.find((m) => m.selector[0].start < end && start < m.selector[0].end);
  if (hit) return { ok: false, problem: 'overlap', mentionId: hit.id };
  return { ok: true, start, end, passageId: inStart.id };
}

/** Every occurrence of `query` (exact, code points) in the passages, each checked; for keyboard marking. */
export function findSpans(
  cps: readonly string[],
  passages: readonly Pick<ReviewPassage, 'id' | 'start' | 'end'>[],
  mentions: readonly Pick<ReviewTranslationMention, 'id' | 'selector'>[],
  query: string,
  limit = 20,
): SpanCheck[] {
  const q = Array.from(query.trim());
  if (q.length === 0) return [];
  const out: SpanCheck[] = [];
  for (let i = 0; i + q.length <= cps.length && out.length < limit; i++) {
    let k = 0;
    while (k < q.length && cps[i + k] === q[k]) k++;
    if (k === q.length) out.push(checkSpan(cps, passages, mentions, { start: i, end: i + q.length }));
  }
  return out;
}

/** The next free id of the form `edNN` (unique across mentions and translation mentions). */
export function nextEditorId(f: ReviewFolder): string {
  const taken = new Set([
    ...f.mentions.map((m) => m.id),
    ...f.passages.flatMap((p) => (p.translation.en.mentions ?? []).map((m) => m.id)),
  ]);
  for (let n = 1; ; n++) {
    const id = `ed${String(n).padStart(2, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * A new place for a name the gazetteer does not know: no geometry yet, proposed (to be placed on
 * the map by the editor, which makes it reviewed), with the name as written in the article.
 */
export function unknownPlace(
  f: ReviewFolder,
  asWritten: string,
  articleLang: 'ar' | 'en',
  nameEn: string,
  kind: string,
): ReviewPlace {
  const taken = new Set(f.places.features.map((p) => p.id));
  let n = 1;
  while (taken.has(`new_${kind}_ed${n}`)) n++;
  return {
    type: 'Feature',
    id: `new_${kind}_ed${n}`,
    geometry: null,
    properties: {
      name_ar: articleLang === 'ar' ? asWritten : '',
      name_en:
        nameEn.trim() || (articleLang === 'en' ? asWritten : `(English name to be written) ${asWritten}`),
      kind,
      certainty: 'low',
      note: 'Added by the editor on the review page; place it on the map (source "placed by the editor").',
      geometry_source: { title: 'none yet: to be placed by the editor', licence: 'none (no geometry yet)' },
      status: 'proposed',
      proposal: { rule: 'editor:added', note: `"${asWritten}": a name the editor marked in the text` },
    },
  };
}

/**
 * Adds a reviewed mention (no status: the editor made it) at a checked span, linked to `placeId`;
 * `place` is added to the places when it is not there yet. Mentions stay in text order.
 */
export function addMention(
  f: ReviewFolder,
  cps: readonly string[],
  span: { start: number; end: number; passageId: string },
  placeId: string,
  role: string,
  place?: ReviewPlace,
): ReviewFolder {
  const mention: ReviewMention = {
    id: nextEditorId(f),
    placeId,
    passageId: span.passageId,
    role,
    selector: selectors(cps, span.start, span.end),
  };
  const mentions = [...f.mentions, mention].sort((a, b) => a.selector[0].start - b.selector[0].start);
  const has = f.places.features.some((p) => p.id === placeId);
  const features = has || !place ? f.places.features : [...f.places.features, place];
  return { ...f, mentions, places: { ...f.places, features } };
}

/**
 * Adds a reviewed translation mention (shared contract 2) at a span of `passageId`'s English text;
 * null when the span is empty or overlaps one of that translation's mentions.
 */
export function addTranslationMention(
  f: ReviewFolder,
  passageId: string,
  raw: Span,
  placeId: string,
  role: string,
  place?: ReviewPlace,
): { folder: ReviewFolder } | { problem: SpanProblem; mentionId?: string } {
  const p = f.passages.find((x) => x.id === passageId);
  if (!p) return { problem: 'outsidePassages' };
  const tcps = Array.from(p.translation.en.text);
  const check = checkSpan(
    tcps,
    [{ id: p.id, start: 0, end: tcps.length }],
    p.translation.en.mentions ?? [],
    raw,
  );
  if (!check.ok)
    return check.mentionId
      ? { problem: check.problem, mentionId: check.mentionId }
      : { problem: check.problem };
  const tm: ReviewTranslationMention = {
    id: nextEditorId(f),
    placeId,
    role,
    selector: selectors(tcps, check.start, check.end),
  };
  const tms = [...(p.translation.en.mentions ?? []), tm].sort(
    (a, b) => a.selector[0].start - b.selector[0].start,
  );
  const passages = f.passages.map((x) =>
    x.id === passageId ? { ...x, translation: { en: { ...x.translation.en, mentions: tms } } } : x,
  );
  const has = f.places.features.some((q) => q.id === placeId);
  const features = has || !place ? f.places.features : [...f.places.features, place];
  return { folder: { ...f, passages, places: { ...f.places, features } } };
}
