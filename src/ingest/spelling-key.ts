/**
 * A consonant key shared by an Arabic spelling and a Latin one of the same foreign name: شيبوك and
 * Chibok both give `XBK`, ميولابوه and Meulaboh `MLBH`. Vowels (and the long-vowel letters ا و ي) are
 * dropped, letters news writes for one sound share a class (ت/ط and t, ق/ك and k/c/q, ش and
 * sh/ch/sch). The matcher uses it only for a name a cue word introduces, among GeoNames places with
 * no Arabic name in the countries the article names (`match.ts`): a key, never a name shown.
 */

import { norm } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

const AR: Record<string, string> = {
  ب: 'B',
  پ: 'B',
  ت: 'T',
  ط: 'T',
  ث: 'S',
  ج: 'G',
  چ: 'X',
  ح: 'H',
  خ: 'H',
  ه: 'H',
  د: 'D',
  ذ: 'D',
  ض: 'D',
  ر: 'R',
  ز: 'Z',
  ظ: 'Z',
  س: 'S',
  ص: 'S',
  ش: 'X',
  غ: 'G',
  گ: 'G',
  ف: 'F',
  ڤ: 'F',
  ق: 'K',
  ك: 'K',
  ل: 'L',
  م: 'M',
  ن: 'N',
};

const LATIN: [RegExp, string][] = [
  // Round 16: Zh (Kazakh, Russian: Zhanaozen) and Dj (French: Djibo) are the one sound Arabic writes ج.
  [/zh|dj/gu, 'G'],
  // Round 18: dh is one sound, Arabic ذ (Dhamar «ذمار») or Indian aspirated d (Dhaka «دكا»).
  [/dh/gu, 'D'],
  [/sch|sh|ch|tch/gu, 'X'],
  [/kh/gu, 'H'],
  [/gh/gu, 'G'],
  [/th/gu, 'T'],
  [/ph/gu, 'F'],
  [/x/gu, 'KS'],
  [/[bp]/gu, 'B'],
  [/[ckq]/gu, 'K'],
  [/[gj]/gu, 'G'],
  [/[fv]/gu, 'F'],
  [/t/gu, 'T'],
  [/d/gu, 'D'],
  [/h/gu, 'H'],
  [/l/gu, 'L'],
  [/m/gu, 'M'],
  [/n/gu, 'N'],
  [/r/gu, 'R'],
  [/s/gu, 'S'],
  [/z/gu, 'Z'],
];

const squeeze = (s: string) => s.replace(/(.)\1+/gu, '$1');

/** Letters that carry the first vowel of an Arabic spelling (أمستردام, عدن). */
const AR_OPEN = /^[اأإآع]/u;

/**
 * The key of an Arabic spelling: its consonants' classes (other letters dropped), `V` first when it
 * opens on a vowel, and its last vowel when it ends on one (ي → I; ا ى ة → A; و → U), so زموري
 * (Zemmouri) is not Zemoura. The article ال of any word is not part of the key (رأس العين ~ Ra’s al
 * ‘Ayn).
 */
export function arabicKey(name: string): string {
  const w = name
    .split(/\s+/u)
    .map((x) => x.replace(/^ال(?=..)/u, ''))
    .join('');
  const end = /ي$/u.test(w) ? 'I' : /[اىة]$/u.test(w) ? 'A' : /و$/u.test(w) ? 'U' : '';
  // «تش» writes the one sound of Latin ch/ç (تشومرا, Çumra; تشاد, Chad).
  const body = Array.from(w.replace(/تش/gu, 'ش'))
    .map((c) => AR[c] ?? '')
    .join('');
  return (AR_OPEN.test(w) ? 'V' : '') + squeeze(body) + end;
}

/**
 * The keys of an Arabic spelling (round 30): `arabicKey`, and the key with a word's final «ه» read as
 * the vowel it often writes in a foreign name («قره قوش», Qaraqosh; «سيفريجه», Sivrice), where it
 * ends a word of three letters or more.
 */
export function arabicKeys(name: string): string[] {
  const vowel = name
    .split(/\s+/u)
    .map((w) => (Array.from(w).length >= 3 ? w.replace(/(?<=[\u0621-\u064a])ه$/u, 'ا') : w))
    .join(' ');
  return [...new Set([arabicKey(name), arabicKey(vowel)])];
}

/**
 * The key of a Latin spelling (diacritics folded; w, y and inner vowels dropped). An article ("Al ",
 * " al-", " an ", assimilated or not) is no part of it: Maarat al-Numan ~ Ma‘arrat an Nu‘mān.
 */
export function latinKey(name: string): string {
  let s = name
    .normalize('NFD')
    // Round 18: z̄ transliterates ذ (BGN/PCGN Persian: Sarpol-e Z̄ahāb, «سربل ذهاب»); the French
    // article l’ is no part of the key (L’Arbaa, «الأربعاء»).
    .replace(/z\u0304/giu, 'dh')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^l['’]/u, '')
    .replace(/^(al|el|ad|ar|as|at|az|an|ash)[ -]/u, '')
    .replace(/[ -](al|el|ad|ar|as|at|az|an|ash|ad|ed|en|er|es|et|ez)[ -]/gu, ' ')
    // Round 27: a word's opening rh is one sound, r (Rhine «الراين», Rhône «الرون»).
    .replace(/(^|[^a-z])rh/gu, '$1r');
  // Round 29: a digraph never spans two words (Cap-Haïtien is p then h, «كاب هايتيان», not f).
  const words = s;
  s = s.replace(/[^a-z]/gu, '');
  const open = /^[aeiou]/u.test(s) ? 'V' : '';
  const end = /(i|y|ie|ee)$/u.test(s)
    ? 'I'
    : /[aeiou]h?$/u.test(s) && !/[ou]h?$/u.test(s)
      ? 'A'
      : /[ou]$/u.test(s)
        ? 'U'
        : '';
  let key = words;
  for (const [re, k] of LATIN) key = key.replace(re, k);
  return open + squeeze(key.replace(/[^A-Z]/gu, '')) + end;
}

/**
 * The consonant classes of a spelling in order, a letter written twice in a row once but a consonant
 * repeated across a vowel kept (Bibiani `BBN`, «بيبياني» `BBN`; «بياني» `BN`): the letter-for-letter
 * check of a short key (round 14). Vowel marks are left out.
 */
export function spelledConsonants(name: string): string {
  if (/[\u0621-\u064a]/u.test(name)) {
    const w = name
      .split(/\s+/u)
      .map((x) => x.replace(/^ال(?=..)/u, ''))
      .join('')
      .replace(/تش/gu, 'ش')
      .replace(/(.)\1+/gu, '$1');
    return Array.from(w)
      .map((c) => AR[c] ?? '')
      .join('');
  }
  let s = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/gu, '')
    .replace(/(.)\1+/gu, '$1');
  for (const [re, k] of LATIN) s = s.replace(re, k);
  return s.replace(/[a-z]/gu, '');
}

/** The number of consonant classes in a key (its vowel marks left out): a key of fewer than 3 matches too much. */
export const consonants = (key: string): number => key.replace(/^V|[IAU]$/gu, '').length;

/**
 * A Latin name as Arabic newsrooms may hear it (round 14): a soft c before e, i or y is s (Lucena
 * «لوسينا», Valence «فالنس»), and a final e after a consonant is silent or read i (Grenoble
 * «غرونوبل», Chimbote «تشيمبوتي»).
 */
function readings(name: string): string[] {
  const out = [name];
  const soft = name.replace(/c(?=[eiy])/gu, 's').replace(/C(?=[eiy])/gu, 'S');
  if (soft !== name) out.push(soft);
  for (const n of [...out]) if (/[^aeiouy\s-]e$/u.test(n)) out.push(n.slice(0, -1), `${n.slice(0, -1)}i`);
  return out;
}

/** Countries whose Latin names transliterate Persian (Iran, Afghanistan, Tajikistan): v is «و». */
const PERSIAN = new Set(['IR', 'AF', 'TJ']);

/** Countries whose Latin names are written in Italian orthography (San Marino, the Vatican). */
const ITALIAN = new Set(['IT', 'SM', 'VA']);

/**
 * An Italian name as Arabic newsrooms write it (round 21): c and cc before e or i are «تش» (Amatrice
 * «أماتريتشي», Lucera «لوتشيرا»), an i between that c or g and another vowel is silent (Norcia
 * «نورتشا»), ch and gh are k and g (Chiusi «كيوزي»), sc before e or i is «ش», gn is «ني», a single s
 * between vowels is «ز» (Assisi «أسيزي»), and z is «تس» (Lazio «لاتسيو»).
 */
function italian(name: string): string {
  // The one sound ch of English is written sh here: the key reads both as «ش».
  return name
    .replace(/z+/gu, 'ts')
    .replace(/Z/gu, 'Ts')
    .replace(/ch(?=[ei])/gu, 'k')
    .replace(/Ch(?=[ei])/gu, 'K')
    .replace(/gh(?=[ei])/gu, 'g')
    .replace(/(?:sc|c?c)i(?=[aou])/gu, 'sh')
    .replace(/(?:sc|c?c)(?=[ei])/gu, 'sh')
    .replace(/C(?=[ei])/gu, 'Sh')
    .replace(/Ci(?=[aou])/gu, 'Sh')
    .replace(/gi(?=[aou])/gu, 'g')
    .replace(/gn/gu, 'n')
    .replace(/([aeiou])s(?=[aeiou])/gu, '$1z');
}

/** Countries whose Latin names are written in Dutch orthography (sch is s then kh: Schaerbeek «سكاربيك»). */
const DUTCH = new Set(['NL', 'BE']);

/**
 * A commune named with its parish saint is named without it (round 26): Molenbeek-Saint-Jean is
 * «مولنبيك»: the name before the saint, or the name itself.
 */
const withoutSaint = (name: string): string =>
  name.replace(/-(?:Saint|Sainte|Sint|Sankt|San|Santa)-.*$/u, '');

/**
 * Countries whose Latin names are written in French orthography (round 29): France and its overseas
 * units, Haiti, Belgium, and the French-speaking states of Africa.
 */
const FRENCH = new Set(
  'FR HT BE LU MC GP MQ GF RE YT NC PF PM WF BL MF SN ML BF NE CI GN BJ TG CM TD CF CG CD GA DJ MG'.split(
    ' ',
  ),
);

/** A French word's final d, t, s, x or z is silent: Trou-du-Nord (Haiti) is heard «ترو دو نور». */
const frenchHeard = (name: string): string => name.replace(/(?<=[a-zéèêàâîôûç])[dtsxz](?=$|[\s-])/gu, '');

/**
 * Countries whose Latin names are written in Spanish orthography (round 30): Spain, Equatorial Guinea
 * and the Spanish-speaking Americas.
 */
const SPANISH = new Set('ES GQ MX GT HN SV NI CR PA CU DO PR CO VE EC PE BO CL AR UY PY'.split(' '));

/**
 * A Spanish name as Arabic newsrooms hear it: j, and g before e or i, are «خ» (Juárez «خواريز», Gijón
 * «خيخون»), h is silent (Chihuahua «تشيواوا»), ll is y (Sevilla «سيفيا»), and gu, qu before e or i
 * are g and k.
 */
const spanishHeard = (name: string): string =>
  name
    .replace(/(?<![cCsS])h/gu, '')
    .replace(/^H/u, '')
    .replace(/[jJ]/gu, (c) => (c === 'j' ? 'kh' : 'Kh'))
    .replace(/g(?=[eiéí])/gu, 'kh')
    .replace(/G(?=[eiéí])/gu, 'Kh')
    .replace(/ll/giu, 'y')
    .replace(/(?<=[gq])u(?=[eiéí])/gu, '');

/** Countries whose Latin names are written in Turkish orthography (c = j, ç = ch, ş = sh). */
const TURKIC = new Set(['TR', 'AZ', 'TM']);

/**
 * A city this large is keyed, as heard, by its first `GREAT_NAMES` Latin names (round 27): GeoNames
 * lists a capital's official romanisation first and the spelling newsrooms heard a few names on. Only
 * as heard (the Arabic key readers): the written keys that English names meet stay on two names
 * (six there read an English surname as an American city).
 */
const GREAT_CITY = 500_000;
const GREAT_NAMES = 6;

/**
 * The keys of a world place's first two Latin names (with `heard`, also as they may be heard:
 * `readings`, for the Arabic spellings of Latin-only places), and for a place in Turkey, Azerbaijan
 * or Turkmenistan also their keys read in that orthography: Pazarcık is «بازارجيك» (c = ج), Gazipaşa
 * «غازي باشا» (ş = ش), Çorum «تشوروم» (round 12), k and h apart in Turkey (Akhisar «آق حصار», round
 * 22), and for one in Iran, Afghanistan or Tajikistan
 * with v read as w, a vowel (round 20); as heard, in a French-speaking country, without a word's
 * silent final consonant (`frenchHeard`, round 29), in a Spanish-speaking one as Spanish is heard
 * (`spanishHeard`, round 30).
 */
export function latinKeysOf(
  e: { names: { en: readonly string[] }; country?: string; population?: number },
  heard = false,
): string[] {
  const first = e.names.en.slice(0, heard && (e.population ?? 0) >= GREAT_CITY ? GREAT_NAMES : 2);
  const names = [...new Set(first.flatMap((n) => [n, withoutSaint(n)]))];
  const keys = (heard ? names.flatMap(readings) : names).map(latinKey);
  // Persian v is written «و» (Gonbad-e Kāvūs «غنبد كاووس», Varāmīn «ورامين», Vahdat «وحدت»), which
  // the Arabic key reads as a vowel: the key of the name with v read as w (round 20).
  if (e.country && PERSIAN.has(e.country))
    for (const n of names) if (/v/iu.test(n)) keys.push(latinKey(n.replace(/v/gu, 'w').replace(/V/gu, 'W')));
  if (e.country && ITALIAN.has(e.country))
    for (const n of names) keys.push(...(heard ? readings(italian(n)) : [italian(n)]).map(latinKey));
  if (e.country && DUTCH.has(e.country))
    for (const n of names)
      if (/sch/iu.test(n)) keys.push(latinKey(n.replace(/sch/gu, 'sk').replace(/Sch/gu, 'Sk')));
  if (heard && e.country && SPANISH.has(e.country))
    for (const n of names) if (spanishHeard(n) !== n) keys.push(latinKey(spanishHeard(n)));
  if (heard && e.country && FRENCH.has(e.country))
    for (const n of names) if (frenchHeard(n) !== n) keys.push(latinKey(frenchHeard(n)));
  if (e.country && TURKIC.has(e.country))
    for (const n of names) {
      const tr = n.replace(/c/gu, 'j').replace(/C/gu, 'J').replace(/ş/giu, 'sh').replace(/ç/giu, 'ch');
      keys.push(latinKey(tr));
      // Round 22: Turkish writes no kh: Akhisar is Ak-hisar «آق حصار», Çelikhan Çelik-han (k is q).
      if (e.country === 'TR' && /kh/iu.test(tr)) keys.push(latinKey(tr.replace(/kh/gu, 'qh')));
    }
  return [...new Set(keys)];
}

/**
 * The keys of a world place's Latin names (`latinKeysOf`, as heard) that none of its Arabic names has
 * (round 28): every key of a place with no Arabic name, and of one whose Arabic name is another
 * spelling or a misreading (GeoNames writes Cúcuta «سوسوتا», so «كوكوتا» keys only its Latin name).
 * A key an Arabic name has is read through that name, never through the Latin one.
 */
export function missedLatinKeys(e: GazetteerEntry): string[] {
  if (!e.names.ar.length) return latinKeysOf(e, true);
  if (!SETTLEMENTS.has(e.kind)) return [];
  const own = new Set(e.names.ar.map(arabicKey));
  return latinKeysOf(e, true).filter((k) => !own.has(k) && consonants(k) >= MISSED_CONSONANTS);
}

/**
 * Only a city's or town's Latin key reads past its Arabic name: a unit's would take its seat city's
 * name, and a village with an Arabic name is where Arabic is written (Al Ghāriyah «الغارية»).
 */
const SETTLEMENTS = new Set(['city', 'town']);

/** A shorter key reads common words («قال», «الجرحى») as places whose Arabic name the text would write. */
const MISSED_CONSONANTS = 3;

/**
 * The spelling key of an Arabic name (round 24): one key for the ways Arabic newsrooms write one
 * foreign name, to meet the Arabic name a source gives. On `arabicKey` (inner long vowels dropped,
 * ت/ط, س/ص/ث, د/ض, ز/ظ one class each, a doubled letter once, the article of each word and the
 * word breaks left out, تش as ش) and the matching form (`norm`: hamza seats, ى/ي, ة/ه), the letters
 * of g and k are one class (غ ق ج ك: «تنغارا», «تنقارا»), and a word's final ه (ة) is its final ا:
 * «كرايستشيرش» and «كرايستشرش», «نيو ساوث ويلز» and «نيوساوث ويلز», «كيرالا» and «كيرلا» share one.
 */
export function arabicSpellingKey(name: string): string {
  const words = norm(name)
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => w.replace(/ه$/u, 'ا'));
  return arabicKey(words.join(' ')).replace(/K/gu, 'G');
}

const heardTables = new WeakMap<ReadonlyMap<string, GazetteerEntry>, Map<string, GazetteerEntry[]>>();

/**
 * The world places whose Latin names, as heard (`readings`), have `key` (round 27): the short key a
 * cue word introduces (two consonants) meets a name whose final vowel English spells with a silent
 * letter, Burmese -we (written «ـوي») or a final e read i (Spanish, «ـي»). Only the cue's short-key
 * path reads it (`match-spelling.ts`, with its population, country and distance guards); a key of
 * three consonants or more is read as written (heard keys there read more wrong places than right).
 */
export function heardKeyed(entries: ReadonlyMap<string, GazetteerEntry>, key: string): GazetteerEntry[] {
  let table = heardTables.get(entries);
  if (!table) {
    table = new Map();
    for (const e of entries.values()) {
      if (!e.world) continue;
      for (const k of latinKeysOf(e, true)) {
        if (consonants(k) !== 2) continue;
        const list = table.get(k);
        if (list) list.push(e);
        else table.set(k, [e]);
      }
    }
    heardTables.set(entries, table);
  }
  return table.get(key) ?? [];
}

/**
 * The places keyed as written that `keep` keeps (the article's guards), or, when it keeps none, those
 * keyed as heard (`heardKeyed`): a name's key as written first, so «سوما» stays Soma.
 */
export const heardOr = (
  [written, entries, key]: [readonly GazetteerEntry[], ReadonlyMap<string, GazetteerEntry>, string],
  keep: (e: GazetteerEntry) => boolean,
): GazetteerEntry[] => {
  const found = written.filter(keep);
  return found.length ? found : heardKeyed(entries, key).filter(keep);
};
