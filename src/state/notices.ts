/**
 * Notices to the reader are stored as an interface string key and its values, never as finished
 * text, so they are rendered in the language of the moment. Values that echo untrusted input (a URL
 * parameter) are capped when the notice is made, and the cut is said in the reader's language.
 */
import { t, tParts, type Part, type StringKey, type Vars } from '../i18n.ts';
import type { Digits } from '../model/prefs.ts';
import type { Lang } from '../model/types.ts';

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

/**
 * The notice in `lang` as parts: interface text, and each filled value on its own (to isolate
 * with `<bdi>`); a cut value is followed by the cut mark in `lang`, outside the value's isolate so
 * it reads after the value in either direction.
 */
export function noticeParts(n: Notice, lang: Lang, digits: Digits = 'latn'): Part[] {
  const vars: Vars = { ...n.vars };
  if (n.reason) {
    const rv: Vars = { ...n.reason.vars };
    for (const k of Object.keys(rv)) if (n.cut.includes(`reason.${k}`)) rv[k] = `${rv[k]}${t(lang, 'cut')}`;
    vars.reason = t(lang, n.reason.key, rv, digits);
  }
  const out: Part[] = [];
  for (const part of tParts(lang, n.key, vars, digits)) {
    out.push(part);
    if (part.name && n.cut.includes(part.name)) out.push({ text: t(lang, 'cut') });
  }
  return out;
}

/** The notice in `lang` as one string. */
export function noticeText(n: Notice, lang: Lang, digits: Digits = 'latn'): string {
  return noticeParts(n, lang, digits)
    .map((p) => p.text)
    .join('');
}
