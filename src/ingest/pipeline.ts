/**
 * The ingestion pipeline, pure: a text and a gazetteer in, the files of a draft article folder out
 * (the contract of `src/model/types.ts`), everything it proposes marked `status: 'proposed'` with
 * the rule that proposed it and its candidates. Reading files and resolving geometry references is
 * the caller's (scripts/ingest.ts), so this runs the same in node tests and the bench.
 *
 * A rerun over an existing folder keeps every reviewed item (no `status`): mentions are re-anchored
 * by quote and context in the new text, translations follow their passage's text, reviewed places
 * and events stay as they are; only proposals are replaced. What moved or was lost is reported.
 */

import type { DateClaim } from '../model/types.ts';
import { findAnaphors } from './anaphora.ts';
import { findDates } from './dates.ts';
import { matchPlaces, type PlaceMatch } from './match.ts';
import { splitText } from './passages.ts';
import type { GazetteerEntry } from './types.ts';
import {
  type DraftMention,
  type DraftTranslationMention,
  type DraftPassage,
  type DraftPlace,
  type DraftEvent,
  type DraftFolder,
  type IngestReport,
  type IngestInput,
  cpSlice,
  selectors,
  isReviewed,
  reanchor,
  SOURCE_ARTICLE,
  titleEn,
  placeFeature,
} from './draft.ts';

export {
  CONTEXT,
  placeFeature,
  reanchor,
  SYNTHETIC_DEMO_NOTICE,
  type DraftEvent,
  type DraftFolder,
  type DraftMention,
  type DraftPassage,
  type DraftPlace,
  type DraftTranslationMention,
  type IngestInput,
  type IngestReport,
  type Quote,
  type Selector,
} from './draft.ts';

/** Runs the pipeline. */
export function ingest(input: IngestInput): { folder: DraftFolder; report: IngestReport } {
  const { text, lang, index } = input;
  const cps = Array.from(text);
  const prev = input.previous?.folder;
  const report: IngestReport = {
    passages: 0,
    proposedMentions: 0,
    proposedTranslationMentions: 0,
    proposedPlaces: 0,
    unknownPlaces: 0,
    proposedEvents: 0,
    unresolvedDates: [],
    kept: { mentions: 0, places: 0, events: 0, translations: 0 },
    moved: [],
    lost: [],
  };

  // Passages and excluded lines.
  const split = splitText(text, input.outlet);
  // The headline is part of the article: a passage (role "title", id p00) whose mentions are proposed
  // like any other; the reader shows it as the title.
  const headline = split.lines.find((l) => l.role === 'title');
  const body = split.lines.filter((l) => l.role === 'body');
  const excluded = split.lines
    .filter((l) => l.role === 'byline' || l.role === 'boilerplate')
    .map((l) => ({ start: l.start, end: l.end, reason: `Line "${l.text.slice(0, 40)}": ${l.reason}` }));
  const prevByText = new Map<string, DraftPassage>();
  const oldPassageText = (p: DraftPassage, oldCps: readonly string[]) => cpSlice(oldCps, p.start, p.end);
  const oldCps = input.previous ? Array.from(input.previous.text) : [];
  if (prev) for (const p of prev.passages) prevByText.set(oldPassageText(p, oldCps), p);
  const passageIdMap = new Map<string, string>();
  // --translation: one line per body passage, or the headline's translation first and then those.
  const lines = input.translations ?? [];
  const headlineEn = headline && lines.length === body.length + 1 ? lines[0] : undefined;
  const bodyEn = headlineEn !== undefined ? lines.slice(1) : lines;
  const passages: DraftPassage[] = [...(headline ? [headline] : []), ...body].map((l, k) => {
    const isTitle = l === headline;
    const i = headline ? k - 1 : k;
    const id = isTitle ? 'p00' : `p${String(i + 1).padStart(2, '0')}`;
    const old = prevByText.get(l.text);
    if (old) passageIdMap.set(old.id, id);
    const given = isTitle ? (headlineEn ?? (lang === 'en' ? '' : undefined)) : bodyEn[i];
    const en =
      old && old.translation.en.text ? old.translation.en : { text: given ?? '', by: 'project' as const };
    if (old && old.translation.en.text) report.kept.translations++;
    return {
      id,
      start: l.start,
      end: l.end,
      ...(isTitle ? { role: 'title' as const } : {}),
      translation: { en: { ...en } },
    };
  });
  report.passages = passages.length;
  const passageAt = (s: number, e: number) => passages.find((p) => p.start <= s && e <= p.end);

  // Metadata.
  const published: DateClaim = input.published
    ? {
        date: input.published,
        precision: 'day',
        certainty: input.notice?.kind === 'synthetic-demo' ? 'low' : 'medium',
        inferred: false,
        reasoning:
          input.notice?.kind === 'synthetic-demo'
            ? 'Synthetic demo text, never published: this is the fictional dateline given on the command line (--published), used to resolve relative dates such as "yesterday".'
            : 'Given on the command line (--published) by the person who ingested the article; check it against the outlet.',
        sources: [{ title: 'ingest --published', ...(input.url ? { url: input.url } : {}) }],
      }
    : {
        date: input.today,
        precision: 'day',
        certainty: 'low',
        inferred: true,
        reasoning:
          'PLACEHOLDER: no publication date was given (--published); this is the date the text was ingested. The reviewer must replace it.',
        sources: [{ title: 'ingest run (placeholder)' }],
      };
  const meta: DraftFolder['meta'] = prev
    ? {
        ...prev.meta,
        id: input.id,
        textSha256: input.sha256,
        excluded,
        ...(input.notice ? { notice: input.notice } : {}),
      }
    : {
        id: input.id,
        language: lang,
        direction: lang === 'ar' ? 'rtl' : 'ltr',
        title: {
          ...(split.title ? { original: split.title } : {}),
          en: {
            text:
              lang === 'en' && split.title
                ? split.title
                : (headlineEn ?? `(draft: title to be translated) ${input.id}`),
            by: 'project',
          },
        },
        textSha256: input.sha256,
        outlet: {
          asDelivered:
            input.outlet ??
            (excluded[0] && split.lines.find((l) => l.role === 'byline')?.text) ??
            '(outlet not given)',
        },
        published,
        excluded,
        ...(input.notice ? { notice: input.notice } : {}),
        draft: {
          tool: 'scripts/ingest.ts',
          note: 'Draft written by the ingestion tool: every item with status "proposed" needs review.',
        },
      };
  if (!meta.excluded?.length) delete meta.excluded;

  // Reviewed mentions from the previous run, re-anchored.
  const mentions: DraftMention[] = [];
  const claimed: { start: number; end: number }[] = [];
  if (prev) {
    for (const m of prev.mentions.filter(isReviewed)) {
      const at = reanchor(cps, m.selector[1], m.selector[0].start);
      if (at === null) {
        report.lost.push(
          `mention ${m.id} "${m.selector[1].exact}" (${m.placeId}): its quote is no longer in the text; not kept`,
        );
        continue;
      }
      const end = at + Array.from(m.selector[1].exact).length;
      const p = passageAt(at, end);
      if (!p) {
        report.lost.push(`mention ${m.id} "${m.selector[1].exact}": now outside the article body; not kept`);
        continue;
      }
      if (at !== m.selector[0].start)
        report.moved.push(`mention ${m.id} "${m.selector[1].exact}": ${m.selector[0].start} → ${at}`);
      mentions.push({ ...m, passageId: p.id, selector: selectors(cps, at, end) });
      claimed.push({ start: at, end });
      report.kept.mentions++;
    }
  }

  // Proposed mentions.
  const matches = matchPlaces(text, index, { lang, within: passages });
  const usedEntries = new Map<
    string,
    { entry: GazetteerEntry; first: PlaceMatch; candidates: Set<string> }
  >();
  const unknown = new Map<string, { id: string; m: PlaceMatch }>();
  let unknownN = 0;
  for (const m of matches) {
    if (claimed.some((c) => m.start < c.end && c.start < m.end)) continue;
    const p = passageAt(m.start, m.end)!;
    let placeId = m.placeId;
    if (placeId === null) {
      const key = `${m.kind}|${m.name}`;
      let u = unknown.get(key);
      if (!u) {
        unknownN++;
        u = { id: `new_${m.kind}_${unknownN}`, m };
        unknown.set(key, u);
      }
      placeId = u.id;
    } else {
      const entry = index.entries.get(placeId);
      if (!entry) continue; // an organisation's inner place missing from this gazetteer
      const used = usedEntries.get(placeId) ?? { entry, first: m, candidates: new Set<string>() };
      for (const c of m.candidates) used.candidates.add(c);
      usedEntries.set(placeId, used);
    }
    mentions.push({
      id: '',
      placeId,
      passageId: p.id,
      role: m.role,
      selector: selectors(cps, m.start, m.end),
      status: 'proposed',
      proposal: {
        rule: m.rule,
        ...(m.candidates.length > 1 ? { candidates: m.candidates } : {}),
        ...(m.note ? { note: m.note } : {}),
      },
    });
    report.proposedMentions++;
  }
  mentions.sort((a, b) => a.selector[0].start - b.selector[0].start);

  // Places: reviewed ones kept; proposed ones from the gazetteer; unknown names without geometry.
  const features: DraftPlace[] = [];
  const have = new Set<string>();
  if (prev) {
    for (const f of prev.places.features.filter(isReviewed)) {
      features.push(f);
      have.add(f.id);
      report.kept.places++;
    }
  }
  for (const [id, { entry, first, candidates }] of usedEntries) {
    if (have.has(id)) continue;
    const f = placeFeature(
      entry,
      input.geometryOf(entry),
      entry.article ? `gazetteer (reviewed in ${entry.article})` : 'gazetteer',
      {
        asWritten: cpSlice(cps, first.start, first.end),
        lang,
        others: [...candidates].filter((c) => c !== id),
      },
    );
    features.push(f);
    report.proposedPlaces++;
  }
  for (const { id, m } of unknown.values()) {
    features.push({
      type: 'Feature',
      id,
      geometry: null,
      properties: {
        name_ar: lang === 'ar' ? (m.name ?? '') : '',
        name_en: lang === 'en' ? (m.name ?? '') : `(English name to be written) ${m.name ?? ''}`,
        kind: m.kind ?? 'facility',
        certainty: 'low',
        note: 'Not in the gazetteer: place it on the map in the review page (source "placed by the editor").',
        geometry_source: { title: 'none yet: to be placed by the editor', licence: 'none (no geometry yet)' },
        status: 'proposed',
        proposal: {
          rule: m.rule,
          note: `"${cpSlice(cps, m.start, m.end)}": a cue word followed by an unknown name`,
        },
      },
    });
    report.unknownPlaces++;
  }

  // Anaphors ("هذا المعبر", "this crossing"): back to the most recent earlier place of that kind.
  const kindOf = new Map(features.map((f) => [f.id, f.properties.kind]));
  const passageIndex = new Map(passages.map((p, i) => [p.id, i]));
  const antecedents = mentions.flatMap((m) => {
    const kind = kindOf.get(m.placeId);
    return m.role === 'place' && kind
      ? [
          {
            placeId: m.placeId,
            kind,
            start: m.selector[0].start,
            passage: passageIndex.get(m.passageId) ?? -1,
          },
        ]
      : [];
  });
  const taken = mentions.map((m) => ({ start: m.selector[0].start, end: m.selector[0].end }));
  for (const a of findAnaphors(text, lang, antecedents, passages, taken)) {
    mentions.push({
      id: '',
      placeId: a.placeId,
      passageId: passageAt(a.start, a.end)!.id,
      role: 'anaphor',
      selector: selectors(cps, a.start, a.end),
      status: 'proposed',
      proposal: {
        rule: a.rule,
        ...(a.candidates.length > 1 ? { candidates: a.candidates } : {}),
        note: a.note,
      },
    });
    report.proposedMentions++;
  }
  mentions.sort((a, b) => a.selector[0].start - b.selector[0].start);

  // Ids: reviewed keep theirs; proposals are numbered after them.
  const takenIds = new Set(mentions.filter((m) => m.id).map((m) => m.id));
  let n = 0;
  const nextId = (prefix: string) => {
    let id: string;
    do id = `${prefix}${String(++n).padStart(2, '0')}`;
    while (takenIds.has(id));
    takenIds.add(id);
    return id;
  };
  for (const m of mentions) if (!m.id) m.id = nextId('m');

  // Translation mentions: the passage's places, matched by their English names.
  const earlierTm: { placeId: string; passage: number }[] = [];
  // Every kept translation mention keeps its id: reserve them all before numbering new ones.
  for (const q of prev?.passages ?? [])
    for (const t of q.translation.en.mentions ?? []) if (isReviewed(t)) takenIds.add(t.id);
  for (const p of passages) {
    const en = p.translation.en;
    const old = prev?.passages.find((q) => passageIdMap.get(q.id) === p.id);
    const keptTm = (old?.translation.en.mentions ?? []).filter(isReviewed);
    if (!en.text) continue;
    const tms: DraftTranslationMention[] = [...keptTm];
    for (const t of keptTm) takenIds.add(t.id);
    const here = mentions.filter((m) => m.passageId === p.id);
    const placeIds = new Set(here.map((m) => m.placeId));
    const tcps = Array.from(en.text);
    for (const m of matchPlaces(en.text, index, { lang: 'en' })) {
      const pid =
        m.placeId && placeIds.has(m.placeId) ? m.placeId : m.candidates.find((c) => placeIds.has(c));
      if (!pid) continue;
      if (tms.some((t) => m.start < t.selector[0].end && t.selector[0].start < m.end)) continue;
      const arRole = here.find((x) => x.placeId === pid)?.role;
      tms.push({
        id: nextId('t'),
        placeId: pid,
        role: arRole === 'actor' || arRole === 'name-part' ? arRole : m.role,
        selector: selectors(tcps, m.start, m.end),
        status: 'proposed',
        proposal: { rule: `translation:${m.rule}`, note: 'English name of a place this passage mentions' },
      });
      report.proposedTranslationMentions++;
    }
    // "the crossing" in the translation, where the original passage has an anaphor to that place.
    const anaphorPlaces = new Set(here.filter((m) => m.role === 'anaphor').map((m) => m.placeId));
    if (anaphorPlaces.size) {
      const pi = passageIndex.get(p.id) ?? 0;
      const back = [
        ...earlierTm.map((t) => ({ ...t, start: -1, passage: t.passage - pi })),
        ...tms.map((t) => ({ placeId: t.placeId, start: t.selector[0].start, passage: 0 })),
      ].flatMap((a) => {
        const kind = kindOf.get(a.placeId);
        return kind ? [{ ...a, kind }] : [];
      });
      const ranges = tms.map((t) => ({ start: t.selector[0].start, end: t.selector[0].end }));
      for (const a of findAnaphors(en.text, 'en', back, [{ start: 0, end: tcps.length }], ranges)) {
        if (!anaphorPlaces.has(a.placeId)) continue;
        tms.push({
          id: nextId('t'),
          placeId: a.placeId,
          role: 'anaphor',
          selector: selectors(tcps, a.start, a.end),
          status: 'proposed',
          proposal: {
            rule: `translation:${a.rule}`,
            note: 'the original passage refers back to this place here',
          },
        });
        report.proposedTranslationMentions++;
      }
    }
    tms.sort((a, b) => a.selector[0].start - b.selector[0].start);
    for (const t of tms) earlierTm.push({ placeId: t.placeId, passage: passageIndex.get(p.id) ?? 0 });
    if (tms.length) en.mentions = tms;
  }

  // Events: reviewed kept (passage ids remapped); proposals from the dates in the text.
  const events: DraftEvent[] = [];
  const eventIds = new Set<string>();
  if (prev) {
    for (const e of prev.events.filter(isReviewed)) {
      const passageIds = e.passageIds.map((id) => passageIdMap.get(id)).filter((x): x is string => !!x);
      if (passageIds.length !== e.passageIds.length)
        report.lost.push(`event ${e.id}: some of its passages changed; their links were dropped`);
      events.push({ ...e, passageIds });
      eventIds.add(e.id);
      report.kept.events++;
    }
  }
  const fiscalStartMonth = mentions.some(
    (m) => m.placeId.startsWith('united_states') || m.placeId === 'washington',
  )
    ? 10
    : 1;
  const dates = findDates(text, {
    lang,
    within: passages,
    fiscalStartMonth,
    ...(input.published ? { published: input.published } : {}),
  });
  const byDate = new Map<string, DraftEvent>();
  const articleSource = SOURCE_ARTICLE(input, meta);
  let e = 0;
  for (const d of dates) {
    const p = passageAt(d.start, d.end)!;
    if (!d.date) {
      report.unresolvedDates.push(`"${d.exact}" (${p.id}): ${d.reasoning}`);
      continue;
    }
    if (events.some((x) => isReviewed(x) && x.date === d.date)) continue;
    const existing = byDate.get(`${d.date}|${d.precision}`);
    const places = [
      ...new Set(mentions.filter((m) => m.passageId === p.id && m.role === 'place').map((m) => m.placeId)),
    ];
    if (existing) {
      if (!existing.passageIds.includes(p.id)) existing.passageIds.push(p.id);
      for (const pl of places) if (!existing.placeIds.includes(pl)) existing.placeIds.push(pl);
      continue;
    }
    let id: string;
    do id = `e${String(++e).padStart(2, '0')}`;
    while (eventIds.has(id));
    eventIds.add(id);
    const ev: DraftEvent = {
      id,
      title: {
        ...(lang === 'ar' ? { ar: { text: `تاريخ في النص: ${d.exact}`, by: 'project' as const } } : {}),
        en: { text: titleEn(d, p.id), by: 'project' },
      },
      date: d.date,
      precision: d.precision,
      certainty: d.certainty,
      origin: 'article',
      sources: [articleSource],
      placeIds: places,
      passageIds: [p.id],
      note: `"${d.exact}": ${d.reasoning}`,
      status: 'proposed',
      proposal: { rule: d.rule, note: d.reasoning },
    };
    byDate.set(`${d.date}|${d.precision}`, ev);
    events.push(ev);
    report.proposedEvents++;
  }
  if (
    input.published &&
    !events.some((x) => x.date === input.published && x.title.en.text.startsWith('Article published'))
  ) {
    let id = 'article_published';
    for (let k = 2; eventIds.has(id); k++) id = `article_published_${k}`;
    events.push({
      id,
      title: { en: { text: `Article published${input.outlet ? ` by ${input.outlet}` : ''}`, by: 'project' } },
      date: input.published,
      precision: 'day',
      certainty: 'medium',
      origin: 'article',
      sources: [articleSource],
      placeIds: [],
      passageIds: passages[0] ? [passages[0].id] : [],
      note: 'The publication date given to the ingest command.',
      status: 'proposed',
      proposal: { rule: 'published-option' },
    });
    report.proposedEvents++;
  }

  // A place no mention refers to any more (a proposal whose mention was rejected) is dropped.
  const mentioned = new Set([
    ...mentions.map((m) => m.placeId),
    ...passages.flatMap((p) => (p.translation.en.mentions ?? []).map((t) => t.placeId)),
    ...events.flatMap((x) => x.placeIds),
  ]);
  const placesOut = features.filter((f) => isReviewed(f) || mentioned.has(f.id));

  return {
    folder: { meta, passages, mentions, places: { type: 'FeatureCollection', features: placesOut }, events },
    report,
  };
}
