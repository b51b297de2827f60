/**
 * The gazetteer build's tables: the sources it cites, Arabic country spellings the package lacks,
 * the curated places no file names (rivers, regions: geometry by reference to a source file), and
 * organisation and post names that contain a place name but are not place mentions.
 */
import type { GazetteerEntry, GeometryRef, OrganisationName, PlaceKind } from '../../src/ingest/types.ts';
import type { SourceRef } from '../../src/model/types.ts';

export const SOURCES = 'geodata/sources';

export const OCHA: SourceRef = {
  title: 'UN OCHA / United Nations Cartographic Section common operational datasets, via HDX',
  licence: 'not confirmed (HDX CODs are usually CC BY-IGO; check before publishing)',
  attribution: 'UN OCHA',
  note: 'geodata/sources/PROVENANCE.md',
};
export const NE: SourceRef = {
  title: 'Natural Earth v4.0.0 (1:10m)',
  url: 'https://www.naturalearthdata.com/',
  licence: 'public domain',
  attribution: 'Made with Natural Earth',
};
export const NE110: SourceRef = {
  ...NE,
  title: 'Natural Earth v4.1.0 Admin-0 countries 1:110m (npm world-atlas 2.0.2)',
};
export const NE10_SMALL: SourceRef = {
  ...NE,
  title: 'Natural Earth v4.1.0 Admin-0 countries 1:10m, those absent at 1:110m (npm world-atlas 2.0.2)',
};
export const GEOB: SourceRef = {
  title: 'geoBoundaries v2.0 ADM1 (OpenStreetMap via Wambacher)',
  licence: 'ODbL 1.0',
  attribution: '© OpenStreetMap contributors; geoBoundaries (Runfola et al. 2020)',
};
export const ISO: SourceRef = {
  title: 'npm i18n-iso-countries 7.14.0 (Arabic and English country names)',
  url: 'https://www.npmjs.com/package/i18n-iso-countries',
  licence: 'MIT',
};

/** Common Arabic spellings of country names that `i18n-iso-countries` does not list (names only). */
export const AR_COUNTRY_VARIANTS = new Map<string, string[]>([
  ['SY', ['سورية']],
  ['US', ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية']],
  ['GB', ['بريطانيا']],
  ['TR', ['تركيا']],
  ['AE', ['الإمارات']],
]);

/** Names no file has, each with its geometry as a reference into a source file. */
export const CURATED: {
  id: string;
  ar: string[];
  en: string[];
  kind: PlaceKind;
  ref: GeometryRef;
  source: SourceRef;
  certainty: GazetteerEntry['certainty'];
  note: string;
}[] = [
  {
    id: 'tigris',
    ar: ['دجلة', 'نهر دجلة'],
    en: ['Tigris', 'Tigris River', 'River Tigris', 'Dicle'],
    kind: 'river',
    ref: {
      file: `${SOURCES}/region_rivers_10m_naturalearth.geojson`,
      property: 'name',
      values: ['Dicle', 'Tigris'],
    },
    source: {
      ...NE,
      title: 'Natural Earth v4.0.0 rivers and lake centrelines 1:10m (segments "Dicle" and "Tigris")',
    },
    certainty: 'medium',
    note: 'Natural Earth 1:10m centreline (generalised; the river and the Syria–Iraq line near Semalka differ by 1–1.6 km); clipped to the study box.',
  },
  {
    id: 'euphrates',
    ar: ['الفرات', 'نهر الفرات'],
    en: ['Euphrates', 'Euphrates River', 'River Euphrates', 'Firat', 'Al Furat'],
    kind: 'river',
    ref: {
      file: `${SOURCES}/region_rivers_10m_naturalearth.geojson`,
      property: 'name',
      values: ['Euphrates', 'Firat', 'Al Furat'],
    },
    source: {
      ...NE,
      title:
        'Natural Earth v4.0.0 rivers and lake centrelines 1:10m (segments "Euphrates", "Firat", "Al Furat")',
    },
    certainty: 'medium',
    note: 'Natural Earth 1:10m centreline (generalised), clipped to the study box.',
  },
  {
    id: 'kurdistan_region',
    ar: ['إقليم كردستان', 'إقليم كردستان العراق', 'كردستان العراق'],
    en: ['Kurdistan Region', 'Kurdistan Region of Iraq', 'Iraqi Kurdistan'],
    kind: 'region',
    ref: {
      file: `${SOURCES}/iraq_adm1_geoboundaries_osm_clipped.geojson`,
      property: 'kurdistan_region_governorate',
      values: [true as unknown as string],
    },
    source: GEOB,
    certainty: 'medium',
    note: 'Constitutional Kurdistan Region = Dohuk, Erbil, Sulaymaniyah, Halabja governorates (geoBoundaries); differs from the KRG-administered area.',
  },
  {
    id: 'northeast_syria',
    ar: ['شمال شرقي سوريا', 'شمال شرق سوريا', 'شمال وشرق سوريا', 'شمال شرقي سورية'],
    en: ['northeast Syria', 'north-east Syria', 'North and East Syria', 'northeastern Syria'],
    kind: 'region',
    ref: {
      file: `${SOURCES}/syria_adm1_geoboundaries_osm.geojson`,
      property: 'shapeISO',
      values: ['SY-HA', 'SY-RA', 'SY-DY'],
    },
    source: GEOB,
    certainty: 'low',
    note: 'Conventional approximation = al-Hasakah + ar-Raqqah + Deir ez-Zor governorates; not the AANES/SDF-held area.',
  },
];

/** Organisation and post names containing a place name; a fresh copy per call (the build fills `inner.placeId`). */
export const organisationNames = (): OrganisationName[] => [
  {
    names: ['قوات سوريا الديمقراطية', 'قوات سوريا الديموقراطية'],
    lang: 'ar',
    why: 'Syrian Democratic Forces (SDF)',
  },
  {
    names: ['مجلس سوريا الديمقراطية', 'مجلس سوريا الديموقراطية'],
    lang: 'ar',
    why: 'Syrian Democratic Council (SDC)',
  },
  {
    names: [
      'الخارجية الأمريكية',
      'الخارجية الأميركية',
      'وزارة الخارجية الأمريكية',
      'وزارة الخارجية الأميركية',
    ],
    lang: 'ar',
    why: 'US State Department',
  },
  {
    names: ['حكومة إقليم كردستان'],
    lang: 'ar',
    why: 'Kurdistan Regional Government (an actor, not the region)',
  },
  {
    names: ['الإدارة الذاتية لشمال وشرق سوريا', 'الإدارة الذاتية لشمال شرق سوريا'],
    lang: 'ar',
    why: 'the Autonomous Administration (AANES)',
  },
  {
    names: ['فريق الاستجابة والمساعدة للانتقال في سوريا'],
    lang: 'ar',
    why: 'post title: Syria Transition Assistance Response Team (START)',
    inner: { exact: 'سوريا', placeId: 'syria' },
  },
  { names: ['Syrian Democratic Forces', 'Syrian Democratic Council'], lang: 'en', why: 'SDF / SDC' },
  {
    names: ['US State Department', 'U.S. State Department', 'State Department'],
    lang: 'en',
    why: 'US State Department',
  },
  { names: ['Kurdistan Regional Government'], lang: 'en', why: 'KRG (an actor, not the region)' },
  { names: ['Autonomous Administration of North and East Syria'], lang: 'en', why: 'AANES' },
  {
    names: ['Syria Transition Assistance Response Team'],
    lang: 'en',
    why: 'post title (START)',
    inner: { exact: 'Syria', placeId: 'syria' },
  },
];
