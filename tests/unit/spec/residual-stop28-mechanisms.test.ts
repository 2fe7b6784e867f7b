import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * The residual kinds the independent spec probe R14 still missed or wrongly flagged after stop 27, on lines of our
 * own: checks promised with no criteria, certificates by market, finish praise, accessories counted by a word, bulk
 * held to an unnamed sample, terms left to a chat (now flagged); shoe-size runs that add up, floors on a measure, a
 * labelled part's family word with its measures, Portuguese plural colours, and — the convention decided at stop 28
 * — a quantity allowance written with its figure (now clear).
 */
describeMechanismCases(
  'stop 28 residuals: R14 misses and false alarms, each by its kind of wording',
  loadCases('residual-stop28-cases.json'),
);

describe('stop 28: the new findings tell the buyer why and what to write', () => {
  it('a check with no criteria says the supplier decides what passes and asks for a level and a report', () => {
    const [f] = checkSpecLine('Inspection: careful QC before shipment');
    expect(f?.rule).toBe('vague-material');
    expect(f?.message).toContain('"careful QC before shipment"');
    expect(f?.message).toContain('decides that its goods passed');
    expect(f?.fix).toContain('AQL 0 / 2.5 / 4.0');
  });
  it('terms left to a chat say the chat is not part of the order and show terms to write instead', () => {
    const [f] = checkSpecLine('Payment: as we discussed');
    expect(f?.rule).toBe('vague-performance');
    expect(f?.message).toContain('not part of the order');
    expect(f?.fix).toContain('70% balance against a copy of the B/L');
  });
  // Stop 51: "about" with its own figured allowance after it is the commercial more-or-less clause; the band it
  // states is what the shipment is checked against (quantity-allowance.ts estimateWithItsAllowance), as an estimated
  // weight with its own band is clear. Without a figure the estimate stays vague.
  it('an allowance with its figure is clear, with or without "about" before the count', () => {
    expect(checkSpecLine('Quantity: 4,000 pcs, +/-3% allowed')).toEqual([]);
    expect(checkSpecLine('Quantity: about 4,000 pcs, +/-3% allowed')).toEqual([]);
    expect(checkSpecLine('Quantity: about 4,000 pcs, allowance by agreement').map((f) => f.rule)).toEqual([
      'vague-quantity',
    ]);
  });
});
