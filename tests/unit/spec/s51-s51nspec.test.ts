import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/index';

/** Stop 51, narrowing the new spec readings: our own wording, the look-alikes that must stay clean and the positives. */
const rules = (line: string) => checkSpecLine(line).map((f) => f.rule);
const vague = (line: string) => rules(line).some((r) => r.startsWith('vague-'));

describe('s51n "the actual one may differ" is about a figure, not how a colour renders', () => {
  it.each([
    'Color: PMS 300 C, actual shade may look different on monitor',
    'Colour: RAL 5015, actual may vary slightly between screen and printed swatch',
    'Size: 30 cm, actual may vary from the picture',
  ])('leaves %s to other rules', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
    expect(rules(line)).not.toContain('vague-color');
  });
  it.each(['Battery: 3000 mAh nominal, actual may differ', 'Output: 45 W rated, real output varies'])(
    'still flags %s',
    (line) => {
      expect(rules(line)).toContain('vague-performance');
    },
  );
});

describe('s51n a lot size, batch date or batch number is no lot condition', () => {
  it.each([
    'Sample size: 80 pcs according to lot size, ISO 2859-1',
    'Best before: 18 months, based on batch date on the carton',
    'Expiry: 36 months, as per batch no. on label',
    '保质期：12个月，根据批号',
  ])('keeps %s clean', (line) => {
    expect(vague(line)).toBe(false);
  });
  it.each([
    ['Luminous flux: 800 lm, depends on LED batch', 'vague-performance'],
    ['Wall thickness: 1.5 mm, subject to production lot', 'vague-size'],
    ['厚度：1.2mm，看批次', 'vague-size'],
  ])('still flags %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });
});

describe("s51n 'by our QC team' under the inspection's own label only", () => {
  it.each([
    'Inspection report: issued by our QC dept with pictures, signed by the QC head',
    'Inspection certificate: by our QC team',
    'Inspection date: booked by our QC team a week before loading, your QA to attend',
    'Inspection: scheduled by our QC staff, your inspector may witness',
    '验货报告：我司质检部出具',
  ])('keeps %s clean', (line) => {
    expect(vague(line)).toBe(false);
  });
  it.each([
    'Final inspection: by our QC people',
    'Pre-shipment inspection: carried out by our own QC inspectors',
    'QC: handled by factory QC department',
    '验货：我们质检部负责',
    '出货检验：由工厂QC完成',
  ])('flags %s', (line) => {
    expect(vague(line)).toBe(true);
  });
  it('is silent when the plan names what fails', () => {
    expect(vague('Final inspection: by our QC team, AQL 2.5 level II')).toBe(false);
  });
});

describe('s51n a dated sample needs a real date', () => {
  it.each([
    'Colour: same as sample shipped 2-3 days ago',
    'Colour: same as sample 5-6 that we preferred',
    'Colour: same as sample 2 sets we got',
  ])('flags %s', (line) => {
    expect(rules(line)).toContain('vague-color');
  });
  it.each([
    'Colour: per PP sample approved 3 June 2026',
    'Finish: same as counter sample dated 2026-04-09',
    'Colour: as per PP sample approved on March 8',
    'Color: same as approved sample of 14.02.2026',
  ])('keeps %s clean', (line) => {
    expect(rules(line)).not.toContain('vague-color');
  });
});

describe('s51n a carton count with its figured more-or-less clause', () => {
  it.each([
    'Quantity: roughly 2600 cartons, 3% more or less',
    'Quantity: 900 pallets, more or less 2%',
    'Qty: about 1,500 cartons ±5%',
    'Quantity: approx. 1800 cartons with 4 percent more or less',
    'Quantity: about 1800 cartons, tolerance 3%',
    '数量：约2600箱，允许3%的溢短装',
  ])('keeps %s clean', (line) => {
    expect(rules(line)).not.toContain('vague-quantity');
  });
  it.each([
    'Quantity: 2600 cartons',
    'Quantity: 2600 cartons ±5 mm',
    'Quantity: approx. 2,600 cartons, carton size 50×30×30 cm ±5 mm',
    'Quantity: approx. 1500 pcs, unit weight 40 g ±2 g',
    'Quantity: 900 pallets, no more or less 2%',
    'Quantity: 1500 pcs more or less',
  ])('still flags %s', (line) => {
    expect(rules(line)).toContain('vague-quantity');
  });
});

describe('s51n the disowning phrase in more wordings', () => {
  it.each([
    'Battery: 6000 mAh rated, true capacity may be lower',
    'バッテリー容量：3000mAh（実際の容量は異なる場合があります）',
    '배터리: 4000mAh (실제 용량은 다를 수 있습니다)',
    '電池容量：10000mAh，實際容量可能有差異',
  ])('flags %s', (line) => {
    expect(rules(line)).toContain('vague-performance');
  });
  it('keeps a colour code with the rendering caveat clean', () => {
    expect(vague('颜色：潘通186C，实际可能有差异')).toBe(false);
  });
});
