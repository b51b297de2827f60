/**
 * The basemap's own labels for the article's places, hidden because the article draws them: which
 * basemap label layers may duplicate which kinds of place, the spellings the basemap uses for them,
 * and the filtered layer. Used by the live style (`place-layers.ts` `withPlaces`) and the static
 * renderer. Pure: builds style JSON.
 */
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { PlaceFeature } from '../model/types.ts';
import { shortLabel } from './short-label.ts';

/** Basemap label layers an article place may duplicate, with the kinds of place each one names. */
export const BASEMAP_DUPLICATE_LAYERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['basemap-place-labels', new Set(['city', 'town', 'village'])],
  ['basemap-place-dots', new Set(['city', 'town', 'village'])],
  ['basemap-governorate-labels', new Set(['governorate', 'district'])],
  ['basemap-river-labels', new Set(['river'])],
]);

/**
 * The spellings under which the basemap may name the article's places of `kinds`: "Al-Hasakah" is
 * also "Al Hasakah" and "Hasakah" there; "Al-Hasakah Governorate" is "Al-Hasakah". English and
 * Arabic, without parenthesised glosses.
 */
export function duplicateNames(
  places: readonly PlaceFeature[],
  kinds: ReadonlySet<string> = new Set(['city', 'town', 'village']),
): { en: string[]; ar: string[] } {
  const en = new Set<string>();
  const ar = new Set<string>();
  for (const p of places) {
    if (!kinds.has(p.properties.kind)) continue;
    const name = shortLabel(p.properties.name_en).replace(/\s+(governorate|district|province)$/i, '');
    const bare = name.replace(/^(al|an|ar|as|ad|ash|at|az)[- ]/i, '');
    for (const v of [name, name.replace(/-/g, ' '), bare, bare.replace(/-/g, ' ')]) en.add(v);
    ar.add(shortLabel(p.properties.name_ar).replace(/^(محافظة|منطقة|ناحية)\s+/, ''));
  }
  return { en: [...en], ar: [...ar] };
}

/** `layer` with the basemap's own labels for the article's places hidden (the article draws them). */
export function withoutDuplicates(
  layer: LayerSpecification,
  places: readonly PlaceFeature[],
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
