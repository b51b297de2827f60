/**
 * Matching rules from round 29, part A (issue 18): foreign names written in Arabic that the keys
 * missed, world rivers after «نهر», and where an unknown name after a cue word ends. Places and
 * sentences are made up (no real place's Arabic name is implied).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import { withoutLongAlef } from '../../src/ingest/match-index.ts';
import { latinKey } from '../../src/ingest/spelling-key.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, unit, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const river = (id: string, en: string, point: [number, number]): GazetteerEntry =>
  e(id, [], [`${en} River`], 'river', point, { world: true });

const ENTRIES: GazetteerEntry[] = [
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  e('chile', ['تشيلي'], ['Chile'], 'country', [-71, -35], {
    country: 'CL',
    bbox: [-75.6, -55.9, -66.4, -17.5],
  }),
  w('g-nakuru', ['ناكورو'], ['Nakuru'], 'city', [36.07, -0.3], 'KE', 570_000),
  w('g-talca', ['تالكا'], ['Talca'], 'city', [-71.66, -35.43], 'CL', 200_000),
  w('g-molvar', ['مولفار'], ['Molvar'], 'city', [-72.3, -37.1], 'CL', 150_000),
  // Arabic names of several words, the text's spelling one long vowel short.
  w('g-port-salano', ['بورت سالانو'], ['Port Salano'], 'city', [36.3, -0.5], 'KE', 90_000),
  w('g-villa-carando', ['فيلا كاراندو'], ['Villa Carando'], 'city', [-71.4, -35.2], 'CL', 80_000),
  // Latin-only names of two words whose letters meet across the hyphen (p-h, t-h).
  w('g-kap-hondo', [], ['Kap-Hondo'], 'city', [36.5, -0.6], 'KE', 60_000),
  w('g-port-hanna', [], ['Port-Hanna'], 'city', [-71.8, -35.6], 'CL', 50_000),
  // A Latin-only town keyed like «وسط إطلاق» read as «و» and a name.
  w('g-satlak', [], ['Satlak'], 'town', [36.4, -0.4], 'KE', 20_000),
  // Namesakes of an idiom's word; Latin-only cities a suburb cue may name.
  w('g-sima', ['سيما'], ['Sima'], 'town', [36.2, -0.2], 'KE', 8_000),
  w('g-sima-cl', ['سيما'], ['Sima'], 'town', [-71.5, -35.5], 'CL', 6_000),
  w('g-ruakoma', [], ['Ruakoma'], 'city', [36.15, -0.32], 'KE', 200_000),
  w('g-pelarco', [], ['Pelarco'], 'city', [-71.6, -35.4], 'CL', 150_000),
  // Small towns named like a first name and a surname; towns named like a verb.
  w('g-mario', ['ماريو'], ['Mario'], 'village', [-71.3, -35.1], 'CL', 900),
  w('g-silva', ['سيلفا'], ['Silva'], 'town', [-71.2, -35.3], 'CL', 3_000),
  w('g-otieno', ['أوتينو'], ['Otieno'], 'village', [36.3, -0.1], 'KE', 700),
  w('g-kamau', ['كاماو'], ['Kamau'], 'town', [36.4, -0.2], 'KE', 2_000),
  w('g-tahrir', ['تحرر'], ['Tahrar'], 'town', [36.6, -0.4], 'KE', 4_000),
  w('g-tadmar', ['تدمر'], ['Tadmar'], 'town', [-71.1, -35.2], 'CL', 4_000),
  // A small town whose name ends a Latin-only suburb's.
  w('g-rano', ['رانو'], ['Rano'], 'town', [37.5, 0.5], 'KE', 5_000),
  w('g-metira-rano', [], ['Metira-Rano'], 'city', [36.1, -0.31], 'KE', 120_000),
  w('g-roca', ['روكا'], ['Roca'], 'village', [-70.5, -36], 'CL', 900),
  w('g-villa-roca', [], ['Villa-Roca'], 'city', [-71.65, -35.44], 'CL', 90_000),
  // A town in a country no test sentence names, whose name opens on a Romance article.
  w('g-la-punta', ['لا بونتا'], ['La Punta'], 'town', [-77.2, -12.1], 'PE', 4_000),
  // Latin-only towns far from where a quarter of their key is said to lie.
  w('g-karuri-cl', [], ['Karuri'], 'town', [-70.9, -33.5], 'CL', 30_000),
  w('g-molinas-ke', [], ['Molinas'], 'town', [39.6, -4.0], 'KE', 30_000),
  // Rivers named only in English, one with a silent final e; two of one key as heard in Chile.
  river('ne-river-velbe', 'Velbe', [36.1, -0.35]),
  river('ne-river-sarne', 'Sarne', [-71.66, -35.45]),
  river('ne-river-sorne', 'Sorne', [-72.3, -37.12]),
];
const found = foundIn(buildIndex(ENTRIES));
const ids = (text: string) => found(text, 'ar').map((m) => m.id);

describe('an Arabic name of several words one long vowel short (round 29a)', () => {
  test('the alef of any word of five letters or more', () => {
    expect(withoutLongAlef('بورت سالانو')).toContain('بورت سالنو');
    expect(withoutLongAlef('باندا آتشيه')).toEqual([]);
  });
  test('read bare', () => {
    expect(ids('وصل الوفد إلى بورت سالنو قرب ناكورو في كينيا')).toEqual([
      'g-port-salano',
      'g-nakuru',
      'kenya',
    ]);
    expect(ids('وصل الوفد إلى فيلا كارندو قرب تالكا في تشيلي')).toEqual([
      'g-villa-carando',
      'g-talca',
      'chile',
    ]);
  });
});

describe('a Latin digraph never spans two words (round 29a)', () => {
  test('the keys', () => {
    expect(latinKey('Kap-Hondo')).toBe('KBHNDU');
    expect(latinKey('Port-Hanna')).toBe('BRTHNA');
  });
  test('a Latin-only city of two words after a preposition', () => {
    expect(ids('شيّع الرئيس في كاب هوندو قرب ناكورو في كينيا')).toEqual(['g-kap-hondo', 'g-nakuru', 'kenya']);
    expect(ids('شيّع الرئيس في بورت هانا قرب تالكا في تشيلي')).toEqual(['g-port-hanna', 'g-talca', 'chile']);
  });
  test('a listed word is read with its «و»: «وسط» (amid) is no name', () => {
    expect(ids('شيّع الرئيس في كاب هوندو وسط إطلاق نار قرب ناكورو في كينيا')).not.toContain('g-satlak');
  });
});

describe('where an unknown name after a cue word ends (round 29a)', () => {
  const names = (text: string) =>
    found(text, 'ar')
      .filter((m) => !m.id)
      .map((m) => m.text);
  test('a verb joined by «و»', () => {
    expect(names('تتقدم القوات في مقاطعة زاربيك وتسيطر على بلدات في كينيا')).toEqual(['مقاطعة زاربيك']);
    expect(names('غمرت المياه بلدة كوراني وتقول السلطات إن السكان فقدوا كل شيء في تشيلي')).toEqual([
      'بلدة كوراني',
    ]);
    expect(names('وصل الوفد إلى مدينة نيو ويستمنستر في كينيا')).toEqual(['مدينة نيو ويستمنستر']);
  });
  test('a word of purpose', () => {
    expect(names('دمرت القوات جسوراً على نهر تاموري لقطع الإمداد في كينيا')).toEqual(['نهر تاموري']);
    expect(names('وتضم البلدة محطة لقياس الغاز في تشيلي')).toEqual([]);
    expect(names('وصل الوفد إلى مدينة نيو لندن في تشيلي')).toEqual(['مدينة نيو لندن']);
  });
  test('a cue word with its preposition, a quantifier', () => {
    expect(names('نقل المصابون إلى قرية بمنطقة الغابات في كينيا')).toEqual([]);
    expect(names('انتهت ولاية معظم أعضاء البرلمان في تشيلي')).toEqual([]);
  });
});

describe('a world river after «نهر» keyed as heard (round 29a)', () => {
  test('a silent final e, and the bare name with the article later', () => {
    expect(ids('فاض نهر الفلب قرب ناكورو في كينيا ثم انحسر الفلب')).toEqual([
      'ne-river-velbe',
      'g-nakuru',
      'kenya',
      'ne-river-velbe',
    ]);
  });
  test('of two rivers of one key, the one through the place named first', () => {
    expect(ids('تجمع السكان في تالكا على ضفتي نهر السرن ثم في مولفار في تشيلي')).toContain('ne-river-sarne');
    expect(ids('تجمع السكان في مولفار على ضفتي نهر السرن ثم في تالكا في تشيلي')).toContain('ne-river-sorne');
  });
});

describe('words of the sentence, not of a name (round 29a)', () => {
  const names = (text: string) =>
    found(text, 'ar')
      .filter((m) => !m.id)
      .map((m) => m.text);
  test('«لا سيما» (especially) is no Sima', () => {
    expect(ids('يعيش المهاجرون في ناكورو، ولا سيما القادمون من الريف في كينيا')).not.toContain('g-sima');
    expect(ids('تضررت مدن عدة، لا سيما تالكا في تشيلي')).not.toContain('g-sima-cl');
    expect(ids('وصلت المساعدات إلى سيما قرب ناكورو في كينيا')).toContain('g-sima');
  });
  test('a first word the text writes with the article is a common noun', () => {
    expect(names('دمر الإعصار أكبر حي صفيح في تشيلي، وسوى أحياء الصفيح بالأرض')).toEqual([]);
    expect(names('تحولت المنطقة إلى بلدة أشباح قرب ناكورو في كينيا، لا تسكنها إلا الأشباح')).toEqual([]);
  });
  test('a preposition before a name the text writes alone ends the name', () => {
    expect(names('وصل الإعصار إلى بلدة موكاري في كينيا، ودمر حي كاويني بموكاري')).toEqual([
      'بلدة موكاري',
      'حي كاويني',
      'موكاري',
    ]);
    expect(names('وصل الإعصار إلى بلدة ريناكو في تشيلي، ودمر حي روساس بريناكو')).toEqual([
      'بلدة ريناكو',
      'حي روساس',
      'ريناكو',
    ]);
  });
});

describe('a suburb may be a city of its own (round 29a)', () => {
  test('after «ضاحية», a city keyed by its Latin name', () => {
    expect(ids('اغتيل في منزله بضاحية رواكوما قرب ناكورو في كينيا')).toContain('g-ruakoma');
    expect(ids('اغتيل في منزله بضاحية بيلاركو قرب تالكا في تشيلي')).toContain('g-pelarco');
  });
  test('after «حي» (a quarter), no city', () => {
    expect(ids('اغتيل في منزله في حي رواكوما قرب ناكورو في كينيا')).not.toContain('g-ruakoma');
  });
});

describe('what the written letters say (round 29a)', () => {
  test('two small towns side by side are a person', () => {
    expect(ids('وقال المتحدث ماريو سيلفا إن تالكا في تشيلي تضررت')).toEqual(['g-talca', 'chile']);
    expect(ids('خلفاً لأوتينو كاماو في ناكورو في كينيا')).toEqual(['g-nakuru', 'kenya']);
    expect(ids('وصلت المساعدات إلى ماريو وسيلفا قرب تالكا في تشيلي')).toEqual([
      'g-mario',
      'g-silva',
      'g-talca',
      'chile',
    ]);
  });
  test('a doubled verb is no town', () => {
    expect(ids('قوات تحرّر البلدة قرب ناكورو في كينيا')).not.toContain('g-tahrir');
    expect(ids('ضربة تدمّر جزءاً من تالكا في تشيلي')).not.toContain('g-tadmar');
    expect(ids('وصلت المساعدات إلى تدمر قرب تالكا في تشيلي')).toContain('g-tadmar');
  });
  test('a cue word written with two other letters is another word', () => {
    const names = (text: string) =>
      found(text, 'ar')
        .filter((m) => !m.id)
        .map((m) => m.text);
    expect(names('وأدى أرييل هنري اليمين في كينيا')).toEqual([]);
    expect(names('وأدى الرئيس اليمين في تشيلي')).toEqual([]);
    expect(names('فاضت المياه في وادى كاريمو في كينيا')).toEqual(['وادى كاريمو']);
  });
});

describe('a French name is heard without its silent final consonants (round 29a)', () => {
  const more: GazetteerEntry[] = [
    e('senegal', ['السنغال'], ['Senegal'], 'country', [-14.5, 14.5], {
      country: 'SN',
      bbox: [-17.6, 12.3, -11.3, 16.7],
    }),
    e('haiti', ['هايتي'], ['Haiti'], 'country', [-72.5, 19], {
      country: 'HT',
      bbox: [-74.5, 18, -71.6, 20.1],
    }),
    w('g-pont-du-sud', [], ['Pont-du-Sud'], 'town', [-16.5, 14.7], 'SN', 20_000),
    w('g-morne-grand', [], ['Morne-Grand'], 'town', [-72.4, 18.8], 'HT', 15_000),
    w('g-kilund', [], ['Kilund'], 'town', [36.3, -0.2], 'KE', 20_000),
  ];
  const ids2 = (text: string) => foundIn(buildIndex([...ENTRIES, ...more]))(text, 'ar').map((m) => m.id);
  test('in a French-speaking country', () => {
    expect(ids2('ضربت الفيضانات بلدة بون دو سو في السنغال')).toEqual(['g-pont-du-sud', 'senegal']);
    expect(ids2('ضربت الفيضانات بلدة مورن غران في هايتي')).toEqual(['g-morne-grand', 'haiti']);
  });
  test('not elsewhere', () => {
    expect(ids2('ضربت الفيضانات بلدة كيلون في كينيا')).not.toContain('g-kilund');
  });
});

describe('a cue, a word and a small town are one name read by its key (round 29a)', () => {
  test('the suburb, and its later mention after a preposition', () => {
    expect(ids('اغتيل في منزله بضاحية ميتيرا رانو قرب ناكورو في كينيا، ثم ووري الثرى بميتيرا رانو')).toEqual([
      'g-metira-rano',
      'g-nakuru',
      'kenya',
      'g-metira-rano',
    ]);
    expect(
      ids('اغتيل في منزله بضاحية فيلا روكا قرب تالكا في تشيلي، وقال سكان فيلا روكا إنهم سمعوا إطلاق نار'),
    ).toEqual(['g-villa-roca', 'g-talca', 'chile', 'g-villa-roca']);
  });
});

describe('a Romance article opens a name after a cue word (round 29a)', () => {
  const names = (text: string) =>
    found(text, 'ar')
      .filter((m) => !m.id)
      .map((m) => m.text);
  test('before a name', () => {
    expect(names('وصلت المساعدات إلى بلدة لوس ريوس في تشيلي')).toEqual(['بلدة لوس ريوس']);
    expect(names('زار الوفد جزيرة لا موريا قبالة ساحل كينيا')).toContain('جزيرة لا موريا');
  });
  test('not before a verb, and not a name the index knows', () => {
    expect(names('ضرب الجفاف إقليم لا تزال فيه المراعي قاحلة في كينيا')).toEqual([]);
    expect(names('وصلت المساعدات إلى جزيرة لا بونتا في تشيلي')).toEqual([]);
  });
});

describe('a quarter named with its place lies there (round 29a)', () => {
  test('a town of its key far from that place is not it', () => {
    const got = found('قتل في حي كاروري في ناكورو في كينيا، وأدانت تشيلي الهجوم', 'ar');
    expect(got).toContainEqual({ text: 'حي كاروري', id: null, kind: 'neighbourhood' });
    const got2 = found('قتل في حي موليناس بتالكا في تشيلي، وأدانت كينيا الهجوم', 'ar');
    expect(got2).toContainEqual({ text: 'حي موليناس', id: null, kind: 'neighbourhood' });
  });
});

describe('a unit named by a compound direction (round 29a)', () => {
  const more: GazetteerEntry[] = [
    unit('ne-admin1-ken-sw', [], ['Sud-Ouest'], 'KE', [34, -4.5, 36, -2]),
    unit('ne-admin1-ken-nw', [], ['North Western'], 'KE', [34, 2, 36, 4.5]),
    unit('ne-admin1-chl-ne', [], ['Noreste'], 'CL', [-70, -30, -68, -27]),
  ];
  const ids2 = (text: string) => foundIn(buildIndex([...ENTRIES, ...more]))(text, 'ar').map((m) => m.id);
  test('a unit cue, a direction noun and a direction adjective', () => {
    expect(ids2('ضرب الجفاف إقليم الجنوب الغربي في كينيا')).toEqual(['ne-admin1-ken-sw', 'kenya']);
    expect(ids2('ضرب الجفاف بإقليم الشمال الغربي في كينيا')).toEqual(['ne-admin1-ken-nw', 'kenya']);
    expect(ids2('ضرب الزلزال مقاطعة الشمال الشرقي في تشيلي')).toEqual(['ne-admin1-chl-ne', 'chile']);
  });
  test('not in a country without that unit', () => {
    expect(ids2('ضرب الزلزال مقاطعة الجنوب الغربي في تشيلي')).not.toContain('ne-admin1-ken-sw');
  });
});

describe('a bare later mention of a unit and its city read with cue words is the city (round 29a)', () => {
  const more: GazetteerEntry[] = [
    unit('ne-admin1-ken-mukoro', ['موكورو أوبلاست'], ['Mukoro'], 'KE', [36.5, -1.5, 37.5, -0.8]),
    w('g-mukoro', [], ['Mukoro'], 'city', [37, -1.1], 'KE', 300_000),
    unit('ne-admin1-chl-pelequen', ['بيليكين أوبلاست'], ['Pelequen'], 'CL', [-71.5, -34.8, -70.5, -34]),
    w('g-pelequen', [], ['Pelequen'], 'city', [-71, -34.4], 'CL', 200_000),
  ];
  const ids2 = (text: string) => foundIn(buildIndex([...ENTRIES, ...more]))(text, 'ar').map((m) => m.id);
  test('after «مقاطعة X» and «مدينة X», a bare X', () => {
    expect(
      ids2('ضرب الجفاف مقاطعة موكورو في كينيا، ونزح السكان إلى مدينة موكورو، ثم انتشر الجفاف غرب موكورو'),
    ).toEqual(['ne-admin1-ken-mukoro', 'kenya', 'g-mukoro', 'g-mukoro']);
    expect(
      ids2(
        'ضرب الزلزال مقاطعة بيليكين في تشيلي، ونزح السكان إلى مدينة بيليكين، ثم اشتعلت النيران شرق بيليكين',
      ),
    ).toEqual(['ne-admin1-chl-pelequen', 'chile', 'g-pelequen', 'g-pelequen']);
  });
});
