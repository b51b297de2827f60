/**
 * Notices to the reader are stored as an interface string key and its values, never as finished
 * text, so they are rendered in the language of the moment (`src/ui/notice-text.ts`). Values that echo untrusted input (a URL
 * parameter) are capped when the notice is made, and the cut is said in the reader's language.
 */
import type { StringKey, Vars } from '../i18n.ts';

/** The longest echoed value, in code points. */
export const MAX_ECHO = 60;

/** A second string (e.g. why a URL value was dropped) rendered into the notice's `{reason}`. */
export interface NoticeReason {
  key: StringKey;
  vars?: Vars;
}

export interface Notice {
  id: number;
  key: StringKey;
  vars: Vars;
  reason?: NoticeReason;
  /** Names of the values that were cut to {@link MAX_ECHO}. */
  cut: readonly string[];
}

/** `s` cut to `max` code points (never splitting a surrogate pair), and whether it was cut. */
export function capText(s: string, max = MAX_ECHO): { text: string; cut: boolean } {
  // Cheap bound first: a 15,000-character value is not spread into an array whole.
  const head = Array.from(s.slice(0, max * 2 + 2));
  if (head.length <= max && s.length <= max * 2 + 2) return { text: s, cut: false };
  return { text: head.slice(0, max).join(''), cut: true };
}

function capVars(vars: Vars, cut: string[], prefix = ''): Vars {
  const out: Vars = {};
  for (const [k, v] of Object.entries(vars)) {
    if (typeof v !== 'string') {
      out[k] = v;
      continue;
    }
    const c = capText(v);
    out[k] = c.text;
    if (c.cut) cut.push(prefix + k);
  }
  return out;
}

/** A notice with every string value capped. */
export function makeNotice(id: number, key: StringKey, vars: Vars = {}, reason?: NoticeReason): Notice {
  const cut: string[] = [];
  const capped = capVars(vars, cut);
  const r = reason && { key: reason.key, vars: capVars(reason.vars ?? {}, cut, 'reason.') };
  return { id, key, vars: capped, reason: r, cut };
}
