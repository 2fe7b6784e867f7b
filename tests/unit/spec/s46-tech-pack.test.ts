import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

/** Stop 46: a garment's "tech pack" is its specification document, not the goods' packing. */
function rules(line: string): string[] {
  return checkSpecLine(line).map((f) => f.rule);
}

describe('a tech pack named with its number and revision', () => {
  it.each(['Tech pack: TP-221 rev B', 'Tech-pack: HD-07 revision 3, approved 2 Oct 2026'])('%s', (line) => {
    expect(rules(line)).not.toContain('vague-packaging');
  });
});

describe('packing left to a standard nobody wrote down', () => {
  it.each(['Packing: standard', 'Packing: see tech pack'])('%s', (line) => {
    expect(rules(line)).toContain('vague-packaging');
  });
});
