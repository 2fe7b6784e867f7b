import { describe, expect, it } from 'vitest';
import { rules } from './spec-lines';

/**
 * Stop 49: spec lines in languages the checker barely read — Persian, Urdu and Bengali labels read before a vague
 * cue, their digits read as figures, a factory's own tolerance standard in Hungarian, Romanian, Czech, Swedish,
 * Ukrainian, Greek, and the stock a value hangs on in more languages.
 */

const flagged = (line: string) => rules(line).length > 0;

describe('s49: Persian, Urdu and Bengali sheets', () => {
  it.each([
    ['رنگ: طبق عکس ارسالی', 'vague-color'],
    ['رنگ‌ها: شبیه نمونه', 'vague-color'],
    ['جنس: باکیفیت و محکم', 'vague-material'],
    ['بسته بندی: معمولی صادراتی', 'vague-packaging'],
    ['وزن: در حدود ۳ کیلو', 'vague-weight'],
    ['رنگ: تصویر کے مطابق', 'vague-color'],
    ['کوالٹی: بہترین اور مضبوط', 'vague-material'],
    ['پیکنگ: معیاری ایکسپورٹ', 'vague-packaging'],
    ['কালার: ছবি অনুযায়ী', 'vague-color'],
    ['কোয়ালিটি: সেরা মানের, শক্ত', 'vague-material'],
    ['মোড়ক: স্ট্যান্ডার্ড রপ্তানি মোড়ক', 'vague-packaging'],
    ['ওজন: আনুমানিক ৩ কেজি', 'vague-weight'],
  ])('"%s" → %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });
  it.each([
    // Precise values under the same labels: colours, fibres, counts and digits the checker does not all know.
    'رنگ: سرمه‌ای',
    'جنس: نخ ۱۰۰٪',
    'بسته‌بندی: ۳۰ عدد در کارتن پنج لایه',
    'وزن: ۱٫۲ کیلوگرم',
    'وزن: ٣٫٥ كيلوگرم ±٠٫١',
    'ظرفیت: ۱٫۵ لیتر ±۲٪',
    'رنگ: نیلا',
    'وزن: 1.5 کلو',
    'পরিমাণ: ১০০০ পিস',
    'রং: সবুজ',
    'ওজন: ১.৮ কেজি ±০.০৫',
    'প্যাকিং: কার্টনে ৩০ পিস',
    // "بسته به" is "depending on", not the packing label.
    'زمان تحویل: ۴۵ روز',
  ])('"%s" stays clean', (line) => {
    expect(rules(line)).toEqual([]);
  });
});

describe("s49: the factory's own tolerance standard, in more languages", () => {
  it.each([
    'Tűrés: üzemi szabvány szerint',
    'Toleranțe: conform standardului intern',
    'Tolerance: podle podnikové normy',
    'Tolerans: tillverkarens standard',
    'Допуск: згідно з заводським стандартом',
    'Ανοχές: κατά τις προδιαγραφές του εργοστασίου',
    'Toleransi: ikut standard kilang',
  ])('"%s" is flagged', (line) => {
    expect(flagged(line)).toBe(true);
  });
  it.each([
    'Tűrés: MSZ ISO 2768-m szerint',
    'Toleranțe: ±0,2 mm conform SR ISO 2768',
    'Tolerance: ČSN ISO 2768-1 třída m',
    'Tolerans: SS-ISO 2768-f',
    'Допуск: ±0,1 мм',
    'Ανοχές: ±0,05 mm',
  ])('"%s" stays clean', (line) => {
    expect(rules(line)).toEqual([]);
  });
});

describe('s49: a value hanging on the stock', () => {
  it.each([
    'Súly: 3 kg, raktárkészlet szerint',
    'Вага: 1,2 кг, за наявністю на складі',
    'Greutate: 2 kg, conform stocului',
  ])('"%s" is flagged', (line) => {
    expect(flagged(line)).toBe(true);
  });
  it.each(['Súly: 3 kg ±0,1', 'Вага: 1,2 кг ±0,05', 'Greutate: 2 kg ±50 g'])('"%s" stays clean', (line) => {
    expect(rules(line)).toEqual([]);
  });
});
