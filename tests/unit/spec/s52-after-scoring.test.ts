import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec';

const rules = (line: string) => [...new Set(checkSpecLine(line).map((f) => f.rule))].sort();

// Stop 52, after scoring the older probe sets: a limit held "from batch to batch" binds every lot, and a limit
// written in Cyrillic is a limit too. A limit followed by "depending on the lot or grade" is still taken back.
describe('stop 52: a limit that holds for every lot', () => {
  it.each([
    'Moisture content: max 9% batch to batch',
    'Ash: max. 1.5% from lot to lot',
    'Вологість: макс. 13% від партії до партії',
    'Влажность: не более 13% от партии к партии',
  ])('clear: %s', (line) => {
    expect(rules(line)).toEqual([]);
  });

  it.each([
    ['Purity: min 98% depending on the batch', 'vague-performance'],
    ['Assay >= 97% (varies with grade)', 'vague-performance'],
    ['Вологість: макс. 13%, залежно від партії', 'vague-performance'],
  ])('still flagged: %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });
});
