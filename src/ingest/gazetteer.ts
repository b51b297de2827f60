/**
 * Reading `geodata/gazetteer.json` (built by `scripts/build-gazetteer.ts`): sources are stored
 * once in a table and entries refer to them by index; this expands them back.
 */
import type { SourceRef } from '../model/types.ts';
import type { Gazetteer, GazetteerEntry, OrganisationName } from './types.ts';

type Stored = Omit<GazetteerEntry, 'source' | 'name_source'> & { source: number; name_source?: number };

/** The gazetteer from its stored JSON; throws on a shape it cannot read (a build-time file). */
export function parseGazetteer(json: unknown): Gazetteer {
  const g = json as {
    version: number;
    sources: SourceRef[];
    entries: Stored[];
    organisations: OrganisationName[];
  };
  if (!g || g.version !== 1 || !Array.isArray(g.entries) || !Array.isArray(g.sources))
    throw new Error('gazetteer.json: expected { version: 1, sources: [], entries: [] }');
  const src = (i: number | undefined, id: string): SourceRef => {
    const s = i === undefined ? undefined : g.sources[i];
    if (!s) throw new Error(`gazetteer.json: entry ${id} refers to missing source ${i}`);
    return s;
  };
  const entries = g.entries.map((e): GazetteerEntry => {
    const { name_source, source, ...rest } = e;
    return {
      ...rest,
      source: src(source, e.id),
      ...(name_source !== undefined ? { name_source: src(name_source, e.id) } : {}),
    };
  });
  return { version: 1, built: 'scripts/build-gazetteer.ts', entries, organisations: g.organisations ?? [] };
}
