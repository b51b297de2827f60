/**
 * Text written where a person must write the real thing: the ingest tool and the review page write
 * these marks, and the validator warns about each one left (never shown to readers as if real).
 * One list, so the writer and the checker cannot drift apart.
 */
export const PLACEHOLDER_MARKS = [
  'PLACEHOLDER:',
  'ingest run (placeholder)',
  '(draft: title to be translated)',
  '(English name to be written)',
  'to be written by the reviewer',
  'تاريخ في النص:',
] as const;

/** The text still holds a placeholder mark. */
export function isPlaceholder(text: unknown): boolean {
  return typeof text === 'string' && PLACEHOLDER_MARKS.some((m) => text.includes(m));
}
