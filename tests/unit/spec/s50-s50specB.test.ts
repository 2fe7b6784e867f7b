import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/index';

/** Stop 50, language breadth by self-probing: our own wording, positives and the benign look-alikes. */
const rules = (line: string) => checkSpecLine(line).map((f) => f.rule);
const quotes = (line: string) => checkSpecLine(line).map((f) => f.quote);

describe('s50 language breadth: estimates, own standards, samples, drawings, later', () => {
  it('flags a rating range hedged by an estimate word, in several languages', () => {
    expect(quotes('Heater power: approx. 1200-1800 W, 230 V')).toContain('approx. 1200-1800 W');
    expect(rules('Potencia: aproximadamente 800–1100 W')).toContain('vague-performance');
    expect(rules('Потужність: приблизно 900–1300 Вт')).toContain('vague-performance');
    expect(rules('Công suất: khoảng 700–1000 W')).toContain('vague-performance');
  });
  it('keeps a hedged narrow mains band and a banded estimate clean', () => {
    expect(rules('Power: 1200 W, approx. 220-240 V')).toEqual([]);
    // Not "approx. 1200-1800 W ±5%": a ±5% on a range that wide still leaves the rating anywhere in it (the
    // wide-range rule reads it, stop 50's merge).
    expect(rules('Power: approx. 1500 W ±5%')).toEqual([]);
  });
  it('an estimated weight with its own band right after it is checkable', () => {
    expect(rules('Net weight: around 3 kg ±0.2 kg')).toEqual([]);
    expect(rules('Вага: близько 3 кг ±0,2 кг')).toEqual([]);
    expect(rules('Peso: circa 3 kg ±0,2 kg')).toEqual([]);
    expect(rules('Net weight: around 3 kg')).toContain('vague-weight');
  });
  it("flags the supplier's own standard in more languages", () => {
    expect(rules('Lacktjocklek: enligt tillverkarens standard')).not.toEqual([]);
    expect(rules('মোটা: প্রস্তুতকারকের মান অনুযায়ী')).not.toEqual([]);
    expect(rules('厚み：メーカー基準')).not.toEqual([]);
    expect(rules('Tjocklek: 3 mm enligt leverantörens standard')).toEqual([]);
  });
  it('a numbered sample in a non-Latin script is held to; a bare one is not', () => {
    expect(rules('اللون: حسب العينة المعتمدة رقم 12')).toEqual([]);
    expect(rules('रंग: स्वीकृत नमूना नंबर 9 के अनुसार')).toEqual([]);
    expect(rules('रंग: सैंपल के अनुसार')).toContain('vague-color');
    expect(rules('रंग: नमूने की तरह')).toContain('vague-color');
  });
  it('a Hindi per-colour count and colour code stay clean', () => {
    expect(rules('रंग: काला 400 पीस, सफ़ेद 600 पीस')).toEqual([]);
    expect(rules('रंग: RAL 7016')).toEqual([]);
  });
  it('a drawing reference with the drawing still to come is open', () => {
    expect(rules('Tolerances: as per drawing, drawing TBC')).toContain('vague-customization');
    expect(rules('Tolerancja: wg rysunku, rysunek zostanie przekazany później')).toContain(
      'vague-customization',
    );
    expect(rules('Tolerance: dle výkresu č. 2210-07')).toEqual([]);
  });
  it('delivery to be announced later, in several languages', () => {
    expect(rules('Thời gian giao hàng: sẽ xác nhận sau')).toContain('vague-ship-date');
    expect(rules('Срок поставки: сообщим позже')).toContain('vague-ship-date');
    expect(rules('Leveranstid: bekräftas senare')).toContain('vague-ship-date');
    expect(rules('Termin dostawy: 30 dni od wpłaty zaliczki')).toEqual([]);
  });
});
