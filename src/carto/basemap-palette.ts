/** The offline basemap's colours, light and dark (`basemap-style.ts` draws with them). */
import type { BasemapTheme } from './basemap-style.ts';

export interface BasemapPalette {
  water: string;
  land: string;
  world: string;
  kurdistanFill: string;
  kurdistanLine: string;
  neighbourhood: string;
  river: string;
  riverText: string;
  governorate: string;
  border: string;
  text: string;
  textMuted: string;
  regionText: string;
  placeDot: string;
  halo: string;
}

/**
 * Colours. Every text colour meets WCAG AA (≥ 4.5:1) against `land` (tested), the fill labels sit on.
 */
export const PALETTES: Record<BasemapTheme, BasemapPalette> = {
  light: {
    water: '#d9e6ee',
    land: '#f4f2ee',
    world: '#eceae5',
    kurdistanFill: 'rgba(176, 122, 52, 0.06)',
    kurdistanLine: '#b07a34',
    neighbourhood: '#c9c3b8',
    river: '#9cc3dd',
    riverText: '#3d6a8a',
    governorate: '#b5b0a7',
    border: '#6f6b64',
    text: '#3b3935',
    textMuted: '#615d57',
    regionText: '#815521',
    placeDot: '#4a4743',
    halo: '#f4f2ee',
  },
  dark: {
    water: '#17212b',
    land: '#26282b',
    world: '#222427',
    kurdistanFill: 'rgba(214, 170, 110, 0.06)',
    kurdistanLine: '#c99a5c',
    neighbourhood: '#45484d',
    river: '#3b6484',
    riverText: '#8fb8d6',
    governorate: '#54575c',
    border: '#9a9da2',
    text: '#e6e4e0',
    textMuted: '#b5b2ad',
    regionText: '#d9b27c',
    placeDot: '#d2cfca',
    halo: '#26282b',
  },
};
