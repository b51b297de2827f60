/**
 * The short form of a place's name on maps and in compact lists. Its own module because the place
 * layers, the basemap's duplicate filters and the edge indicators all need it.
 */
/**
 * A short map label: the name without its parenthesised gloss (MapLibre does not mirror brackets
 * in right-to-left runs, and the full name is on the place card).
 */
export function shortLabel(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, '').trim() || name;
}
