/**
 * The basemap's own labels for places the map draws itself, hidden: which basemap label layers
 * may duplicate which kinds of place, the spellings the basemap uses for them, and the filtered
 * layer. Used by the live style (`place-layers.ts` `withPlaces`), the static renderer, and the
 * atlas (`map/cluster-mode.ts`), whose places come from its tiles: it hides the basemap's names of
 * the places it draws on their own in the view (a place inside a cluster keeps the basemap's name:
 * the cluster names nothing). Pure: builds style JSON.
 */
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { PlaceFeature } from '../model/types.ts';
import { shortLabel } from './short-label.ts';

const SETTLEMENTS: ReadonlySet<string> = new Set(['city', 'town', 'village']);

/**
 * Basemap label layers a drawn place may duplicate, with the kinds of place each one names (a
 * world layer as its regional twin: Geneva is named by the world layer).
 */
export const BASEMAP_DUPLICATE_LAYERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['basemap-world-place-labels', SETTLEMENTS],
  ['basemap-world-place-dots', SETTLEMENTS],
  ['basemap-place-labels', SETTLEMENTS],
  ['basemap-place-dots', SETTLEMENTS],
  ['basemap-governorate-labels', new Set(['governorate', 'district'])],
  ['basemap-river-labels', new Set(['river'])],
]);

/** A place the map draws itself, as its names and kind (an article's place, an atlas tile's). */
export interface NamedPlace {
  /** Absent: a settlement (the atlas's tiles carry no kind; their places are mostly towns). */
  kind?: string;
  name_en: string;
  name_ar: string;
}

/** The spellings under which the basemap may name places, English and Arabic. */
export interface DuplicateNames {
  en: string[];
  ar: string[];
}

/**
 * The spellings under which the basemap may name the places of `kinds`: "Al-Hasakah" is also
 * "Al Hasakah" and "Hasakah" there; "Al-Hasakah Governorate" is "Al-Hasakah". English and Arabic,
 * without parenthesised glosses.
 */
export function duplicateNames(
  places: readonly (PlaceFeature | NamedPlace)[],
  kinds: ReadonlySet<string> = SETTLEMENTS,
): DuplicateNames {
  const en = new Set<string>();
  const ar = new Set<string>();
  for (const p of places) {
    const named = 'properties' in p ? p.properties : p;
    if (!kinds.has(named.kind ?? 'city')) continue;
    if (named.name_en) {
      const name = shortLabel(named.name_en).replace(/\s+(governorate|district|province)$/i, '');
      const bare = name.replace(/^(al|an|ar|as|ad|ash|at|az)[- ]/i, '');
      for (const v of [name, name.replace(/-/g, ' '), bare, bare.replace(/-/g, ' ')]) en.add(v);
    }
    if (named.name_ar) ar.add(shortLabel(named.name_ar).replace(/^(محافظة|منطقة|ناحية)\s+/, ''));
  }
  return { en: [...en], ar: [...ar] };
}

/** `layer` with the basemap's own labels for `places` hidden (the map draws them). */
export function withoutDuplicates(
  layer: LayerSpecification,
  places: readonly (PlaceFeature | NamedPlace)[],
): LayerSpecification {
  const kinds = BASEMAP_DUPLICATE_LAYERS.get(layer.id);
  if (!kinds || layer.type === 'background') return layer;
  const names = duplicateNames(places, kinds);
  if (!names.en.length && !names.ar.length) return layer;
  const not = [
    'all',
    ['!', ['in', ['coalesce', ['get', 'name_en'], ''], ['literal', names.en]]],
    ['!', ['in', ['coalesce', ['get', 'name_ar'], ''], ['literal', names.ar]]],
  ];
  const filter = (layer.filter ? ['all', layer.filter, not] : not) as FilterSpecification;
  return { ...layer, filter } as LayerSpecification;
}
