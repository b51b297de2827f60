/**
 * What a proposal's rule means, in Arabic, for the Arabic review page. The matcher writes each
 * proposal's note in English, with the names it weighed (`proposal.note`); a journalist reviewing
 * in Arabic reads first what kind of reading it is, by the rule's first word (`cue-unknown-name`,
 * `clitic:ب`, `listed-latin-spelling`), then the English note below it. A rule with no summary here
 * shows its English note alone. The wording is the project's.
 */
const SUMMARY_AR: Record<string, string> = {
  name: 'اسم يطابق مكاناً في المعجم الجغرافي.',
  clitic: 'اسم متصل بحرف (مثل «و» أو «ب» أو «ل») يطابق مكاناً في المعجم الجغرافي.',
  'cue-unknown-name':
    'كلمة تدل على نوع المكان (مثل «قرية» أو «مخيم») يليها اسم لا يعرفه المعجم: حدّد موقعه على الخريطة.',
  'cue-other-kind': 'كلمة تدل على نوع آخر من الأماكن مع اسم معروف: مكان آخر سُمّي به، حدّد موقعه.',
  'same-name-later': 'الاسم نفسه ورد قبلُ في النص، فهو المكان نفسه.',
  anaphor: 'إشارة إلى مكان ذُكر قبلُ (مثل «هذه المدينة»).',
  translation: 'إشارة في الترجمة إلى مكان في النص الأصلي.',
  'plural-cue-list': 'اسم في قائمة بعد كلمة دالة بصيغة الجمع (مثل «محافظات»).',
  'geonames-village': 'قرية في GeoNames لا يقرؤها المعجم إلا بعد كلمة دالة.',
  'bare-village': 'قرية في GeoNames قرب أماكن المقال، تُذكر دون كلمة دالة.',
  'world-region': 'إقليم من أقاليم العالم لا حدود له في المصادر: حدّد موقعه إن كان مهماً.',
  ocean: 'محيط أو بحر لا شكل له في المصادر: حدّد موقعه إن كان مهماً.',
  'shipped-ocean': 'محيط: نصفه الواقع في جهة أماكن المقال من خط الاستواء.',
  'sea-short-name': 'بحر يُذكر دون كلمة «بحر».',
  'unit-named-in-text': 'وحدة إدارية يسمّيها النص.',
  'subdivision-name': 'وحدة إدارية باسمها في بيانات Unicode CLDR.',
  'state-abbreviation': 'اختصار اسم ولاية أمريكية.',
  'the-river-floods': 'نهر يُذكر باسمه وحده (يفيض أو تجري فيه المياه).',
  'the-bare-river': 'نهر يُذكر باسمه وحده.',
  'route-end': 'طرف طريق يبدأ من مكان معروف: حدّد موقعه.',
  'road-number': 'طريق يُذكر برقمه: ارسمه إن كان مهماً.',
  'numbered-road': 'طريق يُذكر برقمه: ارسمه إن كان مهماً.',
  'organisation-name': 'اسم مكان داخل اسم هيئة أو منظمة.',
  'listed-with-places': 'اسم في قائمة مع أماكن معروفة: حدّد موقعه.',
  'list-apposition': 'اسم في قائمة يصف ما بعدها نوعه.',
  'known-as': 'اسم آخر لمكان ذُكر قبله.',
  'head-noun-name': 'مكان سُمّي باسم مكان معروف: حدّد موقعه.',
  'facility-after-name': 'منشأة سُمّيت باسم مكان: حدّد موقعها.',
  'far-cue': 'بعد كلمة دالة، لكن المكان المعروف بهذا الاسم بعيد عن أماكن المقال: حدّد موقعه.',
  'prefixed-name': 'اسم أطول من اسم معروف (مثل «فورت» قبله): مكان آخر، حدّد موقعه.',
  'camp-name': 'مخيم لا يعرفه المعجم: حدّد موقعه.',
  'apposition-unknown-name': 'اسم يصف ما بعده نوعه ولا يعرفه المعجم: حدّد موقعه.',
  'compound-name': 'اسم من كلمات عدة لا يعرفه المعجم.',
  'direction-unit': 'وحدة إدارية تُسمّى بجهتها (مثل «الإقليم الغربي»).',
  'district-town': 'بلدة تحمل منطقتها اسمها.',
  'arabic-spelling-key': 'تهجئة عربية أخرى لاسم المكان في المصدر: تحقّق منه.',
  'spelling-key': 'تهجئة أخرى لاسم المكان في المصدر: تحقّق منه.',
  'unit-spelling': 'تهجئة أخرى لاسم وحدة إدارية في المصدر: تحقّق منها.',
  'keyed-feature': 'نهر أو بحيرة بتهجئة أخرى لاسمه في المصدر: تحقّق منه.',
  'bare-unknown-name': 'اسم لا يعرفه المعجم، يدل السياق على أنه مكان: حدّد موقعه.',
  'locative-name': 'اسم لا يعرفه المعجم بعد حرف يدل على المكان (مثل on أو between)، يؤكده النص: حدّد موقعه.',
  'compound-direction-unit': 'وحدة إدارية يسمّيها النص باتجاهين (مثل «الشمال الشرقي») بعد كلمة دالة.',
  'word-city': 'مدينة كبرى اسمها العربي كلمة شائعة (مثل «سيول»)، في مقال من بلدها: تحقّق منها.',
  'county-name': 'مقاطعة أمريكية (county) باسمها.',
  'and-other': 'اسم يليه «وغيره من …»، فنوعه نوع ما بعده: حدّد موقعه.',
  'mosque-name': 'مسجد لا يعرفه المعجم: حدّد موقعه.',
  'arabic-variant': 'تهجئة عربية أخرى (بحروف علّة مختلفة) لاسم مدينة كبرى: تحقّق منها.',
};

/** The Arabic summary of a rule by its first word, or undefined. */
export function ruleSummaryAr(rule: string): string | undefined {
  const head = (rule.split(' ')[0] ?? '').split(':')[0] ?? '';
  if (Object.hasOwn(SUMMARY_AR, head)) return SUMMARY_AR[head];
  if (head.endsWith('latin-spelling'))
    return 'تهجئة عربية لاسم لا يكتبه المصدر إلا بحروف لاتينية: تحقّق من المكان.';
  return undefined;
}
