/**
 * A synthetic collection for tests and benchmarks (issue 20.5): N article folders in the data
 * contract, seeded and deterministic. Never shipped and never written under `geodata/` (the CLI,
 * `scripts/synth-collection.ts`, refuses); every article carries the `synthetic-demo` notice and an
 * outlet that says it is test data.
 *
 * Places are gazetteer entries (their point, precision, names and sources: nothing is invented):
 * the shipped entries and, from the CLI and the bench, the world index (GeoNames cities500, see
 * `scripts/gazetteer/geonames.ts`; `synthPlaces` in `scripts/synth-collection.ts`). They are drawn
 * with a Zipf-like skew over a seeded ranking ({@link rankPlaces}): the shipped entries (the
 * newsroom's own region) head it, then world places in a seeded order weighted by population, so a
 * few places are in most articles and most places in a few; 10,000 articles name about 20,000
 * distinct places. An Arabic article names only places with an Arabic name (the next one in the
 * ranking when the drawn one has none); an English article may name any, its `name_ar` left empty
 * (a place needs a name in its article's language only). Every place carries `gazetteer_id` as
 * ingest writes it. Text is built from fixed sentence templates in the article's language with the
 * place names inserted, so every mention's offsets (code points) and quote are exact by
 * construction; events get dates near the publication date.
 */
import type { GazetteerEntry } from '../ingest/types.ts';
import { mulberry32 } from '../timeline/synthetic.ts';

export interface SynthOptions {
  /** How many articles. */
  count: number;
  seed?: number;
  /** Zipf exponent of the place draw (≈1: a heavy head, a long tail). */
  skew?: number;
  /** Mentions per article, on average (each passage names one or two places). */
  mentionsPerArticle?: number;
  /** Share of Arabic articles (the rest are English). */
  arabicShare?: number;
  /** Publication dates fall in `[from, to)` (epoch ms, whole UTC days). */
  from?: number;
  to?: number;
  /** Hex sha256 of a text (node's crypto in the CLI; the browser's in none: this is build-time). */
  sha256: (text: string) => string;
}

/** One generated folder: file name → contents. */
export interface SynthArticle {
  id: string;
  files: Record<string, string>;
}

const DAY = 86_400_000;
const CONTEXT = 32;

const TEMPLATES = {
  ar: [
    'تابع فريق التحرير التطورات في {A} خلال الأيام الماضية.',
    'وقال سكان من {A} إن الطريق إلى {B} بقي مفتوحاً.',
    'ويأتي ذلك بعد اجتماع عقد في {A} لبحث الأوضاع الإنسانية.',
    'وأشارت مصادر محلية إلى وصول قافلة مساعدات إلى {A} قادمة من {B}.',
    'وتحدث مسؤولون في {A} عن خطط لإعادة تأهيل المدارس.',
  ],
  en: [
    'The desk followed developments in {A} over the past days.',
    'Residents of {A} said the road to {B} remained open.',
    'This follows a meeting held in {A} on the humanitarian situation.',
    'Local sources reported an aid convoy arriving in {A} from {B}.',
    'Officials in {A} spoke of plans to repair schools.',
  ],
} as const;

const TITLE = {
  ar: (n: number, a: string) => `مقال اصطناعي ${n}: ${a}`,
  en: (n: number, a: string) => `Synthetic article ${n}: ${a}`,
};
const EVENT_TITLE = {
  ar: (a: string) => `حدث اصطناعي في ${a}`,
  en: (a: string) => `Synthetic event in ${a}`,
};

/** The notice every generated article carries (kind `synthetic-demo`). */
export const SYNTH_NOTICE = {
  kind: 'synthetic-demo',
  text: {
    ar: { text: 'مقال اصطناعي مولَّد آلياً لاختبار الأداة، وليس تقريراً إخبارياً.', by: 'project' },
    en: { text: 'A synthetic article generated to test the tool, not a news report.', by: 'project' },
  },
} as const;

/** The outlet of every generated article. */
export const SYNTH_OUTLET = 'Synthetic collection (test data)';

/** Zipf weights `1 / (rank + 1)^s`, as a cumulative table for sampling. */
export function zipfTable(n: number, s: number): Float64Array {
  const cum = new Float64Array(n);
  let t = 0;
  for (let i = 0; i < n; i++) cum[i] = t += 1 / Math.pow(i + 1, s);
  return cum;
}

/** Index drawn from a cumulative table with `u` in [0, 1). */
export function drawIndex(cum: Float64Array, u: number): number {
  const x = u * cum[cum.length - 1]!;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Zero-padded article number, so ids sort in generation order. */
export const synthId = (i: number) => `synth-${String(i + 1).padStart(5, '0')}`;

/**
 * The draw's ranking: entries with a point and an English name (every one a generated article
 * could name); the shipped entries first in a seeded shuffle, then the world entries (`world: true`)
 * in a seeded order weighted by population (Efraimidis–Spirakis keys `u^(1/w)`, `w` = √population),
 * so a capital tends to rank above a village but not always. A world entry that is a shipped entry
 * (its `geonames` id) is left out: one place, one entry.
 */
export function rankPlaces(entries: readonly GazetteerEntry[], rand: () => number): GazetteerEntry[] {
  const usable = entries.filter((e) => Array.isArray(e.point) && e.names.en[0]);
  const own = usable.filter((e) => !e.world);
  const shippedGeonames = new Set(own.flatMap((e) => (e.geonames ? [e.geonames] : [])));
  for (let i = own.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [own[i], own[j]] = [own[j]!, own[i]!];
  }
  const world = usable
    .filter((e) => e.world && !(e.geonames && shippedGeonames.has(e.geonames)))
    .map((e) => ({ e, k: Math.pow(rand(), 1 / Math.sqrt(Math.max(e.population ?? 0, 500))) }))
    .sort((a, b) => b.k - a.k)
    .map(({ e }) => e);
  return [...own, ...world];
}

/**
 * Generates `count` articles from the ranking {@link rankPlaces} gives `entries` (the shipped
 * gazetteer alone, or with the world index: see the module comment).
 */
export function synthCollection(entries: readonly GazetteerEntry[], o: SynthOptions): SynthArticle[] {
  const rand = mulberry32(o.seed ?? 20);
  const pool = rankPlaces(entries, rand);
  if (pool.filter((e) => e.names.ar[0]).length < 2)
    throw new Error('synthCollection: the gazetteer needs at least two places with a point');
  const cum = zipfTable(pool.length, o.skew ?? 0.94);
  const from = o.from ?? Date.UTC(2015, 0, 1);
  const to = o.to ?? Date.UTC(2026, 0, 1);
  const perArticle = o.mentionsPerArticle ?? 10;
  const out: SynthArticle[] = [];
  for (let n = 0; n < o.count; n++) out.push(oneArticle(n, pool, cum, rand, { ...o, from, to, perArticle }));
  return out;
}

interface Ctx extends SynthOptions {
  from: number;
  to: number;
  perArticle: number;
}

function oneArticle(
  n: number,
  pool: readonly GazetteerEntry[],
  cum: Float64Array,
  rand: () => number,
  o: Ctx,
): SynthArticle {
  const id = synthId(n);
  const lang = rand() < (o.arabicShare ?? 0.6) ? 'ar' : 'en';
  const published = o.from + Math.floor((rand() * (o.to - o.from)) / DAY) * DAY;
  // Passages: each names one place ({A}) or two ({A} … {B}); about perArticle mentions in all.
  const passageCount = Math.max(2, Math.round((o.perArticle / 1.4) * (0.6 + rand() * 0.8)));
  const cps: string[] = [];
  const push = (s: string) => {
    for (const ch of s) cps.push(ch);
  };
  const used = new Map<string, GazetteerEntry>();
  const passages: object[] = [];
  const mentions: object[] = [];
  const passageIds: string[] = [];
  const title = { first: '' };
  // An Arabic article names a place by its Arabic name: the drawn place or the next that has one.
  const placeOf = (): GazetteerEntry => {
    let i = drawIndex(cum, rand());
    if (lang === 'ar') while (!pool[i % pool.length]!.names.ar[0]) i++;
    return pool[i % pool.length]!;
  };
  for (let p = 0; p < passageCount; p++) {
    const templates = TEMPLATES[lang];
    const t = Math.floor(rand() * templates.length);
    const tpl = templates[t]!;
    const enTpl = TEMPLATES.en[t]!;
    const a = placeOf();
    let b = placeOf();
    for (let k = 1; b.id === a.id || (lang === 'ar' && !b.names.ar[0]); k++)
      b = pool[(pool.indexOf(a) + k) % pool.length]!;
    const pid = `p${String(p + 1).padStart(2, '0')}`;
    if (p > 0) push('\n');
    const start = cps.length;
    const pieces = tpl.split(/(\{A\}|\{B\})/);
    for (const piece of pieces) {
      if (piece === '{A}' || piece === '{B}') {
        const e = piece === '{A}' ? a : b;
        const name = lang === 'ar' ? e.names.ar[0]! : e.names.en[0]!;
        const s = cps.length;
        push(name);
        used.set(e.id, e);
        mentions.push({
          id: `m${mentions.length + 1}`,
          placeId: e.id,
          passageId: pid,
          s,
          e: cps.length,
          name,
        });
      } else push(piece);
    }
    if (!title.first) title.first = a.id;
    const en = enTpl.replace('{A}', a.names.en[0]!).replace('{B}', b.names.en[0]!);
    passages.push({ id: pid, start, end: cps.length, translation: { en: { text: en, by: 'project' } } });
    passageIds.push(pid);
  }
  const text = cps.join('');
  const slice = (a: number, b: number) => cps.slice(Math.max(0, a), Math.max(0, b)).join('');
  const mentionRecords = (
    mentions as { id: string; placeId: string; passageId: string; s: number; e: number }[]
  ).map((m) => ({
    id: m.id,
    placeId: m.placeId,
    passageId: m.passageId,
    role: 'place',
    selector: [
      { type: 'TextPositionSelector', start: m.s, end: m.e },
      {
        type: 'TextQuoteSelector',
        exact: slice(m.s, m.e),
        prefix: slice(m.s - CONTEXT, m.s),
        suffix: slice(m.e, m.e + CONTEXT),
      },
    ],
  }));
  const head = used.get(title.first)!;
  const places = {
    type: 'FeatureCollection',
    features: [...used.values()].map((e) => ({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: e.point },
      properties: {
        name_ar: e.names.ar[0] ?? '',
        name_en: e.names.en[0],
        kind: e.kind,
        precision_m: e.precision_m,
        certainty: e.certainty,
        note: `Synthetic collection: the gazetteer's representative point for ${e.id}.`,
        geometry_source: e.source,
        ...(e.name_source ? { name_source: e.name_source } : {}),
        gazetteer_id: e.id,
      },
    })),
  };
  const events: object[] = [];
  const eventCount = 1 + Math.floor(rand() * 3);
  const placeIds = [...used.keys()];
  for (let k = 0; k < eventCount; k++) {
    const day = published - Math.floor(rand() * 20) * DAY;
    const where = placeIds[Math.floor(rand() * placeIds.length)]!;
    const e = used.get(where)!;
    events.push({
      id: `e${k + 1}`,
      title: {
        ...(e.names.ar[0] ? { ar: { text: EVENT_TITLE.ar(e.names.ar[0]), by: 'project' } } : {}),
        en: { text: EVENT_TITLE.en(e.names.en[0]!), by: 'project' },
      },
      date: new Date(day).toISOString().slice(0, 10),
      precision: 'day',
      certainty: 'low',
      origin: 'article',
      sources: [{ title: `${SYNTH_OUTLET} — the article itself` }],
      placeIds: [where],
      passageIds: [passageIds[Math.floor(rand() * passageIds.length)]!],
    });
  }
  const meta = {
    id,
    language: lang,
    direction: lang === 'ar' ? 'rtl' : 'ltr',
    title: {
      original: TITLE[lang](n + 1, lang === 'ar' ? head.names.ar[0]! : head.names.en[0]!),
      en: { text: TITLE.en(n + 1, head.names.en[0]!), by: 'project' },
    },
    textSha256: o.sha256(text),
    outlet: { asDelivered: SYNTH_OUTLET },
    published: {
      date: new Date(published).toISOString().slice(0, 10),
      precision: 'day',
      certainty: 'low',
      inferred: false,
      reasoning: 'Synthetic: a seeded random day, never published.',
      sources: [{ title: 'scripts/synth-collection.ts' }],
    },
    notice: SYNTH_NOTICE,
  };
  const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;
  return {
    id,
    files: {
      'article.json': json(meta),
      'article.txt': text,
      'passages.json': json(passages),
      'mentions.json': json(mentionRecords),
      'places.geojson': json(places),
      'events.json': json(events),
    },
  };
}
