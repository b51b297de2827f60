/**
 * Words around a country or a capital that make it a government or the subject of a statement
 * ("أن واشنطن …", "Washington's calls", "the policy of the United States"), read by match-actor.ts.
 * All in matching form (see normalize.ts): أ/إ/آ → ا, ة → ه, ى → ي.
 */
import { norm } from './normalize.ts';

/** Arabic words before a country or capital that make it a government: "أن واشنطن …", "دعوات أمريكا". */
export const AR_ACTOR_BEFORE = new Set(
  [
    'أن',
    'إن',
    'دعوات',
    'دعوة',
    'سياسة',
    'موقف',
    'حكومة',
    'إدارة',
    'قالت',
    'أعلنت',
    'أكدت',
    'طالبت',
    'دعت',
    'رفضت',
    'أدانت',
    'اتهمت',
    'حذرت',
    'هددت',
    'تعهدت',
    'ستستمر',
    'تستمر',
    'ستواصل',
    'تواصل',
    'تدعم',
    'ستدعم',
    'دعم',
    'مطالبة',
    'تريد',
    'ترى',
    'قررت',
  ].map(norm),
);

/** Arabic verbs after a country or capital that make it the subject of a statement. */
export const AR_ACTOR_AFTER = new Set(
  [
    'تستمر',
    'ستستمر',
    'قالت',
    'أعلنت',
    'أكدت',
    'طالبت',
    'دعت',
    'رفضت',
    'أدانت',
    'تدعم',
    'تواصل',
    'ستواصل',
    'تريد',
    'ترى',
    'تعتبر',
    'حذرت',
    'تعهدت',
    'قررت',
    'اتهمت',
  ].map(norm),
);

/** English words after a country or capital that make it the subject of a statement. */
export const EN_ACTOR_AFTER = new Set([
  'said',
  'says',
  'say',
  'will',
  'would',
  'has',
  'have',
  'urged',
  'urges',
  'called',
  'calls',
  'condemned',
  'condemns',
  'announced',
  'announces',
  'wants',
  'continues',
  'stated',
  'added',
  'warned',
  'pledged',
  'insists',
  'demanded',
  'is',
]);

/** English words after a possessive country or capital: "Washington's calls", "America's policy". */
export const EN_ACTOR_POSSESSED = new Set([
  'calls',
  'call',
  'policy',
  'position',
  'government',
  'administration',
  'support',
  'envoy',
  'decision',
]);

/** English words before a country or capital that make it a government ("the policy of the United States"). */
export const EN_ACTOR_BEFORE = new Set(['policy', 'calls', 'government', 'administration']);
