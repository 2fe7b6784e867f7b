import { describe, expect, it } from 'vitest';
import { quoteOf, quotes, rules } from './spec-lines';

/**
 * Stop 40: the labels and vague values of Hungarian, Swedish, Greek, Hebrew, Ukrainian and Arabic order sheets, read
 * as the other languages are: each attribute's label, the habit words ("standard export packing", "as the picture",
 * "as soon as possible", "good quality", a month for a ship date), and, per language, the precise counterparts that
 * must stay clear (a colour by Pantone or RAL, a size with figures and tolerance, a material by grade, a lead time
 * counted from a recorded event).
 */

type Case = [line: string, rule: string, quote: string];

const VAGUE: Record<string, Case[]> = {
  hu: [
    ['Színe: tetszőleges', 'vague-color', 'tetszőleges'],
    ['Mérete: a képen látható', 'vague-size', 'a képen látható'],
    ['Súlya: könnyű', 'vague-weight', 'könnyű'],
    ['Csomagolás: szabványos export csomagolás', 'vague-packaging', 'szabványos export csomagolás'],
    ['Szállítás a lehető leghamarabb', 'vague-ship-date', 'a lehető leghamarabb'],
    ['Kiszállítás: szeptember végén', 'vague-ship-date', 'szeptember végén'],
    ['Gyártási idő: júliusban', 'vague-ship-date', 'júliusban'],
    ['Szállítási határidő: 45 nap', 'vague-ship-date', '45 nap'],
    ['Alapanyag: kiváló minőségű fém', 'vague-material', 'kiváló minőségű'],
    ['Színek: különböző színekben kapható', 'vague-color', 'különböző színekben kapható'],
  ],
  sv: [
    ['Färg: blandade färger', 'vague-color', 'blandade färger'],
    ['Material: bra kvalitet', 'vague-material', 'bra kvalitet'],
    ['Vikt: lätt', 'vague-weight', 'lätt'],
    ['Förpackning: neutral förpackning', 'vague-packaging', 'neutral förpackning'],
    ['Storlek: som på bilden', 'vague-size', 'som på bilden'],
    ['Leveranstid: i slutet av augusti', 'vague-ship-date', 'i slutet av augusti'],
    ['Leverans: snarast möjligt', 'vague-ship-date', 'snarast möjligt'],
    ['Leveranstid: 25 dagar', 'vague-ship-date', '25 dagar'],
  ],
  el: [
    ['Χρώμα: διάφορα χρώματα', 'vague-color', 'διάφορα χρώματα'],
    ['Μέγεθος: όπως στη φωτογραφία', 'vague-size', 'όπως στη φωτογραφία'],
    ['Υλικό: υψηλής ποιότητας ύφασμα', 'vague-material', 'υψηλής ποιότητας'],
    ['Συσκευασία: τυπική εξαγωγική συσκευασία', 'vague-packaging', 'τυπική εξαγωγική συσκευασία'],
    ['Παράδοση: το συντομότερο δυνατό', 'vague-ship-date', 'το συντομότερο δυνατό'],
    ['Ημερομηνία αποστολής: τέλη Σεπτεμβρίου', 'vague-ship-date', 'τέλη Σεπτεμβρίου'],
    ['Χρόνος παράδοσης: 30 ημέρες', 'vague-ship-date', '30 ημέρες'],
  ],
  he: [
    ['צבע: כמו בתמונה', 'vague-color', 'כמו בתמונה'],
    ['גודל: סטנדרטי', 'vague-size', 'סטנדרטי'],
    ['חומר: איכות מעולה', 'vague-material', 'איכות מעולה'],
    ['אריזה: אריזה ניטרלית', 'vague-packaging', 'אריזה ניטרלית'],
    ['זמן אספקה: בספטמבר', 'vague-ship-date', 'בספטמבר'],
    ['המשלוח יצא בהקדם האפשרי', 'vague-ship-date', 'בהקדם האפשרי'],
    ['זמן אספקה: 30 ימים', 'vague-ship-date', '30 ימים'],
    ['צבע: Pantone 286 C. מידה: לפי הדוגמה', 'vague-size', 'לפי הדוגמה'],
  ],
  uk: [
    ['Колір: різні кольори', 'vague-color', 'різні кольори'],
    ['Вага: легка', 'vague-weight', 'легка'],
    ['Упаковка: стандартна експортна упаковка', 'vague-packaging', 'стандартна експортна упаковка'],
    ['Доставка: якомога швидше', 'vague-ship-date', 'якомога швидше'],
    ['Термін поставки: наприкінці вересня', 'vague-ship-date', 'наприкінці вересня'],
    ['Матеріал: високоякісний пластик', 'vague-material', 'високоякісний'],
    ['Термін поставки: 30 днів', 'vague-ship-date', '30 днів'],
  ],
  ro: [
    ['Culoarea: la alegere', 'vague-color', 'la alegere'],
    ['Dimensiuni: ca în imagine', 'vague-size', 'ca în imagine'],
    ['Ambalare: ambalaj neutru', 'vague-packaging', 'ambalaj neutru'],
    ['Material: de înaltă calitate', 'vague-material', 'de înaltă calitate'],
    ['Livrare: în cel mai scurt timp', 'vague-ship-date', 'în cel mai scurt timp'],
    ['Termen de livrare: septembrie', 'vague-ship-date', 'septembrie'],
    ['Termen de livrare: 40 de zile', 'vague-ship-date', '40 de zile'],
  ],
  ar: [
    ['اللون: ألوان متنوعة', 'vague-color', 'ألوان متنوعة'],
    ['المقاس: مثل الصورة', 'vague-size', 'مثل الصورة'],
    ['التغليف: تغليف عادي', 'vague-packaging', 'تغليف عادي'],
    ['موعد الشحن: سبتمبر', 'vague-ship-date', 'سبتمبر'],
    ['المنتج متين، جودة ممتازة', 'vague-material', 'جودة ممتازة'],
  ],
};

describe('s40: the vague values of six more languages are flagged under their own labels', () => {
  for (const [lang, cases] of Object.entries(VAGUE))
    it.each(cases)(`[${lang}] "%s" is %s quoting "%s"`, (line, rule, quote) => {
      expect(quoteOf(line, rule)).toBe(quote);
    });
});

describe('s40: the quality word opens a clause of its own after a comma', () => {
  it.each([
    ['Тканина: бавовна, якість відмінна', 'якість відмінна'],
    ['Anyag: pamut, minőség kiváló', 'minőség kiváló'],
    ['Material: bomull, kvalitet mycket bra', 'kvalitet mycket bra'],
  ])('"%s" quotes "%s" as vague-material', (line, quote) => {
    expect(quotes(line, 'vague-material')).toContain(quote);
  });
});

describe('s40: sentences of those languages split at a full stop before any capital or a caseless script', () => {
  it.each([
    ['Szín: piros. Méret: szabványos.', ['vague-color', 'vague-size']],
    ['Χρώμα: μπλε. Ποιότητα: καλή.', ['vague-color', 'vague-material']],
    ['צבע: לבן. גודל: רגיל.', ['vague-color', 'vague-size']],
    ['اللون: أسود. المقاس: عادي.', ['vague-color', 'vague-size']],
  ])('"%s" gives %j', (line, expected) => {
    expect(rules(line)).toEqual(expected);
  });
});

describe('s40: an open size range left to "any of your choice"', () => {
  it.each([
    ['Довжина: від 50 до 300 мм, будь-яка на ваш вибір', 'vague-size'],
    ['Розмір: будь-який на ваш вибір', 'vague-size'],
    ['Storlek: valfri enligt önskemål', 'vague-size'],
  ])('"%s" is %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });
});

describe('s40: precise counterparts in those languages stay clear', () => {
  it.each([
    // Hungarian
    'Szín: Pantone 485 C',
    'Színe: RAL 7016 antracit',
    'Méret: 250 x 120 mm ±0,3 mm',
    'Anyag: AISI 316L rozsdamentes acél',
    'Szállítási határidő: 35 nap a megrendelés visszaigazolása után',
    'Szállítás: 2026. szeptember 20.',
    // Swedish
    'Färg: RAL 9010',
    'Storlek: 500 x 300 mm ±0,5 mm',
    'Material: aluminium 6061-T6',
    'Leveranstid: 30 dagar efter mottagen handpenning',
    'Leverans: 20 september 2026',
    // Greek
    'Χρώμα: RAL 5010',
    'Διαστάσεις: 60 x 45 cm ±1 mm',
    'Υλικό: αλουμίνιο 6061-T6',
    'Χρόνος παράδοσης: 40 ημέρες από την έγκριση του δείγματος',
    'Παράδοση: 20 Σεπτεμβρίου 2026',
    // Hebrew
    'צבע: RAL 9005',
    'מידות: 80 x 60 ס"מ ±2 מ"מ',
    'חומר: אלומיניום 6061-T6',
    'זמן אספקה: 45 ימים לאחר אישור ההזמנה',
    'זמן אספקה: 20 בספטמבר 2026',
    // Ukrainian
    'Колір: Pantone 2945 C',
    'Розмір: 200 x 150 мм ±0,5 мм',
    'Матеріал: алюміній 6061-T6',
    'Термін поставки: 25 днів з дати підписання договору',
    'Доставка: 20 вересня 2026',
    // Romanian
    'Culoare: Pantone 7421 C',
    'Dimensiuni: 400 x 250 mm ±0,5 mm',
    'Material: oțel inoxidabil AISI 304',
    'Termen de livrare: 35 de zile de la primirea avansului',
    'Termen de livrare: 45 de zile de la aprobarea scrisă a machetei',
    // Arabic
    'اللون: RAL 9016',
    'المقاس: 40 × 25 سم ±1 مم',
    'مدة التسليم: 25 يوم من تاريخ استلام العربون',
  ])('"%s" is not flagged', (line) => {
    expect(rules(line)).toEqual([]);
  });
});
