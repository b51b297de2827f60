/**
 * A university that acts is a body, not a place (issue 18, round 16): «أعلنت جامعة إيجه تعليق الدروس»,
 * «علقت جامعة الكويت محاضراتها», "the University of KwaZulu-Natal suspended classes". The labels count
 * no place inside an organisation's name, and a proposed facility here is the body that announced,
 * closed or helped. Read by the verb: in Arabic a past verb right before «جامعة», in English a past
 * verb right after the name ("was recaptured" keeps the place: it was acted on). Where the university
 * is where someone is («يدرس في جامعة القيروان», "at the University of Mosul") it stays a facility.
 * Round 18: in Arabic a member of the university or a part of it, up to three words before «في», makes
 * it the body they belong to: «وقال مسؤول في جامعة …» (Sudan, Yemen), «مركز رصد الزلازل في جامعة …»
 * (Spain, Iran); a noun, where «يدرس في» is a verb: the one who studies is there.
 */
import { norm, type Normalised, type Token } from './normalize.ts';
import { splits, type PlaceMatch } from './match-index.ts';

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

/** Whether a member word is among the three words before `at` (the «في» before the name). */
function memberBefore(toks: readonly Token[], at: number, members: ReadonlySet<string>): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = toks[k]!;
    if (members.has(t.n) || splits(t.n).some((sp) => members.has(sp.rest))) return true;
  }
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
    const i = toks.findIndex((t) => t.start === m.start);
    const j = toks.findIndex((t) => t.start >= m.end);
    const head = toks[i];
    if (!head) return true;
    if (head.n === AR_UNIVERSITY) {
      const verb = toks[i - 1];
      if (verb?.n === AR_IN) return !memberBefore(toks, i - 1, AR_MEMBERS);
      return !verb || !splits(verb.n).some((sp) => !sp.article && AR_ACTS.has(sp.rest));
    }
    // English: "the University of X suspended", "X University said".
    const words = nt.cps.slice(m.start, m.end).join('').toLowerCase().split(/\s+/u);
    if (!words.some((w) => EN_UNIVERSITY.has(w))) return true;
    const next = toks[j];
    return !next || !EN_ACTS.has(next.n);
  });
}
