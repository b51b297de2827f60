/**
 * The host API's message contract (issue 9.5): plain objects with a string field `atlas`.
 * `parseCommand` validates a command from the host (unknown ids, wrong types, extra or oversize
 * fields rejected with a reason); it never throws. Origins are matched exactly.
 */
import { isValidId } from '../model/ids.ts';
import type { Lang } from '../model/types.ts';
import { parseUrlState } from '../state/url-state.ts';
import { t } from './t.ts';
import { isLanguage } from '../languages.ts';

export type HostCommand =
  | { atlas: 'select-place'; place: string }
  | { atlas: 'select-event'; event: string }
  | { atlas: 'set-lang'; lang: Lang }
  | { atlas: 'set-time'; time: { start: number; end: number } }
  | { atlas: 'reset' };

/** Events the embed posts to its parent. */
export type EmbedEvent =
  | { atlas: 'ready'; article: string; id?: string }
  /** The place embed (`coverage=<atlas key>`) is ready. */
  | { atlas: 'ready'; place: string; id?: string }
  | { atlas: 'place-selected'; place: string | null; id?: string }
  | { atlas: 'event-selected'; event: string | null; id?: string }
  | { atlas: 'height'; height: number; id?: string };

/** The host script's hint that the frame is near the viewport (not a command: it changes no view). */
export interface VisibilityHint {
  atlas: 'visibility';
  near: boolean;
}

export interface CommandContext {
  placeIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
}

/** Longest string field accepted (ids are ≤ 80, a time range is 21). */
export const MAX_FIELD_LENGTH = 200;
const FIELDS: Record<HostCommand['atlas'], readonly string[]> = {
  'select-place': ['place'],
  'select-event': ['event'],
  'set-lang': ['lang'],
  'set-time': ['time'],
  reset: [],
};

export type Verdict<T> = { ok: T } | { reject: string } | { ignore: true };

/** Whether `data` is meant for us at all (other scripts post strings and their own objects). */
export function isAtlasMessage(data: unknown): data is { atlas: unknown } {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && Object.hasOwn(data, 'atlas');
}

/** Validates a host command. Messages not addressed to the atlas are ignored, not rejected. */
export function parseCommand(data: unknown, ctx: CommandContext): Verdict<HostCommand> {
  if (!isAtlasMessage(data)) return { ignore: true };
  const m = data as Record<string, unknown>;
  const kind = m['atlas'];
  if (typeof kind !== 'string' || !Object.hasOwn(FIELDS, kind)) {
    return { reject: `unknown command ${typeof kind === 'string' ? kind.slice(0, 40) : typeof kind}` };
  }
  const allowed = FIELDS[kind as HostCommand['atlas']];
  const keys = Object.keys(m);
  const extra = keys.find((k) => k !== 'atlas' && !allowed.includes(k));
  if (extra != null) return { reject: `unexpected field ${extra.slice(0, 40)}` };
  for (const k of allowed) {
    const v = m[k];
    if (typeof v !== 'string') return { reject: `${k} must be a string` };
    if (v.length > MAX_FIELD_LENGTH) return { reject: `${k} is too long` };
  }
  switch (kind) {
    case 'select-place': {
      const place = m['place'] as string;
      if (!isValidId(place) || !ctx.placeIds.has(place)) return { reject: 'no such place' };
      return { ok: { atlas: kind, place } };
    }
    case 'select-event': {
      const event = m['event'] as string;
      if (!isValidId(event) || !ctx.eventIds.has(event)) return { reject: 'no such event' };
      return { ok: { atlas: kind, event } };
    }
    case 'set-lang': {
      const lang = m['lang'];
      return typeof lang === 'string' && isLanguage(lang)
        ? { ok: { atlas: kind, lang } }
        : { reject: 'lang must be ar or en' };
    }
    case 'set-time': {
      const { state, notices } = parseUrlState(new URLSearchParams({ time: m['time'] as string }).toString());
      return state.time
        ? { ok: { atlas: kind, time: state.time } }
        : { reject: notices[0] ? t('en', notices[0].reason, notices[0].vars) : 'bad time' };
    }
    default:
      return { ok: { atlas: 'reset' } };
  }
}

/** A visibility hint from the host script, or null. */
export function parseVisibility(data: unknown): VisibilityHint | null {
  if (!isAtlasMessage(data)) return null;
  const m = data as Record<string, unknown>;
  return m['atlas'] === 'visibility' && typeof m['near'] === 'boolean' && Object.keys(m).length === 2
    ? { atlas: 'visibility', near: m['near'] }
    : null;
}

/** Exact origin match (scheme, host and port); the opaque origin `null` is never trusted. */
export function isTrustedOrigin(origin: string, origins: readonly string[] | undefined): boolean {
  return origin !== 'null' && origin !== '' && (origins ?? []).includes(origin);
}

/** Counts of what the host API received (shown on the document for tests and tools). */
export interface MessageCounts {
  accepted: number;
  rejected: number;
  untrusted: number;
  ignored: number;
}

/** The two resize messages existing host listeners understand, for height `px` of frame `id`. */
export function resizeMessages(id: string, px: number): { datawrapper: object; pym: string } {
  const h = Math.ceil(px);
  return {
    datawrapper: { 'datawrapper-height': { [id]: h } },
    pym: `pymxPYMx${id}xPYMxheightxPYMx${h}`,
  };
}
