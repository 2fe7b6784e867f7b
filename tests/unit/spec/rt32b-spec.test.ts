import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/**
 * Red team 32b: "virgin" offered, negated or blended leaves the resin open; Dutch count and box words make a packing
 * line countable; an alloy's four-digit grade after the Vietnamese or Thai family word is a grade. Sentences of our own.
 */
const rules = (line: string) => checkSpecLine(line).map((f) => f.rule);

describe('virgin offered as a choice, negated or blended is still vague', () => {
  for (const line of [
    'Resin: virgin or regrind HDPE',
    'Body material: ABS (virgin or recycled, your choice)',
    'Material: PE virgem ou reciclado',
    'Material: PE virgen o reciclado',
    '材料：ABS新料或回料',
    'Material: ABS, virgin upon request',
    'Material: PET, virgin optional',
    'Material: PC or ABS virgin',
    'Material: PE / PP, virgin grade',
    'Material: ABS blended with virgin resin',
    'Material: LDPE, non virgin',
    'Material: PET, not virgin grade',
  ]) {
    it(`flags: ${line}`, () => expect(rules(line)).toContain('vague-material'));
  }
  for (const line of [
    'Material: virgin LDPE only, no regrind',
    'Material: ABS virgem, sem material reciclado',
    'Material: PET virgin',
    '材料：ABS全新料',
  ]) {
    it(`a promised virgin resin is left alone: ${line}`, () =>
      expect(rules(line)).not.toContain('vague-material'));
  }
});

describe('Dutch counts per box and bag', () => {
  for (const line of [
    'Verpakking: 24 stuks per omdoos',
    'Verpakking: 1 stuk per polyzak, 100 stuks per doos',
    'Verpakking: per 12 stuks in een doos',
    'Verpakking: doos met 40 stuks',
  ]) {
    it(`precise: ${line}`, () => expect(rules(line)).not.toContain('vague-packaging'));
  }
  it('a box without its count is still vague', () =>
    expect(rules('Verpakking: standaard doos')).toContain('vague-packaging'));
});

describe('an alloy grade after the Vietnamese or Thai family word', () => {
  for (const line of [
    'Chất liệu: hợp kim nhôm 5052',
    'Chất liệu: nhôm hợp kim 7075',
    'วัสดุ: อลูมิเนียมอัลลอยด์ 5052',
  ]) {
    it(`precise: ${line}`, () => expect(rules(line)).not.toContain('vague-material'));
  }
  for (const line of ['Chất liệu: hợp kim nhôm', 'วัสดุ: อลูมิเนียมอัลลอยด์']) {
    it(`the family alone is still vague: ${line}`, () => expect(rules(line)).toContain('vague-material'));
  }
});
