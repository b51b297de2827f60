/** A small gazetteer for the matcher tests (points are illustrative, never shipped). */
import type { GazetteerEntry, OrganisationName } from '../../src/ingest/types.ts';

const src = { title: 'test fixture' };
const e = (
  id: string,
  ar: string[],
  en: string[],
  kind: GazetteerEntry['kind'],
  extra: Partial<GazetteerEntry> = {},
): GazetteerEntry => ({
  id,
  names: { ar, en },
  kind,
  point: [0, 0],
  precision_m: 1000,
  certainty: 'high',
  source: src,
  ...extra,
});

export const ENTRIES: GazetteerEntry[] = [
  e('syria', ['سوريا', 'سورية'], ['Syria'], 'country', { actor: true }),
  e(
    'northeast_syria',
    ['شمال شرقي سوريا', 'شمال شرق سوريا'],
    ['northeast Syria', 'North-East Syria'],
    'region',
  ),
  e('hasakah_city', ['الحسكة'], ['al-Hasakah', 'Hasakah'], 'city', { article: 'a' }),
  e(
    'hasakah_governorate',
    ['الحسكة', 'محافظة الحسكة'],
    ['al-Hasakah governorate', 'Al-Hasakah'],
    'governorate',
    { article: 'a' },
  ),
  e('washington', ['واشنطن'], ['Washington'], 'city', { actor: true }),
  e(
    'united_states',
    ['الولايات المتحدة', 'أمريكا', 'أميركا'],
    ['United States', 'the United States', 'US', 'America'],
    'country',
    { actor: true },
  ),
  e('qamishli', ['القامشلي'], ['Qamishli'], 'city'),
  e('tigris', ['دجلة', 'نهر دجلة'], ['Tigris', 'Tigris River'], 'river'),
  e('semalka_crossing', ['معبر سيمالكا', 'سيمالكا'], ['Semalka crossing', 'Semalka'], 'crossing'),
  e('ghwayran', ['غويران'], ['Ghwayran'], 'neighbourhood'),
  e('iraq', ['العراق'], ['Iraq'], 'country', { actor: true }),
  e(
    'kurdistan_region',
    ['إقليم كردستان العراق', 'إقليم كردستان', 'كردستان العراق'],
    ['Kurdistan Region', 'Iraqi Kurdistan'],
    'region',
  ),
];

export const ORGS: OrganisationName[] = [
  { names: ['قوات سوريا الديمقراطية', 'قوات سوريا الديموقراطية'], lang: 'ar', why: 'SDF' },
  { names: ['مجلس سوريا الديمقراطية', 'مجلس سوريا الديموقراطية'], lang: 'ar', why: 'SDC' },
  { names: ['الخارجية الأمريكية', 'الخارجية الأميركية'], lang: 'ar', why: 'US State Department' },
  {
    names: ['فريق الاستجابة والمساعدة للانتقال في سوريا'],
    lang: 'ar',
    why: 'START',
    inner: { exact: 'سوريا', placeId: 'syria' },
  },
  { names: ['Syrian Democratic Forces'], lang: 'en', why: 'SDF' },
  { names: ['US State Department', 'State Department'], lang: 'en', why: 'US State Department' },
  { names: ['Kurdistan Regional Government'], lang: 'en', why: 'KRG' },
];
