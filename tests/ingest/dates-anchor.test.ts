import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';

const PUB = '2022-01-23'; // a Sunday
const got = (lang: 'ar' | 'en', text: string, published = PUB) =>
  findDates(text, { lang, published }).map((d) => [d.exact, d.date]);

describe('round 20: which day "the next day" counts from (issue 18)', () => {
  test('a day that ends a span ("into Thursday", «حتى صباح الاثنين») is no day to count from', () => {
    expect(
      got(
        'en',
        'Snow closed roads across Hokkaido on Wednesday night, and the warning stayed in place into Thursday. The snow moved south the next day.',
      ).at(-1),
    ).toEqual(['the next day', '2022-01-20']);
    expect(
      got(
        'ar',
        'انفجر مستودع في سوق بمدينة فاس الأحد. وعملت فرق الإنقاذ من مساء الأحد حتى صباح الاثنين، وارتفع عدد القتلى إلى تسعة في اليوم التالي.',
        '2022-01-24',
      ).at(-1),
    ).toEqual(['اليوم التالي', '2022-01-24']);
  });

  test('the date of what the event came before («عشية …», "on the eve of …") is no day to count from', () => {
    expect(
      got(
        'ar',
        'اندلعت اشتباكات في باماكو يوم الجمعة، عشية الذكرى الستين لتأسيس الجيش في 22 كانون الثاني. وفي اليوم التالي ألغيت الاحتفالات.',
      ).at(-1),
    ).toEqual(['اليوم التالي', '2022-01-22']);
    expect(
      got(
        'en',
        'Protesters marched in Dhaka on Friday, on the eve of the founding anniversary on January 22. The next day, the parade was called off.',
      ).at(-1),
    ).toEqual(['The next day', '2022-01-22']);
  });

  test('a state\'s start ("since January 3") or a flashback anchors a count only in its own paragraph', () => {
    expect(
      got(
        'en',
        'Troops reopened the border post on Friday, clearing a road blocked by protesters since January 3.\nOfficials said trade was slow.\nThe next day, lorries crossed again.',
      ).at(-1),
    ).toEqual(['The next day', '2022-01-22']);
    expect(
      got(
        'ar',
        'أعلن الجيش يوم الجمعة أنه فتح الطريق الذي أغلقه محتجون منذ 3 كانون الثاني قرب معبر رأس جدير.\nوقال مسؤولون إن التجارة بطيئة.\nوفي اليوم التالي عبرت الشاحنات.',
      ).at(-1),
    ).toEqual(['اليوم التالي', '2022-01-22']);
    expect(
      got(
        'en',
        'The two presidents opened the border crossing on Tuesday.\nEngineers had cleared mines along the road between 5 and 9 January, officials said.\nThe next day, ministers met in Lusaka.',
      ).at(-1),
    ).toEqual(['The next day', '2022-01-19']);
  });

  test('"the day after the quake", «اليوم التالي للإعصار» count from the day the text gives the event', () => {
    expect(
      got(
        'en',
        'Rescuers searched the rubble in Elazig on Sunday after the earthquake killed 30. The quake struck on Friday evening. On Saturday, aftershocks shook Malatya. The day after the quake, aid arrived from Ankara.',
      ).at(-1),
    ).toEqual(['The day after', '2022-01-22']);
    expect(
      got(
        'ar',
        'قالت السلطات الأحد إن إعصاراً ضرب سواحل مدغشقر مساء الجمعة. ووصلت فرق الإغاثة صباح السبت. وفي اليوم التالي للإعصار نفذت طائرات رحلات استطلاع.',
      ).at(-1),
    ).toEqual(['اليوم التالي', '2022-01-22']);
  });
});

describe('round 20: the event a count names (issue 18)', () => {
  test('«اليوم التالي للانهيار»: the last day of the sentence naming the collapse, not the day of a clause inside it', () => {
    expect(
      got(
        'ar',
        'أعلنت السلطات الأحد ارتفاع عدد ضحايا انهيار جسر في مدينة كراتشي. وانهار الجسر، الذي افتتح مساء الخميس، فجر الجمعة فوق طريق مزدحم. وفي اليوم التالي للانهيار بدأت فرق الهندسة فحص الجسور الأخرى.',
      ).at(-1),
    ).toEqual(['اليوم التالي', '2022-01-22']);
  });
  test('a verb after «في اليوم التالي» («ليشمل») names no event: the count goes on from the day before', () => {
    expect(
      got(
        'ar',
        'قال مسؤولون يوم السبت إن القصف بدأ يوم الأربعاء قرب بلدة على الحدود الأرمنية، واتسع في اليوم التالي ليشمل مواقع أخرى، قبل وقف إطلاق النار مساء الجمعة.',
      ).map((d) => d[1]),
    ).toEqual(['2022-01-22', '2022-01-19', '2022-01-20', '2022-01-21']);
  });
  test('a count in a past-perfect sentence goes on from a "since" day told in an earlier paragraph', () => {
    expect(
      got(
        'en',
        'Jets struck the airport on Sunday, escalating an offensive waged since Thursday.\nThe army had advanced on the city and had been pushed back the next day.',
      ).map((d) => d[1]),
    ).toEqual(['2022-01-23', '2022-01-20', '2022-01-21']);
  });
  test('"the day after the quake" finds the quake\'s sentence past a time written "6.58 p.m."', () => {
    expect(
      got(
        'en',
        'Rescuers dug through rubble in Izmir on Sunday. The quake struck at 2.51 p.m. on Friday near Samos. On Saturday, aftershocks followed. The day after the quake, tents went up.',
        '2022-01-24',
      ).at(-1),
    ).toEqual(['The day after', '2022-01-22']);
  });
  test('«وكانت فرق … قد أزالت … بين 5 و9»: «كان» far before «قد» still tells a flashback, left by the next paragraph', () => {
    expect(
      got(
        'ar',
        'افتتح البلدان معبراً حدودياً يوم الثلاثاء.\nوكانت فرق هندسية من الجيشين قد أزالت الألغام بين 5 و9 كانون الثاني.\nوفي اليوم التالي اجتمع الوزراء في لوساكا.',
      ).at(-1),
    ).toEqual(['اليوم التالي', '2022-01-19']);
  });
});

describe('round 20: "the worst since 1957" names an event; a state "since 2014" stays out (issue 18)', () => {
  test('after a superlative, the year after "since" is the last event as bad', () => {
    expect(
      got('en', 'The flood in Valencia was the worst since 1957, when the Turia burst its banks.').map(
        (d) => d[1],
      ),
    ).toEqual(['1957']);
    expect(
      got('ar', 'وكانت الفيضانات في فالنسيا الأسوأ منذ عام 1957، عندما فاض نهر توريا.').map((d) => d[1]),
    ).toEqual(['1957']);
  });
  test('a state "since 2014" stays out, even with a "when" clause after it; «منذ عام 2015» too', () => {
    expect(
      got('en', 'Rebels have held the valley since 2014, when their fighters swept across the plain.'),
    ).toEqual([]);
    expect(got('en', 'Rebels have held the valley since 2014.')).toEqual([]);
    expect(got('ar', 'ويقيم آلاف اللاجئين في المخيم منذ عام 2015.')).toEqual([]);
  });
});

describe('round 20: a count that tells an interval is no date of its own (issue 18)', () => {
  test('"<clause on Thursday>, three days after the cyclone struck": the interval between two events', () => {
    expect(
      got(
        'en',
        'Aid workers reached villages near Beira on Thursday, three days after the cyclone struck the coast.',
      ).map((d) => d[0]),
    ).toEqual(['Thursday']);
    expect(
      got(
        'ar',
        'قالت السلطات البيروفية الخميس إن فرق الإنقاذ انتشلت 12 جثة، بعد ثلاثة أيام من انهيار أرضي في الأنديز.',
      ).map((d) => d[0]),
    ).toEqual(['الخميس']);
  });
  test('an event dated after the count in its sentence ("two weeks after storm Ana, which struck in late January")', () => {
    expect(
      got('ar', 'ويأتي الإعصار بعد أسبوعين من العاصفة آنا التي ضربت الفلبين في أواخر كانون الثاني.').map(
        (d) => d[0],
      ),
    ).toEqual(['كانون الثاني']);
    expect(
      got('en', 'The flood of January 20 came seven months after a tornado hit Arkansas in June 2021.').map(
        (d) => d[0],
      ),
    ).toEqual(['January 20', 'June 2021']);
  });
  test('"isolated for two days after the bridge fell" is a duration', () => {
    expect(
      got('en', 'A storm hit Cebu on Friday. The town was isolated for two days after the bridge fell.').map(
        (d) => d[0],
      ),
    ).toEqual(['Friday']);
  });
  test('a headline count with no day to count from: "three days after the clashes" is no date', () => {
    expect(got('ar', 'آلاف النازحين بعد ثلاثة أيام من الاشتباكات على الحدود')).toEqual([]);
  });
  test('a count set beside a date ("nine days later, on July 2"; «24 آذار، في اليوم نفسه الذي …») is that date', () => {
    expect(
      got(
        'en',
        'The miners went underground on 3 January. They were found nine days later, on 12 January, alive.',
      ).map((d) => d[0]),
    ).toEqual(['3 January', '12 January']);
    expect(
      got(
        'ar',
        'وكان المسلحون قد هاجموا البلدة فجر 14 كانون الثاني، في اليوم نفسه الذي أعلنت فيه الشركة استئناف العمل.',
      ).map((d) => d[0]),
    ).toEqual(['14 كانون الثاني']);
  });
  test('a count in a sentence of its own still dates its event', () => {
    expect(
      got('en', 'The cyclone struck Beira on Thursday. Three days after the cyclone, aid arrived.').map(
        (d) => d[1],
      ),
    ).toEqual(['2022-01-20', '2022-01-23']);
  });
});

describe('round 20: plans, forecasts and the ends of spans (issue 18)', () => {
  test('«يُنتظر أن …» ("is expected to") and "warned of more rain" look forward: the next such weekday', () => {
    // PUB 2022-01-23 is a Sunday.
    expect(got('ar', 'ويُنتظر أن تشيّع مدينة قسنطينة ضحاياها الثلاثاء.').map((d) => d[1])).toEqual([
      '2022-01-25',
    ]);
    expect(
      got('en', 'The agency warned of more rain from Tuesday to Thursday in Sylhet.').map((d) => d[1]),
    ).toEqual(['2022-01-25', '2022-01-27']);
  });
  test('a range\'s end ("from Sunday until Tuesday") and a day an event reached ("into Friday") stay dates', () => {
    expect(got('en', 'Rain fell on Sylhet from Friday until Saturday.').map((d) => d[1])).toEqual([
      '2022-01-21',
      '2022-01-22',
    ]);
    expect(got('en', 'The warning stayed in place into Friday.').map((d) => d[1])).toEqual(['2022-01-21']);
  });
});

describe('round 20: a month alone (issue 18)', () => {
  test('"the whole of May", "the end of May": after "of", May is the month', () => {
    expect(
      got('en', 'Forecasters warned of rain for the whole of May in Kigali.', '2023-05-04').map((d) => d[1]),
    ).toEqual(['2023-05']);
  });
  test('"the September quake", "the March floods": a month naming an event, as "the 2005 earthquake"', () => {
    expect(
      got(
        'en',
        'In Tarija, where the September quake had cracked hundreds of homes, residents slept outside.',
        '2011-02-23',
      ).map((d) => d[1]),
    ).toEqual(['2010-09']);
    expect(
      got('en', 'Homes lost in the May floods in Kenya were rebuilt.', '2024-08-01').map((d) => d[1]),
    ).toEqual(['2024-05']);
  });
  test('a season\'s months come every year: "the monsoon season runs until the end of September", «موسم الأمطار»', () => {
    expect(
      got('en', 'Rain hit Dhaka on Friday. The monsoon season runs until the end of September.').map(
        (d) => d[0],
      ),
    ).toEqual(['Friday']);
    expect(got('ar', 'ويمتد موسم الأمطار في السودان حتى نهاية أيلول.').map((d) => d[0])).toEqual([]);
    expect(
      got('en', 'The rainy season began in late June in Chungcheong.', '2023-07-20').map((d) => d[1]),
    ).toEqual(['2023-06']);
  });
});

describe('round 20: «في ذلك اليوم», «في اليوم الأول» (issue 18)', () => {
  test('«في ذلك اليوم» ("on that day") is the day given before', () => {
    expect(
      got(
        'ar',
        'هطلت أمطار غزيرة على نواكشوط صباح الأربعاء 19 كانون الثاني، وقال مسؤولون إن ما سقط في ذلك اليوم يقارب معدل عام كامل.',
      ).map((d) => d[1]),
    ).toEqual(['2022-01-19', '2022-01-19']);
  });
  test('«في اليوم الأول» with no noun is the first day of the story, never today', () => {
    expect(
      got(
        'ar',
        'تواصلت المعارك اليوم الأحد في مخيم قرب صيدا، بعد أن اندلعت فجر الجمعة. وقال مصدر عسكري إن 12 جندياً قتلوا في اليوم الأول.',
      ).map((d) => d[1]),
    ).toEqual(['2022-01-23', '2022-01-21', '2022-01-21']);
  });
});
