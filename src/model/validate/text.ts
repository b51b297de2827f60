/** The text and everything that points into it: ranges, passages, mentions and their selectors. */
import type { CodePoints } from '../code-points.ts';
import { overlaps } from '../time.ts';
import { type Checker, type Obj, show } from './checker.ts';
import { PROPOSAL_FIELDS, projectText, proposal } from './common.ts';

export const ROLES = ['place', 'actor', 'name-part', 'anaphor'] as const;

const PASSAGE_KEYS = ['id', 'start', 'end', 'role', 'translation'] as const;
const TRANSLATION_KEYS = ['en'] as const;
/** `mentions` on a translation are checked by `validate-translation.ts` (contract 2). */
const TRANSLATION_TEXT_EXTRA = ['mentions', 'notes'] as const;
const MENTION_KEYS = ['id', 'placeId', 'passageId', 'role', 'selector', ...PROPOSAL_FIELDS] as const;
const POSITION_KEYS = ['type', 'start', 'end'] as const;
const QUOTE_KEYS = ['type', 'exact', 'prefix', 'suffix'] as const;

/** A checked half-open range in code points. */
export interface Range {
  start: number;
  end: number;
}

export function rangeInText(c: Checker, o: Obj, path: string, length: number): Range | null {
  const start = c.offset(o, 'start', path);
  const end = c.offset(o, 'end', path);
  if (start === null || end === null) return null;
  if (end > length) {
    c.add(`${path}.end`, `end ${end} beyond the end of the text (${length} code points)`);
    return null;
  }
  if (start >= end) {
    c.add(path, `start ${start} is not before end ${end}`);
    return null;
  }
  return { start, end };
}

export interface CheckedPassage extends Range {
  id: string;
  path: string;
}

/** Passages: ids, translations, ranges in reading order, clear of the excluded ranges. */
export function checkPassages(
  c: Checker,
  raw: unknown,
  length: number,
  excluded: readonly Range[],
  /** The article's language: an English article's passages need no English translation. */
  language?: unknown,
) {
  const english = typeof language === 'string' && /^en(-|$)/i.test(language);
  const ids = new Map<string, string>();
  const ranges = new Map<string, CheckedPassage>();
  let previous: CheckedPassage | null = null;
  c.array(raw, 'passages')?.forEach((item, i) => {
    const path = `passages[${i}]`;
    const o = c.object(item, path);
    if (!o) return;
    c.keys(o, path, PASSAGE_KEYS);
    const id = c.uniqueId(o, path, ids);
    if (o.role !== undefined && (o.role !== 'title' || i !== 0))
      c.add(
        `${path}.role`,
        o.role === 'title'
          ? 'only the first passage can be the title'
          : `expected "title" or no role, got ${show(o.role)}`,
      );
    const translation = c.object(o.translation, `${path}.translation`);
    if (translation) {
      c.keys(translation, `${path}.translation`, TRANSLATION_KEYS);
      const tp = `${path}.translation.en`;
      const text = projectText(c, translation.en, tp, true, TRANSLATION_TEXT_EXTRA);
      if (text !== null && text.trim() === '' && !english)
        c.warn(
          `${tp}.text`,
          'empty translation (write it on the review page, or ingest with --translation en.txt)',
        );
    }
    const r = rangeInText(c, o, path, length);
    if (!r) return;
    if (previous && r.start < previous.end) {
      c.add(
        `${path}.start`,
        `start ${r.start} is before the end of the previous passage (${previous.path} ends at ${previous.end}): passages must be in reading order and not overlap`,
      );
    }
    const cut = excluded.find((x) => overlaps(x, r));
    if (cut) c.add(path, `[${r.start}, ${r.end}) overlaps the excluded range [${cut.start}, ${cut.end})`);
    const checked = { ...r, id: id ?? '', path };
    previous = checked;
    if (id !== null) ranges.set(id, checked);
  });
  return { ids, ranges };
}

/**
 * A `[TextPositionSelector, TextQuoteSelector]` pair against `codePoints`: the position in range,
 * the quote equal to the text there, prefix and suffix equal to the text around it. Returns the
 * range when the position is usable.
 */
export function checkSelector(c: Checker, v: unknown, path: string, codePoints: CodePoints): Range | null {
  const sel = c.array(v, path);
  if (!sel) return null;
  if (sel.length !== 2) {
    c.add(path, `expected [TextPositionSelector, TextQuoteSelector], got ${sel.length} selectors`);
    return null;
  }
  const slice = (a: number, b: number) => codePoints.slice(a, b);
  const pp = `${path}[0]`;
  const qp = `${path}[1]`;
  const pos = c.object(sel[0], pp);
  const quote = c.object(sel[1], qp);
  if (pos) c.keys(pos, pp, POSITION_KEYS);
  if (quote) c.keys(quote, qp, QUOTE_KEYS);
  if (pos && pos.type !== 'TextPositionSelector')
    c.add(`${pp}.type`, `expected "TextPositionSelector", got ${show(pos.type)}`);
  if (quote && quote.type !== 'TextQuoteSelector')
    c.add(`${qp}.type`, `expected "TextQuoteSelector", got ${show(quote.type)}`);
  const exact = quote ? c.string(quote, 'exact', qp) : null;
  const prefix = quote ? c.string(quote, 'prefix', qp, true) : null;
  const suffix = quote ? c.string(quote, 'suffix', qp, true) : null;
  const r = pos ? rangeInText(c, pos, pp, codePoints.length) : null;
  if (!r) return null;
  if (exact !== null && exact !== slice(r.start, r.end)) {
    c.add(
      `${qp}.exact`,
      `${show(exact)} does not match the text at [${r.start}, ${r.end}): ${show(slice(r.start, r.end))}`,
    );
  }
  if (prefix !== null) {
    const n = Array.from(prefix).length;
    const actual = slice(Math.max(0, r.start - n), r.start);
    if (prefix !== actual)
      c.add(`${qp}.prefix`, `${show(prefix)} does not match the text before ${r.start}: ${show(actual)}`);
  }
  if (suffix !== null) {
    const actual = slice(r.end, r.end + Array.from(suffix).length);
    if (suffix !== actual)
      c.add(`${qp}.suffix`, `${show(suffix)} does not match the text after ${r.end}: ${show(actual)}`);
  }
  return r;
}

/** What the mention check hands on: mention ids (for translation mentions) and roles per place. */
export interface CheckedMentions {
  ids: Map<string, string>;
  /** Roles each place is mentioned with. */
  rolesByPlace: Map<string, Set<string>>;
}

/** Mentions: ids, references, roles, selectors inside their passage, no two overlapping. */
export function checkMentions(
  c: Checker,
  raw: unknown,
  codePoints: CodePoints,
  placeIds: ReadonlyMap<string, string>,
  passages: ReadonlyMap<string, CheckedPassage>,
  passageIds: ReadonlyMap<string, string>,
): CheckedMentions {
  const ids = new Map<string, string>();
  const rolesByPlace = new Map<string, Set<string>>();
  const ranges: { path: string; id: unknown; start: number; end: number }[] = [];
  c.array(raw, 'mentions')?.forEach((item, i) => {
    const path = `mentions[${i}]`;
    const o = c.object(item, path);
    if (!o) return;
    c.keys(o, path, MENTION_KEYS);
    c.uniqueId(o, path, ids);
    c.reference(o.placeId, `${path}.placeId`, placeIds, 'place');
    c.reference(o.passageId, `${path}.passageId`, passageIds, 'passage');
    const role = c.enumOf(o, 'role', path, ROLES);
    if (typeof o.placeId === 'string') {
      const roles = rolesByPlace.get(o.placeId) ?? new Set<string>();
      roles.add(role ?? 'place');
      rolesByPlace.set(o.placeId, roles);
    }
    proposal(c, o, path, 'mention');
    const pp = `${path}.selector[0]`;
    const r = checkSelector(c, o.selector, `${path}.selector`, codePoints);
    if (!r) return;
    ranges.push({ path: pp, id: o.id, start: r.start, end: r.end });
    const passage = typeof o.passageId === 'string' ? passages.get(o.passageId) : undefined;
    if (passage && (r.start < passage.start || r.end > passage.end)) {
      c.add(
        pp,
        `[${r.start}, ${r.end}) is not inside passage ${show(passage.id)} [${passage.start}, ${passage.end})`,
      );
    }
  });
  reportOverlaps(c, ranges, 'mention');
  return { ids, rolesByPlace };
}

/** Overlapping spans cannot both be links in the text: one would silently be lost. */
export function reportOverlaps(
  c: Checker,
  ranges: readonly { path: string; id: unknown; start: number; end: number }[],
  what: string,
): void {
  const ordered = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]!;
    const cur = ordered[i]!;
    if (cur.start < prev.end) {
      c.add(
        cur.path,
        `[${cur.start}, ${cur.end}) overlaps ${what} ${show(prev.id)} [${prev.start}, ${prev.end}): ${what}s must not overlap`,
      );
    }
  }
}
