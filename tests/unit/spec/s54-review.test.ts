import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

/**
 * Stop 54, after a review of the stop's own change: a lone table value elsewhere on the line is no AQL figure, a
 * reference figure is bound only by a toleranced figure of the same quantity, and cords, cores and threads are not
 * conductors. Lines written for this review.
 */
const rules = (line: string) =>
  checkSpecLine(line)
    .map((f) => f.rule)
    .filter((r) => r.startsWith('vague-'));

describe('AQL figures apart from the word', () => {
  it.each(['AQL: as per international standard, unit price USD 2.5', 'AQL: normal, carton weight 2.5'])(
    'a price or a weight is no AQL value: %s',
    (line) => expect(rules(line).length).toBeGreaterThan(0),
  );
  it.each(['AQL: as per buyer standard, 1.0 / 2.5', 'AQL: usual practice, 2.5 major and 4.0 minor'])(
    'a pair or a value with its class is: %s',
    (line) => expect(rules(line)).toEqual([]),
  );
});

describe('a reference figure and the toleranced one', () => {
  it('a carton tolerance does not bind the weight', () =>
    expect(rules('Net weight: approx. 2 kg for reference only, carton 40x30x20 cm ±0.5 cm')).toContain(
      'vague-weight',
    ));
  it.each([
    'Weight: about 3.0 kg for reference, actual 3.05 kg ±0.03 kg',
    '重量：约3公斤仅供参考，实际 3.05 kg ± 0.03 kg',
  ])('the same quantity toleranced binds it: %s', (line) => expect(rules(line)).toEqual([]));
});

describe('thick, for a conductor only', () => {
  it.each(['Core: thick paper tube, 76 mm ID', 'Drawstring cord: thick, 5 mm round'])(
    'not a conductor: %s',
    (line) => expect(rules(line)).not.toContain('vague-performance'),
  );
  it.each(['Power cord: thick copper', 'Filo elettrico: spesso'])('a conductor: %s', (line) =>
    expect(rules(line)).toContain('vague-performance'),
  );
});
