import { describe, expect, it } from 'vitest';
import { runCheckSpec } from '../../../lib/cli/check-spec';
import { rules } from './spec-lines';

/**
 * What the stop-34 red team found in the spec changes of that stop, on lines of our own: a steel grade is an SAE
 * family, never a round hundred or a count; a design file still to come is none; "whichever is later" and "no
 * later than" hold only with firm events and a day; a waived approval leaves the substitute open; a synthetic is
 * graded by no grain; a port answers a sheet's trade term only as its own field, named and single.
 */
const sheet = (text: string) => runCheckSpec(text).lines.map((l) => l.findings.map((f) => f.rule));

describe('a steel grade is an SAE family beside the word steel', () => {
  it.each([
    'Material: steel 1500',
    'Material: steel 1045 pcs per carton',
    'Material: 1200 steel hooks',
    'Material: steel 8620 W heater',
  ])('flags %s', (line) => expect(rules(line)).toContain('vague-material'));
  it.each(['Material: steel 8620, case hardened 0.8 mm', 'Material: 4340 steel'])('clears %s', (line) =>
    expect(rules(line)).not.toContain('vague-material'),
  );
});

describe('a design file still to come or asked for is no design file', () => {
  it.each([
    'Logo: AI文件以后再发',
    '로고: AI 파일 추후 제공',
    'Логотип: файл PDF пришлём потом',
    'Logo: 请提供PDF文件',
  ])('flags %s', (line) => expect(rules(line)).toContain('vague-customization'));
});

describe('lead times that only look firm', () => {
  it.each([
    'Lead time: 40 days after deposit or when the mould is ready, whichever is later',
    'Ship date: whichever comes later',
    'Delivery: no later than needed',
  ])('flags %s', (line) => expect(rules(line)).toContain('vague-ship-date'));
  it('clears two recorded events', () =>
    expect(rules('Lead time: 40 days after deposit or PP sample approval, whichever is later')).not.toContain(
      'vague-ship-date',
    ));
});

describe('a substitute whose written approval is waived', () => {
  it.each([
    'Material: SUS316 or equivalent (buyer approval in writing optional)',
    'Material: SUS316 or equivalent, approved in writing by our QC team for the customer',
  ])('flags %s', (line) => expect(rules(line)).toContain('vague-material'));
  it('clears the approval the buyer keeps', () =>
    expect(rules('Material: SUS316 or equivalent only with the buyer’s written approval')).not.toContain(
      'vague-material',
    ));
});

describe('a grain named for a synthetic', () => {
  it.each(['Material: PU full grain', 'Material: cuero sintético flor entera'])('flags %s', (line) =>
    expect(rules(line)).toContain('vague-material'),
  );
});

describe("a sheet's port answers its trade term only as its own field", () => {
  it.each([
    'Incoterms: FOB\nOld order port of loading: Xiamen',
    'Incoterms: FOB\nPort of loading: Xiamen or Fuzhou',
    'Incoterms: CIF\nPort of destination: any port in Spain',
    'Order A\nIncoterms: FOB\nOrder B\nPort of loading: Xiamen',
    'Incoterms: FOB\n· · ·\nPort of loading: Xiamen',
  ])('leaves the term flagged: %s', (text) =>
    expect(sheet(text)[0]!.length + sheet(text)[1]!.length).toBeGreaterThan(0),
  );
  it('clears the term with its port below', () =>
    expect(sheet('Incoterms: FOB\nPort of loading (POL): Xiamen').flat()).toEqual([]));
});

describe('Korean warranty and standards are not quality praise', () => {
  it.each(['품질보증: 24개월', '품질 보증: 2년'])('leaves %s to the warranty rules', (line) =>
    expect(rules(line)).not.toContain('vague-material'),
  );
  it('reads a GOST number beside a tolerance', () =>
    expect(rules('Допуск: отраслевой стандарт ГОСТ 25346')).toEqual([]));
});
