/**
 * The one builder of an unknown place's match: a name no source has, proposed with the kind its text
 * gives, the name as written (cue word included, "مخيم الهول", "Hawija district") and the name
 * without its cue (`after`, which its later bare occurrences are read by). It has no entry and no
 * candidates; the review page asks a person to place it. `namedAfter` is the known place it is named
 * after, where the text says so ("the Tigris bridge").
 */
import type { MatchRole, PlaceMatch } from './match-index.ts';
import type { PlaceKind } from './types.ts';

export interface UnknownPlace {
  start: number;
  end: number;
  rule: string;
  kind: PlaceKind;
  name: string;
  after: string | undefined;
  /** What the reviewer should do with it. */
  note?: string;
  /** 'place' unless the span was read as another role first. */
  role?: MatchRole;
  namedAfter?: string | undefined;
}

export function unknownPlace(p: UnknownPlace): PlaceMatch {
  const m: PlaceMatch = {
    start: p.start,
    end: p.end,
    placeId: null,
    role: p.role ?? 'place',
    rule: p.rule,
    candidates: [],
    kind: p.kind,
    name: p.name,
    after: p.after,
  };
  if (p.note !== undefined) m.note = p.note;
  if (p.namedAfter !== undefined) m.namedAfter = p.namedAfter;
  return m;
}
