import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/**
 * Stop 32: "as soon as possible" in Indonesian, Vietnamese and Dutch names no day; "same as last order 40917" names
 * the order by its number as "order no. 40917" does. Sentences of our own.
 */
const rules = (line: string) => checkSpecLine(line).map((f) => f.rule);

describe('as soon as possible names no day', () => {
  for (const line of [
    'Waktu kirim: secepatnya setelah DP',
    'Pengiriman: sesegera mungkin',
    'Thời gian giao: càng sớm càng tốt',
    'Giao hàng: nhanh nhất có thể',
    'Levertijd: zo snel mogelijk',
  ]) {
    it(`flags: ${line}`, () => expect(rules(line)).toContain('vague-ship-date'));
  }
  it('a dated delivery is left alone', () =>
    expect(rules('Pengiriman: paling lambat 2027-02-10')).not.toContain('vague-ship-date'));
});

describe('an earlier order named by its number', () => {
  it('same as last order with its number is a record', () =>
    expect(rules('Finish: same as last order 40917')).toEqual([]));
  it('a quantity after last order is still no record', () =>
    expect(rules('Finish: same as last order 40000 pcs')).not.toEqual([]));
  it('same as last time alone is still flagged', () =>
    expect(rules('Finish: same as last time')).not.toEqual([]));
});
