/**
 * A university that acts is a body, not a place (issue 18, round 16): «أعلنت جامعة إيجه تعليق الدروس»,
 * «علقت جامعة الكويت محاضراتها», "the University of KwaZulu-Natal suspended classes". The labels count
 * no place inside an organisation's name, and a proposed facility here is the body that announced,
 * closed or helped. Read by the verb: in Arabic a past verb right before «جامعة», in English a past
 * verb right after the name ("was recaptured" keeps the place: it was acted on). Where the university
 * is where someone is («يدرس في جامعة القيروان», "at the University of Mosul") it stays a facility.
 * Round 18: in Arabic a member of the university or a part of it right before «في», or heading a
 * construct that ends there, makes it the body they belong to: «وقال أستاذ في جامعة الخرطوم …» (Sudan),
 * «وقال مرصد الزلازل في جامعة غرناطة …» (Spain); «طالب يدرس في جامعة» ends in a verb and stays.
 * Round 21, the same in English: a member right before "at" or "from" (and "the") makes the
 * university the body they belong to: "a seismologist at the University of Chile said" (Chile),
 * "researchers from Makerere University" (Uganda); "students trapped at the university" keeps it.
 */
import { norm, type Normalised, type Token } from './normalize.ts';
import { ARTICLE, splits, type PlaceMatch } from './match-index.ts';

const AR_UNIVERSITY = norm('جامعة');
const EN_UNIVERSITY = new Set(['university', 'college']);
/** Past verbs of a body that acts, feminine as «جامعة» is (with «و»/«ف»). */
const AR_ACTS = new Set(
  ['أعلنت', 'علقت', 'قالت', 'أغلقت', 'ألغت', 'أوقفت', 'أكدت', 'ذكرت', 'أفادت', 'أصدرت', 'دعت', 'قررت'].map(
    norm,
  ),
);
const EN_ACTS = new Set(['said', 'says', 'told', 'announced', 'suspended', 'closed', 'cancelled', 'helped']);
/** People and parts of a university that belong to it (singular and plural). */
const AR_MEMBERS = new Set(
  [
    ...['مسؤول', 'مسؤولة', 'مسؤولون', 'أستاذ', 'أستاذة', 'أساتذة', 'باحث', 'باحثة', 'باحثون', 'باحثين'],
    ...['خبير', 'خبيرة', 'خبراء', 'طالب', 'طالبة', 'طلاب', 'عالم', 'علماء', 'رئيس', 'عميد', 'محاضر'],
    ...['مركز', 'مرصد', 'قسم', 'كلية', 'مختبر', 'معهد', 'وحدة'],
  ].map(norm),
);
const AR_IN = norm('في');
/** English people of a university (singular; a plural adds "s"). */
const EN_MEMBERS = new Set(
  [
    'researcher',
    'scientist',
    'seismologist',
    'geologist',
    'volcanologist',
    'hydrologist',
    'climatologist',
  ].concat([
    'professor',
    'expert',
    'academic',
    'lecturer',
    'economist',
    'engineer',
    'epidemiologist',
    'meteorologist',
  ]),
);
const EN_OF = new Set(['at', 'from']);

/** "a researcher at [the] X University": a member, then "at" or "from", then the name. */
function memberBeforeEn(toks: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (toks[k]?.n === 'the') k--;
  if (!EN_OF.has(toks[k]?.n ?? '')) return false;
  const who = toks[k - 1]?.n ?? '';
  return EN_MEMBERS.has(who) || (who.endsWith('s') && EN_MEMBERS.has(who.slice(0, -1)));
}

/**
 * Whether a member word is right before `at` (the «في» before the name), or heads a construct of up
 * to three words that ends there in a definite noun («مركز رصد الزلازل في»); «طالب يدرس في» ends in a
 * verb, and the student is at the university.
 */
function memberBefore(toks: readonly Token[], at: number, members: ReadonlySet<string>): boolean {
  const isMember = (t: Token) => members.has(t.n) || splits(t.n).some((sp) => members.has(sp.rest));
  if (at < 1) return false;
  if (isMember(toks[at - 1]!)) return true;
  if (!toks[at - 1]!.n.startsWith(ARTICLE)) return false;
  for (let k = at - 2; k >= Math.max(0, at - 3); k--) if (isMember(toks[k]!)) return true;
  return false;
}

export function actingBodies(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
): PlaceMatch[] {
  return out.filter((m) => {
    if (m.placeId !== null || m.kind !== 'facility' || !/^cue-(?:unknown-name|other-kind)/u.test(m.rule))
      return true;
    const i = toks.findIndex((t) => t.start <= m.start && m.start < t.end);
    const j = toks.findIndex((t) => t.start >= m.end);
    const head = toks[i];
    if (!head) return true;
    // Round 24: «بجامعة» is «في جامعة» after a member or a part: «باحث في مركز الزلازل بجامعة
    // الخرطوم» (Sudan), «أستاذ في قسم الجيولوجيا بجامعة تشيلي» (Chile), «مختبر بجامعة ميلانو» (Italy).
    if (head.start < m.start && splits(head.n).some((sp) => sp.clitic === 'ب' && sp.rest === AR_UNIVERSITY))
      return !memberBefore(toks, i, AR_MEMBERS);
    if (head.n === AR_UNIVERSITY) {
      const verb = toks[i - 1];
      if (verb?.n === AR_IN) return !memberBefore(toks, i - 1, AR_MEMBERS);
      return !verb || !splits(verb.n).some((sp) => !sp.article && AR_ACTS.has(sp.rest));
    }
    // English: "the University of X suspended", "X University said".
    const words = nt.cps.slice(m.start, m.end).join('').toLowerCase().split(/\s+/u);
    if (!words.some((w) => EN_UNIVERSITY.has(w))) return true;
    if (memberBeforeEn(toks, i)) return false;
    const next = toks[j];
    return !next || !EN_ACTS.has(next.n);
  });
}
