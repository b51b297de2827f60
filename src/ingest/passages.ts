/**
 * Splitting a text into passages: one per non-empty line (paragraph), in code points. A short first
 * line with no sentence punctuation is a byline or title; lines of website boilerplate are excluded.
 */

/** A line of the text, code points, half-open, without its line break. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** What a line is. */
export type LineRole = 'body' | 'byline' | 'title' | 'boilerplate' | 'empty';

export interface SplitResult {
  lines: (Line & { role: LineRole; reason?: string })[];
  /** The title line's text, if one was found. */
  title?: string;
}

const BOILERPLATE = [
  /التعليقات مغلقة/u,
  /جميع الحقوق محفوظة/u,
  /^اقرأ أيضاً?/u,
  /^اقرأ ايضا/u,
  /شارك هذا/u,
  /comments are closed/iu,
  /all rights reserved/iu,
  /^read more\b/iu,
  /^share this\b/iu,
  /^(advertisement|subscribe\b)/iu,
];
const SENTENCE_END = /[.!?؟۔:;؛"”»]\s*$/u;

/** Lines of `text` by `\n` (a `\r` before it is not part of the line), in code points. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let off = 0;
  for (const raw of text.split('\n')) {
    const cps = Array.from(raw);
    const n = cps.length;
    const trimmedEnd = cps[n - 1] === '\r' ? n - 1 : n;
    out.push({ start: off, end: off + trimmedEnd, text: cps.slice(0, trimmedEnd).join('') });
    off += n + 1;
  }
  return out;
}

const words = (s: string) => s.trim().split(/\s+/u).filter(Boolean).length;

/** Classifies the lines of `text`; `outlet` (as delivered) marks a byline line that equals it. */
export function splitText(text: string, outlet?: string): SplitResult {
  const ls = lines(text).map((l) => ({
    ...l,
    role: 'body' as LineRole,
    reason: undefined as string | undefined,
  }));
  let title: string | undefined;
  let firstBody = true;
  for (const l of ls) {
    const t = l.text.trim();
    if (t === '') {
      l.role = 'empty';
      continue;
    }
    if (BOILERPLATE.some((re) => re.test(t))) {
      l.role = 'boilerplate';
      l.reason = 'website boilerplate, not article body';
      continue;
    }
    if (firstBody) {
      firstBody = false;
      if ((outlet && t === outlet.trim()) || (words(t) <= 4 && !SENTENCE_END.test(t))) {
        l.role = 'byline';
        l.reason = 'the outlet or byline line as delivered, not article body';
        firstBody = true; // a title may follow the byline
        continue;
      }
      if (words(t) <= 20 && !SENTENCE_END.test(t) && ls.filter((x) => x.text.trim()).length > 2) {
        l.role = 'title';
        l.reason = 'the title line (a passage with role "title")';
        title = t;
        continue;
      }
    }
  }
  // Trim leading/trailing spaces out of body ranges (the validator checks ranges, not whitespace).
  for (const l of ls) {
    if (l.role !== 'body' && l.role !== 'title') continue;
    const cps = Array.from(l.text);
    let s = 0;
    let e = cps.length;
    while (s < e && /\s/u.test(cps[s]!)) s++;
    while (e > s && /\s/u.test(cps[e - 1]!)) e--;
    l.end = l.start + e;
    l.start = l.start + s;
    l.text = cps.slice(s, e).join('');
  }
  return { lines: ls, ...(title ? { title } : {}) };
}
