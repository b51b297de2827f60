/**
 * What the atlas keeps of one article (its digest): the list entry, its places with a quoted
 * passage each, its events, and its search terms. Built from the validated model, once per article;
 * the collection's indexes (`build-index.ts`) are built from digests only, so the build can keep
 * digests of unchanged articles and redo only the indexes an added article touches.
 */
import '../carto/pole.ts'; // areas' anchors (polylabel), kept off the reader's first view
import { anchor } from '../carto/geometry.ts';
import type { ArticleModel, ContentLang } from '../model/types.ts';
import { indexTerms } from './search-text.ts';

/** A place as one article has it. */
export interface DigestPlace {
  /** The id inside the article (the app's `place=`). */
  id: string;
  gazetteerId?: string;
  point: [number, number];
  name_ar: string;
  name_en: string;
  kind: string;
  /** The first passage that mentions it, original and the project's English, trimmed around the mention. */
  quote: string;
  quoteEn?: string;
}

export interface DigestEvent {
  id: string;
  /** Half-open span, epoch ms. */
  start: number;
  end: number;
  title: { ar?: string; en: string };
  placeIds: string[];
}

export interface ArticleDigest {
  id: string;
  lang: ContentLang;
  title: { ar?: string; en: string };
  outlet: string;
  /** Publication date as written (ISO 8601), and its day in epoch ms for sorting. */
  date: string;
  day: number;
  synthetic: boolean;
  places: DigestPlace[];
  events: DigestEvent[];
  /** Place mentions in the text. */
  mentions: number;
  /** Search terms (see `search-text.ts`). */
  terms: string[];
}

/** How much of a passage a card quotes around the mention, in code points. */
export const QUOTE_CPS = 220;

/** The passage `[ps, pe)` trimmed to {@link QUOTE_CPS} around `[ms, me)`, with ellipses where cut. */
export function trimQuote(
  cps: { slice(start: number, end: number): string },
  ps: number,
  pe: number,
  ms: number,
  me: number,
): string {
  if (pe - ps <= QUOTE_CPS) return cps.slice(ps, pe).trim();
  const room = Math.max(0, QUOTE_CPS - (me - ms));
  let a = Math.max(ps, ms - Math.floor(room / 2));
  const b = Math.min(pe, a + QUOTE_CPS);
  a = Math.max(ps, b - QUOTE_CPS);
  return `${a > ps ? '…' : ''}${cps.slice(a, b).trim()}${b < pe ? '…' : ''}`;
}

const short = (s: string) => {
  const cps = Array.from(s);
  return cps.length <= QUOTE_CPS ? s : `${cps.slice(0, QUOTE_CPS).join('')}…`;
};

/** The digest of one valid article. */
export function digestArticle(m: ArticleModel): ArticleDigest {
  const lang: ContentLang = m.meta.language.startsWith('ar') ? 'ar' : 'en';
  const places: DigestPlace[] = [];
  for (const p of m.places) {
    const first = m.mentionsByPlace.get(p.id)?.[0];
    const passage = first ? m.passageById.get(first.passageId) : undefined;
    if (!first || !passage) continue; // a place no mention names is not reported by the article
    const [pos] = first.selector;
    const gid = (p.properties as { gazetteer_id?: unknown }).gazetteer_id;
    const en = passage.translation.en.text;
    places.push({
      id: p.id,
      ...(typeof gid === 'string' ? { gazetteerId: gid } : {}),
      point: anchor(p).map((v) => Math.round(v * 1e5) / 1e5) as [number, number],
      name_ar: p.properties.name_ar,
      name_en: p.properties.name_en,
      kind: p.properties.kind,
      quote: trimQuote(m.codePoints, passage.start, passage.end, pos.start, pos.end),
      ...(lang === 'ar' && en ? { quoteEn: short(en) } : {}),
    });
  }
  const events: DigestEvent[] = [];
  for (const e of m.events) {
    const span = m.eventSpan.get(e.id);
    if (!span) continue;
    events.push({
      id: e.id,
      start: span.start,
      end: span.end,
      title: { ...(e.title.ar ? { ar: e.title.ar.text } : {}), en: e.title.en.text },
      placeIds: [...e.placeIds],
    });
  }
  const original = m.meta.title.original;
  const title = { ...(original && lang === 'ar' ? { ar: original } : {}), en: m.meta.title.en.text };
  const terms = new Set<string>();
  for (const s of [title.ar ?? '', title.en, m.meta.outlet.asDelivered, m.text]) indexTerms(s, terms);
  for (const p of places) indexTerms(`${p.name_ar} ${p.name_en}`, terms);
  for (const p of m.passages) indexTerms(p.translation.en.text, terms);
  const date = m.meta.published.date;
  return {
    id: m.meta.id,
    lang,
    title,
    outlet: m.meta.outlet.match?.name_en ?? m.meta.outlet.asDelivered,
    date,
    day: Date.parse(date.slice(0, 10)),
    synthetic: m.meta.notice?.kind === 'synthetic-demo',
    places,
    events,
    mentions: m.mentions.length,
    terms: [...terms].sort(),
  };
}
