/**
 * Matching rules from round 22, part A (issue 18): foreign towns written in Arabic letters with no
 * Arabic name in any source, on made-up sentences from countries the tuning sets do not cover.
 * Points, boxes and populations are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w, unit } from './entry-builders.ts';
import { foundIn } from './found.ts';
import { arabicKey, latinKeysOf } from '../../src/ingest/spelling-key.ts';
import { withoutOrphanLaterReadings } from '../../src/ingest/match-orphan-later.ts';

const ENTRIES: GazetteerEntry[] = [
  e('india', ['الهند'], ['India'], 'country', [79, 22], { country: 'IN', bbox: [68, 6.5, 97.5, 35.7] }),
  unit('ne-in-rj', ['راجستان'], ['Rajasthan'], 'IN', [69.5, 23, 78.3, 30.2]),
  unit('ne-in-kl', ['كيرالا'], ['Kerala'], 'IN', [74.8, 8.2, 77.4, 12.8]),
  w('g-kota', [], ['Kota'], 'city', [75.83, 25.18], 'IN', 1_000_000),
  e('mexico', ['المكسيك'], ['Mexico'], 'country', [-102, 23], {
    country: 'MX',
    bbox: [-118.4, 14.5, -86.7, 32.7],
  }),
  unit('ne-mx-gro', ['غيريرو'], ['Guerrero'], 'MX', [-102.2, 16.3, -98, 18.9]),
  w('g-chilpancingo', [], ['Chilpancingo'], 'city', [-99.5, 17.55], 'MX', 187_000),
  w('g-iguala', [], ['Iguala'], 'city', [-99.54, 18.35], 'MX', 120_000),
  e('brazil', ['البرازيل'], ['Brazil'], 'country', [-53, -10], {
    country: 'BR',
    bbox: [-74, -33.8, -34.8, 5.3],
  }),
  unit('ne-br-ba', ['باهيا'], ['Bahia'], 'BR', [-46.6, -18.35, -37.3, -8.5]),
  w('g-ilheus', [], ['Ilhéus'], 'city', [-39.05, -14.79], 'BR', 180_000),
  e('turkey', ['تركيا'], ['Türkiye'], 'country', [35, 39], { country: 'TR', bbox: [26, 36, 44.8, 42.1] }),
  w('g-adiyaman', ['أديامان'], ['Adıyaman'], 'city', [38.28, 37.76], 'TR', 200_000),
  w('g-celikhan', [], ['Çelikhan', 'Celikhan'], 'town', [38.24, 38.03], 'TR', 13_000),
  e('bangladesh', ['بنغلاديش'], ['Bangladesh'], 'country', [90, 24], {
    country: 'BD',
    bbox: [88, 20.6, 92.7, 26.6],
  }),
  e('algeria', ['الجزائر'], ['Algeria'], 'country', [3, 28], { country: 'DZ', bbox: [-8.7, 19, 12, 37.1] }),
  e('iraq', ['العراق'], ['Iraq'], 'country', [44, 33], { country: 'IQ', bbox: [38.8, 29, 48.6, 37.4] }),
  w('g-sulaymaniyah', ['السليمانية'], ['Sulaymaniyah'], 'city', [45.43, 35.56], 'IQ', 700_000),
  w('g-halabja', [], ['Halabja'], 'city', [45.98, 35.18], 'IQ', 90_000),
  e('g-nairobi', ['نيروبي'], ['Nairobi'], 'city', [36.82, -1.28], {
    world: true,
    country: 'KE',
    population: 2_750_000,
    actor: true,
  }),
  e('pakistan', ['باكستان'], ['Pakistan'], 'country', [69, 30], {
    country: 'PK',
    bbox: [60.9, 23.6, 77.8, 37.1],
  }),
  w('g-karachi', ['كراتشي'], ['Karachi'], 'city', [67.01, 24.86], 'PK', 11_600_000),
  w('g-milan', ['ميلانو'], ['Milan'], 'city', [9.19, 45.46], 'IT', 1_370_000),
  e('rwanda', ['رواندا'], ['Rwanda'], 'country', [29.9, -2], { country: 'RW', bbox: [28.8, -2.9, 30.9, -1] }),
  w('g-butare', ['بوتاري'], ['Butare'], 'city', [29.74, -2.6], 'RW', 90_000),
  w('g-kibeho', [], ['Kibeho'], 'village', [29.56, -2.63], 'RW'),
  e('nepal', ['نيبال'], ['Nepal'], 'country', [84, 28], { country: 'NP', bbox: [80, 26.3, 88.2, 30.5] }),
  w('g-kathmandu', ['كاتماندو'], ['Kathmandu'], 'city', [85.32, 27.7], 'NP', 1_000_000),
  w('g-bungamati', [], ['Bungamati'], 'village', [85.3, 27.63], 'NP'),
  w('g-chennai', ['تشيناي'], ['Chennai', 'Chennaï', 'Madras'], 'city', [80.28, 13.09], 'IN', 7_000_000),
  w('g-yangon', ['يانغون'], ['Yangon', 'Yangon City', 'Rangoon'], 'city', [96.16, 16.8], 'MM', 5_200_000),
  w('g-chittagong', ['شيتاغونغ'], ['Chittagong'], 'city', [91.83, 22.34], 'BD', 3_900_000),
  w('g-coxs-bazar', [], ["Cox's Bazar"], 'city', [91.98, 21.45], 'BD', 250_000),
  w('g-constantine', ['قسنطينة'], ['Constantine'], 'city', [6.61, 36.37], 'DZ', 450_000),
  w('g-el-khroub', [], ['El Khroub'], 'city', [6.69, 36.26], 'DZ', 90_000),
  w('g-accra', ['أكرا'], ['Accra'], 'city', [-0.2, 5.56], 'GH', 2_000_000),
  w('g-kumasi', ['كوماسي'], ['Kumasi'], 'city', [-1.62, 6.69], 'GH', 1_500_000),
  w('g-tema', [], ['Tema'], 'city', [-0.02, 5.67], 'GH', 160_000),
];

const found = foundIn(buildIndex(ENTRIES));
const ids = (text: string) => found(text, 'ar').map((m) => `${m.text}:${m.id}`);

describe('round 22a: a town named bare inside a unit the text names', () => {
  test('«X بولاية Y»: the town of its key inside that unit, a short key for a large town', () => {
    expect(ids('غرق قارب قرب كوتا بولاية راجستان في الهند.')).toContain('كوتا:g-kota');
    expect(ids('انهار جسر في تشيلبانسينغو بولاية غيريرو جنوب المكسيك.')).toContain(
      'تشيلبانسينغو:g-chilpancingo',
    );
  });

  test('not a town outside the unit the text writes after it', () => {
    expect(ids('غرق قارب قرب كوتا بولاية كيرالا في الهند.').some((s) => s.includes('g-kota'))).toBe(false);
  });

  test('after a preposition, a town inside a unit the text names', () => {
    expect(ids('أعلنت ولاية باهيا في البرازيل الطوارئ، ونُقل الجرحى إلى إيلهيوس.')).toContain(
      'إيلهيوس:g-ilheus',
    );
    expect(ids('أعلنت ولاية غيريرو في المكسيك الطوارئ، ونُقل الجرحى إلى إيغوالا.')).toContain(
      'إيغوالا:g-iguala',
    );
  });

  test('with no unit named, the bare word stays unread', () => {
    expect(ids('نُقل الجرحى في البرازيل إلى إيلهيوس.').some((s) => s.includes('g-ilheus'))).toBe(false);
  });
});

describe('round 22a: the consonant key in Turkish orthography', () => {
  test('k and h are two sounds in a Turkish name (Akhisar is Ak-hisar), never one kh', () => {
    const tr = (en: string) => latinKeysOf({ names: { en: [en] }, country: 'TR' }, true);
    expect(tr('Akhisar')).toContain(arabicKey('آق حصار'));
    expect(tr('Çelikhan')).toContain(arabicKey('تشيليك هان'));
    // Azerbaijani kh is one sound, «خ» (Yevlakh «يفلاخ»): no second key there.
    expect(latinKeysOf({ names: { en: ['Yevlakh'] }, country: 'AZ' }, true)).toEqual([arabicKey('يفلاخ')]);
  });

  test('a Turkish town of two words after a preposition of place', () => {
    expect(ids('وصلت فرق الإنقاذ إلى تشيليك هان شمال أديامان في تركيا.')).toContain('تشيليك هان:g-celikhan');
  });
});

describe('round 22a: the towns an Arabic list names beside a known one', () => {
  test('a name ending in ة keys its last letter as the vowel it writes, not as ه', () => {
    expect(ids('نزح السكان من السليمانية إلى حلبجة في العراق.')).toContain('حلبجة:g-halabja');
  });

  test('a listed name of two words', () => {
    expect(ids('نُقل الجرحى إلى مستشفيات شيتاغونغ وكوكس بازار في بنغلاديش.')).toContain(
      'كوكس بازار:g-coxs-bazar',
    );
  });

  test('a listed name with the article, when the Latin name has one too', () => {
    expect(ids('أُغلقت الطرق في الجزائر بين قسنطينة والخروب بعد الأمطار.')).toContain('الخروب:g-el-khroub');
  });

  test('a listed name of two consonants, only near the town it is listed with', () => {
    expect(ids('وصلت الإمدادات إلى أكرا وتيما أمس.')).toContain('تيما:g-tema');
    expect(ids('وصلت الإمدادات إلى كوماسي وتيما أمس.').some((x) => x.includes('g-tema'))).toBe(false);
  });
});

describe('round 22a: a dual or plural adjective after a cue list', () => {
  test('is no word of the last name', () => {
    const zw = found('دمرت العاصفة بلدتي شيمانيماني وتشيبينغي المجاورتين في زيمبابوي.', 'ar');
    expect(zw.map((m) => m.text)).toEqual(['شيمانيماني', 'تشيبينغي']);
    const pe = found('انهارت منازل في قريتي ياناما وكوكاس القريبتين من الحدود.', 'ar');
    expect(pe.map((m) => m.text)).toContain('كوكاس');
  });
});

describe('round 22a: another spelling of a great city', () => {
  test('long vowels written otherwise after a preposition of place', () => {
    expect(ids('وصل الوفد الكيني إلى نايروبي مساء أمس.')).toContain('نايروبي:g-nairobi');
    expect(ids('وشعر بالهزة سكان في كاراتشي جنوب باكستان.')).toContain('كاراتشي:g-karachi');
  });

  test('not a million-city of a country the text does not name, nor a word whose first or last letter differs', () => {
    expect(ids('وشعر بالهزة سكان في كاراتشي أيضاً.').some((x) => x.includes('g-karachi'))).toBe(false);
    expect(ids('وصلت المساعدات إلى مليوني شخص.').some((x) => x.includes('g-milan'))).toBe(false);
  });
});

describe('round 22a: a town an apposition describes', () => {
  test('«X، البلدة …»: the town of its key near the article’s places', () => {
    expect(ids('تضرر المعبد في بونغاماتي، البلدة القريبة من كاتماندو في نيبال.')).toContain(
      'بونغاماتي:g-bungamati',
    );
    expect(ids('وقرب بوتاري في رواندا تقع كيبيهو، القرية التي شهدت الظهورات.')).toContain('كيبيهو:g-kibeho');
  });
});

describe('round 22a: a place’s other name, given as such', () => {
  test('«تُعرف باسم Y»: Y is the place named before when it keys one of its Latin names', () => {
    expect(ids('غمرت الأمطار تشيناي المعروفة سابقاً باسم مدراس في الهند.')).toContain('مدراس:g-chennai');
    expect(ids('وفي يانغون التي تُعرف أيضاً باسم رانغون انقطعت الكهرباء.')).toContain('رانغون:g-yangon');
  });
});

describe('round 22a: a later occurrence follows its first reading', () => {
  const m = (id: string, rule: string, start: number) => ({
    start,
    end: start + 4,
    placeId: id,
    role: 'place' as const,
    rule,
    candidates: [id],
  });
  test('a keyed repeat whose first reading a guard dropped goes too; one whose first stays is kept', () => {
    const out = withoutOrphanLaterReadings([
      m('g-scott-city', 'listed-latin-spelling same-name-later', 10),
      m('g-kitale', 'listed-latin-spelling', 20),
      m('g-kitale', 'listed-latin-spelling same-name-later', 30),
      m('g-eldoret', 'same-name-later', 40),
    ]);
    expect(out.map((x) => `${x.placeId}@${x.start}`)).toEqual(['g-kitale@20', 'g-kitale@30', 'g-eldoret@40']);
  });
});
