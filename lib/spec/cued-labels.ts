/**
 * Field labels of Persian, Urdu and Bengali sheets ("رنگ:", "جنس:", "بسته‌بندی:"; "سائز:", "پیکنگ:"; "রং:",
 * "উপাদান:", "প্যাকিং:"), read only when the value holds a vague cue: "as sample", "good quality", "standard export
 * packing", "decided by the factory", "depending on stock", "to be confirmed", an estimate word. The checker knows
 * few colour, fibre, unit and packing words of these languages, so a precise value under such a label ("رنگ: مشکی",
 * "প্যাকিং: প্রতি কার্টনে ২৪ পিস") would read as an unmeasurable one; without a cue the label is not read at all and
 * the line stays as clean as before.
 */
import type { LabelledAttribute } from './attributes';
import { ASAP, SOON_SCRIPT } from './date-lexicon';
import { APPROX_BEFORE, anyOf, regex, scriptWords, test } from './patterns';
import { AS_SAMPLE, UNDECIDED } from './reference-lexicon';

/** Persian and Urdu write kaf and ye their own way ("ک", "ی") where Arabic writes "ك", "ي". */
const YE = '[یيے]';
const KAF = '[کك]';

const PERSIAN_URDU_LABELS: Record<LabelledAttribute, string[]> = {
  color: ['رنگ(?:\u200c?ها|بندی)?'],
  size: ['اندازه', 'سا[یئ]ز', 'ابعاد', 'ناپ', 'ارتفاع', 'ضخامت', 'قطر', 'طول'],
  material: [
    'جنس',
    'متر[یي]ال',
    'مٹیریل',
    'ماده',
    `${KAF}${YE}ف${YE}ت`,
    `${KAF}وال${YE}?ٹ${YE}`,
    'معیار',
    'پارچه',
  ],
  weight: ['وزن(?: خالص| ناخالص)?'],
  quantity: ['تعداد', 'مقدار'],
  // Not a bare "بسته" (pack): "بسته به" is "depending on".
  packaging: ['بسته(?:\u200c| )?بند[یي]', `پ${YE}${KAF}${YE}?(?:نگ|جنگ)`],
  shipDate: [
    '(?:زمان|تار[یي]خ|مدت) (?:تحو[یي]ل|ارسال|تول[یي]د)',
    'تحو[یي]ل',
    'ارسال',
    'ترس[یي]ل',
    'ڈ[یي]ل[یي]وری',
  ],
  customization: ['لوگو', 'چاپ', 'پرنٹنگ'],
};

const BENGALI_LABELS: Record<LabelledAttribute, string[]> = {
  color: ['রং', 'রঙ', 'কালার'],
  size: ['সাইজ', 'আকার', 'মাপ', 'দৈর্ঘ্য', 'প্রস্থ', 'উচ্চতা', 'পুরুত্ব', 'ব্যাস'],
  material: ['উপাদান', 'ম্যাটেরিয়াল', 'কাপড়', 'গুণমান', 'কোয়ালিটি', 'মান'],
  weight: ['ওজন'],
  quantity: ['পরিমাণ'],
  packaging: ['প্যাকিং', 'প্যাকেজিং', 'মোড়ক'],
  shipDate: ['ডেলিভারি(?:র সময়)?', 'শিপমেন্ট', 'সরবরাহের সময়'],
  customization: ['লোগো', 'প্রিন্ট(?:িং)?'],
};

/**
 * Hindi labels of the delivery time: "डिलीवरी:", "डिलीवरी का समय:", "शिपमेंट:", "आपूर्ति का समय:". Hindi start events
 * and units are not read ("जमा के 30 दिन बाद"), so like the labels above only a cued value is read under them.
 */
const HINDI_LABELS: Partial<Record<LabelledAttribute, string[]>> = {
  shipDate: [
    'डिलीवरी(?: (?:का|की) (?:समय|तारीख|तिथि))?',
    'डिलिवरी(?: (?:का|की) (?:समय|तारीख|तिथि))?',
    'शिपमेंट(?: (?:का|की) (?:समय|तारीख))?',
    'आपूर्ति (?:का समय|की तारीख)',
    'लीड टाइम',
    'उत्पादन (?:का )?समय',
  ],
};
const HINDI_LABEL = Object.fromEntries(
  Object.entries(HINDI_LABELS).map(([attribute, words]) => [
    attribute,
    regex(`(?<![\\p{L}\\p{M}])(?:${words.join('|')})(?![\\p{L}\\p{M}])\\s*$`, 'u'),
  ]),
) as Partial<Record<LabelledAttribute, RegExp>>;

/** The label is the last words before the colon: "ظرفیت و رنگ", "রং" (letters and marks bound it). */
const LABEL = Object.fromEntries(
  (Object.keys(PERSIAN_URDU_LABELS) as LabelledAttribute[]).map((attribute) => [
    attribute,
    regex(
      `(?:(?<![\\p{Script=Arabic}])(?:${PERSIAN_URDU_LABELS[attribute].join('|')})|(?<![\\p{L}\\p{M}])(?:${BENGALI_LABELS[attribute].join('|')}))(?![\\p{L}\\p{M}])\\s*$`,
      'u',
    ),
  ]),
) as Record<LabelledAttribute, RegExp>;

/**
 * Words that leave the value open, in Persian, Urdu and Bengali: praise ("کیفیت خوب", "اچھی کوالٹی", "ভালো মানের"),
 * sturdiness, the usual or standard or export packing, the factory or stock deciding, a later confirmation.
 */
const VAGUE_CUE = anyOf(
  // "ডেলিভারি: ডিপোজিটের পর শীঘ্রই", "ڈیلیوری: جلد از جلد", "डिलीवरी: जल्द से जल्द": "soon" or "as soon as possible".
  ASAP,
  SOON_SCRIPT,
  AS_SAMPLE,
  UNDECIDED,
  APPROX_BEFORE,
  scriptWords([
    // Persian.
    'خوب',
    'عالی',
    'بهترین',
    'مرغوب',
    'درجه ?[یي]ک',
    'باک[یي]ف[یي]ت',
    'محکم',
    'مقاوم',
    'استاندارد',
    'معمولی',
    'عادی',
    'صادراتی',
    'کارخانه',
    'موجودی',
    'موجود',
    'انبار',
    'بعدا(?:ً)?',
    'اعلام می\u200c?شود',
    // The estimate adjective closing a value: "یک ماه پس از پیش‌پرداخت، تقریبی" (approximate, estimated).
    'تقریبی',
    'تخمینی',
    'حدودی',
    // Urdu.
    'اچھی',
    'اچھا',
    'بہترین',
    'عمدہ',
    'اعلیٰ',
    'مضبوط',
    'عام',
    'معیاری',
    'ایکسپورٹ',
    'فیکٹری',
    'اسٹاک',
    'بعد میں',
    // Bengali.
    'ভালো',
    'ভাল',
    'সেরা',
    'উন্নত',
    'উচ্চ মানের',
    'মজবুত',
    'শক্ত',
    'সাধারণ',
    'স্ট্যান্ডার্ড',
    'রপ্তানি',
    'কারখানা',
    'ফ্যাক্টরি',
    'স্টক',
    'মজুদ',
    'পরে জানানো হবে',
    // Hindi: "बाद में बताया जाएगा" (told later), "तय किया जाएगा" (to be decided), "फैक्ट्री" (the factory).
    'बाद में (?:बताया|बताएंगे|कन्फर्म)',
    'तय (?:किया )?(?:जाएगा|होगा)',
    'फैक्ट्री',
    // "30 दिन के आसपास", "३० दिनको जति": the estimate word after the count, as "लगभग" is before it.
    '(?:के )?आसपास',
    'নিশ্চিত করা হবে',
  ]),
);

/** The attribute a Persian, Urdu or Bengali label names, when the value after it holds a vague cue. */
export function cuedScriptLabel(phrase: string, value: string): LabelledAttribute | undefined {
  for (const attribute of Object.keys(LABEL) as LabelledAttribute[]) {
    if (LABEL[attribute].test(phrase) || HINDI_LABEL[attribute]?.test(phrase))
      return test(VAGUE_CUE, value.slice(0, 200)) ? attribute : undefined;
  }
  return undefined;
}
