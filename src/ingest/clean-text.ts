/**
 * What ingest changes in a delivered text before anything else reads it (issue 19.2, 19.4): a
 * byte-order mark, and the characters the validator refuses (`validate/safety.ts`) but a pasted text
 * often holds. Word writes U+000B for a manual line break and U+000C for a page break: each becomes a
 * newline; NUL, the other C0 controls (tab, LF and CR stay), DEL and U+FFFE/U+FFFF are dropped.
 * Every change is returned as a sentence, so ingest says what it changed (the written article.txt
 * is then the cleaned text, not the delivered bytes).
 */

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x0b: 'vertical tab, a manual line break from Word',
  0x0c: 'form feed, a page break',
  0x1b: 'escape',
  0x7f: 'DEL',
};
const BREAKS = new Set([0x0b, 0x0c]);
// eslint-disable-next-line no-control-regex -- control characters are what this module removes
const BAD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/gu;

const name = (cp: number) =>
  `U+${cp.toString(16).toUpperCase().padStart(4, '0')}${NAMES[cp] ? ` (${NAMES[cp]})` : ''}`;

/** `text` without a leading BOM and refused characters, and what was changed (empty when nothing). */
export function cleanText(text: string): { text: string; changes: string[] } {
  const changes: string[] = [];
  let out = text;
  if (out.startsWith('\ufeff')) {
    out = out.slice(1);
    changes.push('removed the byte-order mark (U+FEFF) at the start');
  }
  const counts = new Map<number, number>();
  out = out.replace(BAD, (ch) => {
    const cp = ch.codePointAt(0)!;
    counts.set(cp, (counts.get(cp) ?? 0) + 1);
    return BREAKS.has(cp) ? '\n' : '';
  });
  for (const [cp, n] of [...counts].sort((a, b) => a[0] - b[0]))
    changes.push(
      `${BREAKS.has(cp) ? 'replaced' : 'removed'} ${n} × ${name(cp)}${BREAKS.has(cp) ? ' with a newline' : ''}`,
    );
  return { text: out, changes };
}
