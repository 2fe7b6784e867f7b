import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * Mechanisms the independent spec probe R12 (2026-12-03) pointed to, on lines of our own: precise lines that were
 * flagged (counts per size letter, a family word naming a measured part, carton-mark unit fields, numbered golden
 * samples, a logo's colour code, artwork milestones, a small part's black or white) and vague ones that were not
 * (seasons in other languages, customary tolerances, hedged lead times, bare counts of paired or boxed goods, packing
 * left to change, warranties and certificates by praise, towel feel words).
 */
describeMechanismCases(
  'round-13 mechanisms: R12 false alarms and misses, each by its kind of wording',
  loadCases('round-13-cases.json'),
);

describe('round-13: the new findings tell the buyer why and what to write', () => {
  it('a bare count of gloves says the unit is open and suggests writing it with the same count', () => {
    const [f] = checkSpecLine('Latex exam gloves, qty: 5000');
    expect(f?.message).toContain('pair');
    expect(f?.fix).toContain('5000 pairs');
  });
  it('a warranty by praise asks for a period, a start and a remedy', () => {
    const [f] = checkSpecLine('Warranty: good after-sales service');
    expect(f?.rule).toBe('vague-performance');
    expect(f?.fix).toMatch(/12 months from the delivery date/u);
  });
  it('packing left to change says it is left open, not that a standard is undefined', () => {
    const [f] = checkSpecLine('Packing: polybag and carton, can be decided according to your requirement');
    expect(f?.message).toContain('settled later');
  });
});
