import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/**
 * Red team, stop 32 (HIGH, spec): "approx" before a figure belongs to the figure, not to the colour code before it;
 * a port named after a comma or slash names the Incoterm's place; Arabic "العرض" is "width" only before a
 * measurement ("the offer" otherwise); "(optional: US)" offers an extra after a chosen plug, it is no menu. Each
 * block keeps what the rule was built for. Lines of our own.
 */
const rules = (line: string) => checkSpecLine(line).map((f) => f.rule);

describe('approx before a figure qualifies the figure', () => {
  it('a colour code followed by an approximate thickness stays exact', () =>
    expect(rules('Coating: RAL 7016 approx 60 microns, matt')).not.toContain('vague-color'));
  it('approx. with a dot before the figure too', () =>
    expect(rules('Colour: RAL 3020 approx. 70 µm')).not.toContain('vague-color'));
  it('approx after the code with no figure still loosens the code', () =>
    expect(rules('Colour: RAL 7016 approx, matt')).toContain('vague-color'));
});

describe('a port named after a separator', () => {
  for (const line of [
    'Price: FOB China, Qingdao',
    'Trade term: FOB China / Xiamen',
    'Terms: FOB China, port: Tianjin',
    'Price term: FOB Vietnam, Haiphong',
    'Price: CIF your port, Rotterdam',
    'Incoterm: FOB China port (Incoterms 2020), Dalian',
  ]) {
    it(`names the place: ${line}`, () => expect(rules(line)).not.toContain('vague-ship-date'));
  }
  for (const line of [
    'Price: FOB China',
    'Price: FOB China, Delivery 25 days',
    'Price: FOB China, Payment: T/T',
  ]) {
    it(`still open: ${line}`, () => expect(rules(line)).toContain('vague-ship-date'));
  }
});

describe('Arabic "العرض" is a width only before a measurement', () => {
  it('an offer of pieces at a price is no size', () =>
    expect(rules('العرض: 300 قطعة بسعر 4 دولار')).not.toContain('vague-size'));
  it('a width in centimetres is read as a size label and is precise', () =>
    expect(rules('العرض: 45 سم')).toEqual([]));
});

describe('a plug chosen, with an optional extra after a colon', () => {
  it('"EU/UK (optional: US)" is no size finding', () =>
    expect(rules('Plug: EU/AU (optional: US)')).not.toContain('vague-size'));
  it('a plug list offered as a menu is still open', () =>
    expect(rules('Plug: EU/UK/AU optional')).toContain('vague-size'));
});
