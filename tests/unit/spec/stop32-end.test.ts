import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/** End of stop 32: a tolerance left to "normal industry standard", and a code "or closest available". Own sentences. */
const rules = (line: string) => checkSpecLine(line).map((f) => f.rule);

describe('standards nobody wrote down, and the nearest colour at hand', () => {
  it('flags a tolerance left to the usual industry standard', () =>
    expect(rules('Tolerance: usual industry standard')).not.toEqual([]));
  it('a figure with a published class stays precise', () =>
    expect(rules('Tolerance: ±0.1 mm, general tolerances ISO 2768-f')).toEqual([]));
  it('flags a code or the nearest stock colour', () =>
    expect(rules('Housing colour: RAL 7035 or nearest stock colour')).toContain('vague-color'));
  it('the code alone stays precise', () => expect(rules('Housing colour: RAL 7035')).toEqual([]));
});
