/**
 * Stage 1 of the pipeline: the text's lines as passages (the headline first, `p00`, role "title"),
 * the lines excluded (byline, boilerplate), and the English translation given for each passage, or
 * kept from the previous run when its passage's text is unchanged.
 */
import type { DraftPassage, IngestInput, IngestReport } from '../draft.ts';
import { cpSlice } from '../draft.ts';
import type { splitText } from '../passages.ts';

export interface DraftedPassages {
  passages: DraftPassage[];
  /** Old passage id → new passage id, for passages whose text is unchanged. */
  passageIdMap: Map<string, string>;
  /** The headline's English translation, when `--translation` gave one. */
  headlineEn: string | undefined;
  excluded: { start: number; end: number; reason: string }[];
}

export function draftPassages(
  input: IngestInput,
  split: ReturnType<typeof splitText>,
  report: IngestReport,
): DraftedPassages {
  const { lang } = input;
  const prev = input.previous?.folder;
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
  return { passages, passageIdMap, headlineEn, excluded };
}
