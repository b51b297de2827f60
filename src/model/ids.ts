/**
 * The one id rule for every data id (articles, places, passages, mentions, events) and for the ids the
 * URL carries: an ASCII letter or digit, then up to 79 letters, digits, `_` or `-`. A leading `_` is
 * refused, so `__proto__` can never be an id; ids are still never used as plain-object keys (use `Map`),
 * since `constructor` or `toString` pass the rule.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,79}$/i;

/** True when `v` is a string that follows {@link ID_PATTERN}. */
export function isValidId(v: unknown): v is string {
  return typeof v === 'string' && ID_PATTERN.test(v);
}
