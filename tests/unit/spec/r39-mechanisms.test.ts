import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { findings, quoteOf, rules } from './spec-lines';

/**
 * Mechanisms probe R39 pointed to, on lines of our own: a week number with no year, holidays and "a few weeks" in
 * more languages, approximate counts and a lead time that varies with the factory's load; an open "slight
 * deviation"; a figure marked typical or "equivalent"; fitment and part-number fields answered "universal" or
 * "standard"; fragrance and output praised by a level word; "as in the photo" in Dutch and Indonesian; a menu that
 * ends in "or custom"; a paper kind with no grammage; packaging print praised. And what stays clear: a colour tied to
 * a numbered, dated approved sample, a type-approval number, a die-cut file beside a CMYK print spec, a LiFePO4
 * battery with its ratings.
 */

describe('R39: open shipment timings', () => {
  it.each([
    ['Ex-works ready: wk 22', 'wk 22'],
    ['Versand in KW 31', 'KW 31'],
    ['Loading planned for semana 9', 'semana 9'],
    ['出货时间：第20周', '第20周'],
  ])('a week number with no year names no day: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toBe(quote);
  });

  it.each([
    'Ready date: CW 22/2027',
    'ETD: week 22 of 2027 (ISO), Ningbo',
    'Versand: KW 31/2027, spätestens 02.08.2027',
  ])('a week number with its year is left alone: %s', (line) => {
    expect(rules(line)).not.toContain('vague-ship-date');
  });

  it.each([
    ['Товар отправим после праздников', 'после праздников'],
    ['Hàng giao sau Tết nha chị', 'sau Tết'],
    ['Barang dikirim setelah Lebaran', 'setelah Lebaran'],
    ['We leveren na de feestdagen', 'na de feestdagen'],
    ['过年后给你发出', '过年后'],
    ['Wysyłka po świętach', 'po świętach'],
  ])('a holiday in the other languages names no day: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toBe(quote);
  });

  it.each([
    ['Delivery in a couple of weeks after the deposit', 'a couple of weeks'],
    ['Verzending binnen een paar weken na betaling', 'een paar weken'],
    ['Livraison sous quelques jours après paiement', 'quelques jours'],
    ['Lieferung in wenigen Wochen nach Anzahlung', 'wenigen Wochen'],
    ['Отгрузка через несколько недель после оплаты', 'несколько недель'],
  ])('"a few" weeks has no count, even from a start event: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toBe(quote);
  });

  it.each([
    ['จัดส่งประมาณ 10-14 วันค่ะ', 'ประมาณ 10-14 วัน'],
    ['Pengiriman kira-kira 3 minggu ya', 'kira-kira 3 minggu'],
    ['Levertijd ongeveer 5 weken', 'ongeveer 5 weken'],
    ['Teslimat yaklaşık 20 gün sürer', 'yaklaşık 20 gün'],
    ['発送は10日程度かかります', '10日程度'],
  ])('an approximate count is an estimate, not a term: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toBe(quote);
  });

  it.each([
    ['Üretim süresi sezona göre değişir', 'vague-ship-date'],
    ['Levertijd varieert per seizoen', 'vague-ship-date'],
    ['Le délai de livraison dépend de la charge de l’usine', 'vague-ship-date'],
    ['Срок изготовления зависит от загрузки цеха', 'vague-ship-date'],
  ])('a lead time said to vary with the factory is no lead time: %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });

  it.each([
    'Shipping cost depends on the carton count',
    'Delivery: 35 days after deposit received',
    'Levering: uiterlijk 14.03.2027, DAP Antwerpen',
  ])('a cost that varies, or a dated or counted delivery, is left alone: %s', (line) => {
    expect(rules(line)).not.toContain('vague-ship-date');
  });
});

describe('R39: figures that do not bind', () => {
  it.each([
    ['Overall size 80 x 40 x 30 cm, minor deviation acceptable', 'minor deviation acceptable'],
    ['Größe 30 x 20 cm, leichte Abweichungen zulässig', 'leichte Abweichungen zulässig'],
    ['Medidas 50 x 40 cm, se permiten pequeñas diferencias', 'se permiten pequeñas diferencias'],
    ['尺寸：40*30cm，略有误差', '略有误差'],
  ])('a deviation allowed with no figure excuses any miss: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-size')).toBe(quote);
  });

  it('a deviation with its figure is a tolerance', () => {
    expect(rules('Overall size 80 x 40 x 30 cm, deviation ±0.5 cm allowed')).not.toContain('vague-size');
  });

  it.each([
    ['Purity: 99.2% (typical, not guaranteed)', '99.2% (typical, not guaranteed)'],
    ['Viskosität: 3500 mPa·s (Richtwert)', '3500 mPa·s (Richtwert)'],
    ['纯度：99%（参考值）', '99%（参考值）'],
    ['Thread count: 1200 TC equivalent, brushed microfibre', '1200 TC equivalent'],
    ['Duvet: equivalent to 800 thread count', 'equivalent to 800 thread count'],
  ])('a typical or "equivalent" figure is not the goods’ value: %s', (line, quote) => {
    expect(findings(line).map((f) => f.quote)).toContain(quote);
  });

  it.each([
    'Purity: ≥ 99.0% (titration), typical 99.4%',
    'Approx. 8 CBM for the whole order, for reference only',
    'Thread count: 400, 100% combed cotton sateen',
    'Lamp: 8.5 W LED, 806 lm, 60 W equivalent',
    'Price: EUR 3.10/pc FOB Xiamen (for reference only, final on PI)',
    'Glühlampe: 12 V Typ H7',
  ])('a stated limit, a freight estimate or a real count stays clear: %s', (line) => {
    expect(findings(line)).toEqual([]);
  });
});

describe('R39: fields answered with a word', () => {
  it.each([
    ['Vehicle fitment: universal', 'vague-material'],
    ['Compatible models: most cars', 'vague-material'],
    ['Part number: generic', 'vague-material'],
    ['适用车型：通用', 'vague-material'],
    ['Compatibilidad: universal', 'vague-material'],
  ])('a fitment or part number that names nothing: %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });

  it.each(['Vehicle fitment: VW Golf VII 2013-2020', 'Part number: 5Q0 615 301 F'])(
    'a model list or a code stays clear: %s',
    (line) => {
      expect(findings(line)).toEqual([]);
    },
  );

  it.each([
    ['Fragrance: fresh', 'vague-performance'],
    ['Profumo: gradevole', 'vague-performance'],
    ['Geur: aangenaam', 'vague-performance'],
    ['Output: very high', 'vague-performance'],
    ['Production capacity: high', 'vague-performance'],
  ])('a fragrance or an output given as a level word: %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });

  it.each([
    'Fragrance: citrus accord, oil ref. CT-4410 (supplier code), 0.8%',
    'Production capacity: 1,200 pcs per 8-hour shift',
  ])('a coded fragrance or a measured output stays clear: %s', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });

  it.each([
    ['Uitvoering: zoals op de foto', 'vague-material'],
    ['Mutu barangnya seperti gambar ya', 'vague-material'],
  ])('"as in the photo" in Dutch and Indonesian: %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });

  it('a numbered approved sample answers the same likeness', () => {
    expect(findings('Uitvoering: zoals goedgekeurd monster M-07')).toEqual([]);
  });

  it.each([
    ['Volume: 100ml/200ml/500ml or custom', '100ml/200ml/500ml or custom'],
    ['容量: 250ml/500ml 또는 맞춤제작', '250ml/500ml 또는 맞춤제작'],
    ['Grammatura: personalizzabile', 'personalizzabile'],
  ])('a menu that ends in "or custom", or "customisable" alone: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-customization')).toBe(quote);
  });

  it('"customisable" as a Japanese field value is told', () => {
    expect(findings('生地の厚さ：カスタマイズ可能').map((f) => f.quote)).toContain('カスタマイズ可能');
  });

  it('one chosen capacity stays clear', () => {
    expect(findings('Volume: 200 ml ±2 ml')).toEqual([]);
  });

  it.each([
    ['Paper: C2S art board', 'C2S art board'],
    ['Papier : kraft', 'kraft'],
    ['用纸：牛皮纸', '牛皮纸'],
  ])('a paper kind with no grammage: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-material')).toBe(quote);
  });

  it('a paper kind with its grammage stays clear', () => {
    expect(findings('Paper: C2S art board 300 gsm')).toEqual([]);
  });

  it.each([
    ['gift box, beautiful printing, looks premium', 'beautiful printing'],
    ['Verpackung: Faltschachtel mit schöner Bedruckung', 'schöner Bedruckung'],
    ['礼盒印刷很漂亮', '印刷很漂亮'],
  ])('packaging print praised instead of specified: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-packaging')).toBe(quote);
  });
});

describe('R39: codes and approvals that make a line precise', () => {
  it.each([
    'Lacca: poliuretanica opaca 30 gloss, colore come campione approvato n. CP-221 del 10/03/2027',
    'Màu sơn: theo mẫu M-12 đã duyệt ngày 10/03/2027',
    'Friction material: ceramic, approval no. E4 90R-02A0389/1120 stamped on the plate',
    'Faltschachtel: 300 g/m² Chromokarton, 4/0 CMYK, Stanzform-Datei SF-2207',
    '储能电池：磷酸铁锂 25.6V 200Ah，5.12kWh',
  ])('stays clear: %s', (line) => {
    expect(findings(line)).toEqual([]);
  });

  it.each([
    ['Colore: come campione', 'vague-color'],
    ['Màu: theo mẫu', 'vague-color'],
    ['Friction material: semi-metallic, ECE R90 approved', 'vague-material'],
    ['Faltschachtel: 300 g/m², Logo nach Wunsch, Stanzform folgt', 'vague-customization'],
    ['材质：铁，质量好', 'vague-material'],
  ])('the same wording without the code is still told: %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });
});

describe('R39: life ratings with no end point', () => {
  it.each([
    ['Rated life: 30000 hours', 'Rated life: 30000 hours'],
    ['Cycle life: 3500 cycles', 'Cycle life: 3500 cycles'],
    ['循环次数：4000次', '循环次数：4000次'],
    ['Durée de vie : 25 000 h', 'Durée de vie : 25 000 h'],
  ])('a life figure with no end point or condition: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-performance')).toBe(quote);
  });

  it.each([
    'Rated life: L80 B10 ≥ 30000 h (IEC 62717)',
    'Cycle life: 3500 cycles to 80% capacity at 1C, 100% DoD, 25 °C',
    'Shelf life: 18 months from production date',
  ])('an end point, a condition or a shelf life stays clear: %s', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });
});
