/**
 * Stage 2 of the pipeline: article.json's metadata. The publication date is the one given, or the
 * ingest day as a placeholder the reviewer must replace; a rerun keeps the reviewed metadata and
 * updates only the id, the text's hash, the excluded lines and the notice.
 */
import type { DateClaim } from '../../model/types.ts';
import type { DraftFolder, IngestInput } from '../draft.ts';
import type { splitText } from '../passages.ts';
import type { DraftedPassages } from './passages.ts';

export function draftMeta(
  input: IngestInput,
  split: ReturnType<typeof splitText>,
  { excluded, headlineEn }: Pick<DraftedPassages, 'excluded' | 'headlineEn'>,
): DraftFolder['meta'] {
  const { lang } = input;
  const prev = input.previous?.folder;
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
  return meta;
}
