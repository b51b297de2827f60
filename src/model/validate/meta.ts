/** `article.json`: the article's identity, language, title, text hash, outlet, dates, excluded ranges. */
import { type Checker, show } from './checker.ts';
import { CERTAINTIES, dateClaim, projectText, url } from './common.ts';
import { type Range, rangeInText } from './text.ts';
import { NOTICE_KINDS } from '../types.ts';

const DIRECTIONS = ['rtl', 'ltr'] as const;
const BCP47 = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const META_KEYS = [
  'id',
  'language',
  'direction',
  'title',
  'textSha256',
  'outlet',
  'published',
  'reports',
  'excluded',
  'notice',
  // The ingest tool's `{tool, note}` block on a draft; the review page drops it once no proposal is left.
  'draft',
] as const;
const NOTICE_KEYS = ['kind', 'text'] as const;
const NOTICE_TEXT_KEYS = ['ar', 'en'] as const;
const TITLE_KEYS = ['original', 'en'] as const;
const OUTLET_KEYS = ['asDelivered', 'match'] as const;
const MATCH_KEYS = ['name', 'name_en', 'url', 'certainty', 'note'] as const;
const REPORTS_KEYS = ['eventId', 'note'] as const;
const EXCLUDED_KEYS = ['start', 'end', 'reason'] as const;

export interface MetaOptions {
  textSha256?: string;
  expectedId?: string;
}

/** Checks `meta`; returns its excluded ranges for the passage check. */
export function checkMeta(
  c: Checker,
  raw: unknown,
  eventIds: ReadonlyMap<string, string>,
  opts: MetaOptions,
  length: number,
): Range[] {
  const path = 'meta';
  const o = c.object(raw, path);
  if (!o) return [];
  c.keys(o, path, META_KEYS);
  const id = c.id(o.id, `${path}.id`);
  if (id !== null && opts.expectedId !== undefined && id !== opts.expectedId) {
    c.add(`${path}.id`, `${show(id)} does not match the folder name ${show(opts.expectedId)}`);
  }
  const language = c.string(o, 'language', path);
  if (language !== null && !BCP47.test(language))
    c.add(`${path}.language`, `expected a BCP 47 language tag, got ${show(language)}`);
  c.enumOf(o, 'direction', path, DIRECTIONS);

  const title = c.object(o.title, `${path}.title`);
  if (title) {
    c.keys(title, `${path}.title`, TITLE_KEYS);
    c.optionalString(title, 'original', `${path}.title`);
    projectText(c, title.en, `${path}.title.en`);
  }

  const sha = c.string(o, 'textSha256', path);
  if (sha !== null) {
    if (!SHA256_HEX.test(sha))
      c.add(`${path}.textSha256`, `expected 64 lowercase hex digits, got ${show(sha)}`);
    else if (opts.textSha256 !== undefined && sha !== opts.textSha256) {
      c.add(`${path}.textSha256`, `${sha} does not match the sha256 of the text, ${opts.textSha256}`);
    }
  }

  const outlet = c.object(o.outlet, `${path}.outlet`);
  if (outlet) {
    c.keys(outlet, `${path}.outlet`, OUTLET_KEYS);
    c.string(outlet, 'asDelivered', `${path}.outlet`);
    if (outlet.match !== undefined) {
      const mp = `${path}.outlet.match`;
      const match = c.object(outlet.match, mp);
      if (match) {
        c.keys(match, mp, MATCH_KEYS);
        for (const key of ['name', 'name_en', 'note']) c.string(match, key, mp);
        url(c, match.url, `${mp}.url`);
        c.enumOf(match, 'certainty', mp, CERTAINTIES);
      }
    }
  }

  dateClaim(c, o.published, `${path}.published`);

  if (o.reports !== undefined) {
    const reports = c.object(o.reports, `${path}.reports`);
    if (reports) {
      c.keys(reports, `${path}.reports`, REPORTS_KEYS);
      c.reference(reports.eventId, `${path}.reports.eventId`, eventIds, 'event');
      c.optionalString(reports, 'note', `${path}.reports`);
    }
  }

  if (o.notice !== undefined) {
    const np = `${path}.notice`;
    const notice = c.object(o.notice, np);
    if (notice) {
      c.keys(notice, np, NOTICE_KEYS);
      c.enumOf(notice, 'kind', np, NOTICE_KINDS);
      const text = c.object(notice.text, `${np}.text`);
      if (text) {
        c.keys(text, `${np}.text`, NOTICE_TEXT_KEYS);
        projectText(c, text.ar, `${np}.text.ar`);
        projectText(c, text.en, `${np}.text.en`);
      }
    }
  }

  const excluded: Range[] = [];
  if (o.excluded !== undefined) {
    c.array(o.excluded, `${path}.excluded`)?.forEach((e, i) => {
      const ep = `${path}.excluded[${i}]`;
      const x = c.object(e, ep);
      if (!x) return;
      c.keys(x, ep, EXCLUDED_KEYS);
      c.string(x, 'reason', ep);
      const r = rangeInText(c, x, ep, length);
      if (r) excluded.push(r);
    });
  }
  return excluded;
}
