/**
 * The embed's side of the host page (issue 9.4, 9.5): what an incoming message means (pure,
 * `routeMessage`), and the messages it posts — heights to any parent, events only to trusted origins.
 * The message formats and their validation live in `messages.ts`.
 */
import {
  isTrustedOrigin,
  parseCommand,
  parseVisibility,
  resizeMessages,
  type CommandContext,
  type EmbedEvent,
  type HostCommand,
  type MessageCounts,
} from './messages.ts';

export type Route =
  | { kind: 'visibility'; near: boolean }
  | { kind: 'count'; key: Exclude<keyof MessageCounts, 'accepted'>; reason?: string }
  | { kind: 'apply'; command: HostCommand };

/**
 * What a message from the parent asks for: a visibility hint (no origin check: it cannot change the
 * view), a command to apply (only from a trusted origin, and valid), or a count of why it was not.
 * `ctx` is null before the article is known: commands are then ignored.
 */
export function routeMessage(
  data: unknown,
  origin: string,
  origins: readonly string[],
  ctx: CommandContext | null,
): Route | null {
  const hint = parseVisibility(data);
  if (hint) return { kind: 'visibility', near: hint.near };
  if (!ctx) return null;
  const v = parseCommand(data, ctx);
  if ('ignore' in v) return { kind: 'count', key: 'ignored' };
  if (!isTrustedOrigin(origin, origins)) return { kind: 'count', key: 'untrusted' };
  if ('reject' in v) return { kind: 'count', key: 'rejected', reason: v.reject };
  return { kind: 'apply', command: v.ok };
}

/** Posts to the parent page; counts messages on `document.body.dataset` (`hostAccepted`, …). */
export class HostLink {
  private lastHeight = 0;
  readonly counts: MessageCounts = { accepted: 0, rejected: 0, untrusted: 0, ignored: 0 };

  constructor(
    readonly id: string,
    private readonly origins: readonly string[],
  ) {}

  get framed(): boolean {
    return window.parent !== window;
  }

  /** Heights go to any parent (they are public); other events only to each trusted origin. */
  post(msg: EmbedEvent, trustedOnly: boolean): void {
    if (!this.framed) return;
    if (!trustedOnly) {
      window.parent.postMessage(msg, '*');
      return;
    }
    // postMessage itself refuses delivery when the parent is not on the target origin.
    for (const origin of this.origins) window.parent.postMessage(msg, origin);
  }

  /** Posts the height in Datawrapper's, Pym.js's and our own format, when it changed. */
  postHeight(height: number): void {
    const h = Math.ceil(height);
    if (h === this.lastHeight || !this.framed) return;
    this.lastHeight = h;
    const { datawrapper, pym } = resizeMessages(this.id, h);
    window.parent.postMessage(datawrapper, '*');
    window.parent.postMessage(pym, '*');
    this.post({ atlas: 'height', height: h, id: this.id }, false);
    document.body.dataset.height = String(h);
  }

  count(k: keyof MessageCounts): void {
    this.counts[k]++;
    document.body.dataset[`host${k[0]!.toUpperCase()}${k.slice(1)}`] = String(this.counts[k]);
  }
}
