/**
 * The checks of a passage translation's own spans (contract 2): `translation.en.mentions` (place
 * mentions in the translation) and `translation.en.notes` (translator's notes). Selectors are code
 * points into the translation's `text`, half-open, with the same quote check as the article's
 * mentions. Mention ids are unique across the article's mentions and every translation's mentions.
 */
import { CodePoints } from './code-points.ts';
import type { ValidationIssue } from './types.ts';
import { Checker, isObj, show } from './validate/checker.ts';
import { PROPOSAL_FIELDS, projectText, proposal, sources } from './validate/common.ts';
import { checkSelector, reportOverlaps, ROLES } from './validate/text.ts';

const MENTION_KEYS = ['id', 'placeId', 'role', 'selector', ...PROPOSAL_FIELDS] as const;
const NOTE_KEYS = ['id', 'selector', 'text', 'sources'] as const;
const NOTE_TEXT_KEYS = ['en', 'ar'] as const;

/** What the translation checks read: the raw passages and the ids already checked. */
export interface TranslationInput {
  /** `bundle.passages` as read (unknown shape; the passage checks report its own faults). */
  passages: unknown;
  /** Place ids → the path that declared each. */
  placeIds: ReadonlyMap<string, string>;
  /** The article's mention ids → path: a translation mention may not reuse one. */
  mentionIds: ReadonlyMap<string, string>;
}

/** Every issue in the translations' mentions and notes. Never throws. */
export function validateTranslationMentions(input: TranslationInput): ValidationIssue[] {
  const c = new Checker();
  if (!Array.isArray(input.passages)) return c.issues;
  const mentionIds = new Map(input.mentionIds);
  const noteIds = new Map<string, string>();
  input.passages.forEach((p, i) => {
    if (!isObj(p) || !isObj(p.translation) || !isObj(p.translation.en)) return;
    const en = p.translation.en;
    const tp = `passages[${i}].translation.en`;
    if (typeof en.text !== 'string') return;
    const codePoints = new CodePoints(en.text);
    const ranges: { path: string; id: unknown; start: number; end: number }[] = [];
    if (en.mentions !== undefined) {
      c.array(en.mentions, `${tp}.mentions`)?.forEach((item, j) => {
        const path = `${tp}.mentions[${j}]`;
        const o = c.object(item, path);
        if (!o) return;
        c.keys(o, path, MENTION_KEYS);
        c.uniqueId(o, path, mentionIds);
        c.reference(o.placeId, `${path}.placeId`, input.placeIds, 'place');
        c.enumOf(o, 'role', path, ROLES);
        proposal(c, o, path, 'translation mention');
        const r = checkSelector(c, o.selector, `${path}.selector`, codePoints);
        if (r) ranges.push({ path: `${path}.selector[0]`, id: o.id, ...r });
      });
      reportOverlaps(c, ranges, 'translation mention');
    }
    if (en.notes !== undefined) {
      c.array(en.notes, `${tp}.notes`)?.forEach((item, j) => {
        const path = `${tp}.notes[${j}]`;
        const o = c.object(item, path);
        if (!o) return;
        c.keys(o, path, NOTE_KEYS);
        c.uniqueId(o, path, noteIds);
        const text = c.object(o.text, `${path}.text`);
        if (text) {
          c.keys(text, `${path}.text`, NOTE_TEXT_KEYS);
          for (const lang of NOTE_TEXT_KEYS) projectText(c, text[lang], `${path}.text.${lang}`);
        }
        sources(c, o, path);
        const r = checkSelector(c, o.selector, `${path}.selector`, codePoints);
        // The note's marker goes after its span: it must not fall inside a mention's button.
        const inside = r && ranges.find((m) => m.start < r.end && r.end < m.end);
        if (r && inside)
          c.add(`${path}.selector[0]`, `ends at ${r.end}, inside translation mention ${show(inside.id)}`);
      });
    }
  });
  return c.issues;
}
