/**
 * Build `geodata/hasakah-prison-us-statement-2022/mentions.json` from article.txt.
 *
 * Run:  npm run build:mentions
 *
 * A table of surface forms → {placeId, role} is scanned over the text (code points). Every match of
 * every form is collected, then claimed longest-first: a match that overlaps an already-claimed one
 * is dropped, so a shorter form (سوريا) never double-counts inside a longer one (شمال شرقي سوريا).
 * Some rows are "blockers" (placeId null): organisation names that contain a place word but are not
 * place mentions (قوات سوريا الديمقراطية, مجلس سوريا الديموقراطية); they claim their range and emit
 * nothing. Rows with `exact` emit only that sub-string of the matched context (e.g. سوريا inside the
 * post title "فريق الاستجابة والمساعدة للانتقال في سوريا", role name-part).
 *
 * Offsets are Unicode code points, half-open. prefix/suffix = up to 32 code points, clipped at the
 * text boundaries. The passageId is the passage (passages.json) that contains the mention.
 * The README's listed offsets are asserted to fall inside found mentions. Prints a count per place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Mention, MentionRole, Passage } from '../src/model/types.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'geodata', 'hasakah-prison-us-statement-2022');
const CONTEXT = 32;

interface Form {
  /** Literal string searched in the text. */
  match: string;
  /** Place id, or null for a blocker (claims the range, emits no mention). */
  placeId: string | null;
  role: MentionRole;
  /** Sub-string of `match` that is the mention's exact text (default: the whole match). */
  exact?: string;
  why?: string;
}

const FORMS: Form[] = [
  // Blockers: organisation names containing "Syria" — not place mentions.
  {
    match: 'قوات سوريا الديمقراطية',
    placeId: null,
    role: 'name-part',
    why: 'Syrian Democratic Forces (organisation)',
  },
  {
    match: 'مجلس سوريا الديمقراطية',
    placeId: null,
    role: 'name-part',
    why: 'Syrian Democratic Council (organisation)',
  },
  {
    match: 'مجلس سوريا الديموقراطية',
    placeId: null,
    role: 'name-part',
    why: 'Syrian Democratic Council (variant spelling)',
  },
  // "Syria" inside the title of Flynn's post (START): name-part of the country.
  {
    match: 'فريق الاستجابة والمساعدة للانتقال في سوريا',
    exact: 'سوريا',
    placeId: 'syria',
    role: 'name-part',
    why: 'post title: Syria Transition Assistance Response Team',
  },
  // Regions
  { match: 'شمال شرقي سوريا', placeId: 'northeast_syria', role: 'place' },
  { match: 'شمال شرق سوريا', placeId: 'northeast_syria', role: 'place' },
  { match: 'إقليم كردستان العراق', placeId: 'kurdistan_region', role: 'place' },
  // al-Hasakah: governorate when preceded by محافظة, otherwise the city.
  { match: 'محافظة الحسكة', placeId: 'hasakah_governorate', role: 'place' },
  { match: 'الحسكة', placeId: 'hasakah_city', role: 'place' },
  // Facility, neighbourhood, crossing
  { match: 'سجن الصناعة', placeId: 'sinaa_prison', role: 'place' },
  { match: 'حي غويران', placeId: 'ghwayran', role: 'place' },
  { match: 'غويران', placeId: 'ghwayran', role: 'place' },
  { match: 'معبر سيمالكا', placeId: 'semalka_crossing', role: 'place' },
  { match: 'سيمالكا', placeId: 'semalka_crossing', role: 'place' },
  { match: 'كردستان', placeId: 'kurdistan_region', role: 'place' },
  // Actors (metonymy for the US government)
  { match: 'واشنطن', placeId: 'washington', role: 'actor' },
  { match: 'الولايات المتحدة', placeId: 'united_states', role: 'actor' },
  { match: 'أمريكا', placeId: 'united_states', role: 'actor' },
  { match: 'أميركا', placeId: 'united_states', role: 'actor' },
  // Other places
  { match: 'جنيف', placeId: 'geneva', role: 'place' },
  { match: 'سوريا', placeId: 'syria', role: 'place' },
];

/** Offsets from the article README (start of each listed mention). */
const README_OFFSETS = [
  206, 318, 1155, 2590, 2325, 2717, 310, 444, 416, 434, 1225, 1842, 1805, 1092, 2496, 2570, 2613,
];

function fail(msg: string): never {
  throw new Error(msg);
}

const text = readFileSync(join(DIR, 'article.txt'), 'utf8');
const cps = Array.from(text);
const passages = JSON.parse(readFileSync(join(DIR, 'passages.json'), 'utf8')) as Passage[];

// Passages must be exactly lines 2–19 (line ranges without the newline).
{
  const lines = text.split('\n');
  let off = 0;
  const ranges: [number, number][] = [];
  for (const l of lines) {
    const n = Array.from(l).length;
    ranges.push([off, off + n]);
    off += n + 1;
  }
  if (ranges.length !== 20) fail(`expected 20 lines, got ${ranges.length}`);
  passages.forEach((p, i) => {
    const [s, e] = ranges[i + 1] ?? fail(`no line ${i + 2}`);
    if (p.start !== s || p.end !== e)
      fail(`passage ${p.id} is ${p.start}-${p.end}, line ${i + 2} is ${s}-${e}`);
  });
  if (passages.length !== 18) fail('expected 18 passages');
}

function indexesOf(hay: string[], needle: string[]): number[] {
  const out: number[] = [];
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    out.push(i);
  }
  return out;
}

interface Candidate {
  form: Form;
  start: number; // of the whole match
  end: number;
}

const candidates: Candidate[] = [];
for (const form of FORMS) {
  const m = Array.from(form.match);
  for (const i of indexesOf(cps, m)) candidates.push({ form, start: i, end: i + m.length });
}
// Longest first; ties by position.
candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);

const claimed: Candidate[] = [];
for (const c of candidates) {
  if (claimed.some((k) => c.start < k.end && k.start < c.end)) continue;
  claimed.push(c);
}
claimed.sort((a, b) => a.start - b.start);

const mentions: Mention[] = [];
for (const c of claimed) {
  if (c.form.placeId === null) continue;
  let start = c.start;
  let end = c.end;
  if (c.form.exact) {
    const k = indexesOf(Array.from(c.form.match), Array.from(c.form.exact));
    if (k.length !== 1 || k[0] === undefined)
      fail(`exact "${c.form.exact}" must occur once in "${c.form.match}"`);
    start = c.start + k[0];
    end = start + Array.from(c.form.exact).length;
  }
  const passage = passages.find((p) => p.start <= start && end <= p.end);
  if (!passage) fail(`mention "${cps.slice(start, end).join('')}" at ${start} is outside the article body`);
  mentions.push({
    id: '', // assigned below
    placeId: c.form.placeId,
    passageId: passage.id,
    role: c.form.role,
    selector: [
      { type: 'TextPositionSelector', start, end },
      {
        type: 'TextQuoteSelector',
        exact: cps.slice(start, end).join(''),
        prefix: cps.slice(Math.max(0, start - CONTEXT), start).join(''),
        suffix: cps.slice(end, Math.min(cps.length, end + CONTEXT)).join(''),
      },
    ],
  });
}
mentions.sort((a, b) => a.selector[0].start - b.selector[0].start);
mentions.forEach((m, i) => (m.id = 'm' + String(i + 1).padStart(2, '0')));

// Self-checks
for (const off of README_OFFSETS) {
  if (!mentions.some((m) => m.selector[0].start <= off && off < m.selector[0].end))
    fail(`README offset ${off} is not inside any mention`);
}
for (const m of mentions) {
  const [pos, q] = m.selector;
  if (cps.slice(pos.start, pos.end).join('') !== q.exact) fail(`${m.id}: exact mismatch`);
  if (cps.slice(Math.max(0, pos.start - CONTEXT), pos.start).join('') !== q.prefix) fail(`${m.id}: prefix`);
  if (cps.slice(pos.end, pos.end + CONTEXT).join('') !== q.suffix) fail(`${m.id}: suffix`);
}
// No place word left unclaimed anywhere in the body (guards against a missing form).
for (const word of [
  'سوريا',
  'الحسكة',
  'غويران',
  'واشنطن',
  'أمريكا',
  'جنيف',
  'سيمالكا',
  'كردستان',
  'الولايات المتحدة',
]) {
  for (const i of indexesOf(cps, Array.from(word))) {
    if (!claimed.some((k) => k.start <= i && i < k.end)) fail(`unclaimed "${word}" at ${i}`);
  }
}

writeFileSync(join(DIR, 'mentions.json'), JSON.stringify(mentions, null, 2) + '\n');

const counts = new Map<string, { total: number; byRole: Record<string, number> }>();
for (const m of mentions) {
  const c = counts.get(m.placeId) ?? { total: 0, byRole: {} };
  c.total++;
  c.byRole[m.role] = (c.byRole[m.role] ?? 0) + 1;
  counts.set(m.placeId, c);
}
console.log(`${mentions.length} mentions written to mentions.json`);
for (const [id, c] of [...counts].sort((a, b) => b[1].total - a[1].total))
  console.log(`  ${id.padEnd(20)} ${String(c.total).padStart(2)}  ${JSON.stringify(c.byRole)}`);
for (const m of mentions)
  console.log(
    `  ${m.id} ${m.passageId} ${String(m.selector[0].start).padStart(4)} ${m.placeId} (${m.role}) ${m.selector[1].exact}`,
  );
