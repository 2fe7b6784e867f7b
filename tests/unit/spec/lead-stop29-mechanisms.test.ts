import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * Kinds the independent spec probe R17 still missed after stop 28, on lines of our own: a test named with no
 * method or pass line ("drop test", "salt spray test"), the supplier's own team as the inspection, bulk goods or
 * the product held to an unnamed sample (German "wie Mustertisch"), a paper promised as "CE ok", and marks and
 * labels left to a conversation; each beside the precise line a buyer would write instead.
 */
describeMechanismCases(
  'stop 29: R17 residuals, each by its kind of wording',
  loadCases('lead-stop29-cases.json'),
);

describe("stop 29: a packing test is the packing rule's, and says what to write", () => {
  it('a carton drop test with no height or pass line is a packaging finding, with the fix for packing', () => {
    const findings = checkSpecLine('Cartons must pass drop test');
    expect(findings.map((f) => f.rule)).toEqual(['vague-packaging']);
    expect(findings[0]?.quote).toBe('must pass drop test');
  });
  it('the same test on the product is read as a check with no criteria, asking for a level and a report', () => {
    const [f] = checkSpecLine('Castings must pass tensile test');
    expect(f?.rule).toBe('vague-material');
    expect(f?.fix).toContain('AQL 0 / 2.5 / 4.0');
  });
});

describe('stop 29: marks nobody sees do not hide a vague word', () => {
  it('a soft hyphen inside "August" (copied from a web page) still leaves the ship date vague', () => {
    const typed = 'Ship date: end of Au\u00ADgust';
    const [f] = checkSpecLine(typed);
    expect(f?.rule).toBe('vague-ship-date');
    // The quote and its span point into the line as typed, so the highlight covers the word with its mark.
    expect(typed.slice(f!.span!.start, f!.span!.end)).toBe(f!.quote);
    expect(f?.quote).toBe('end of Au\u00ADgust');
    expect(f?.message).toContain('"end of August"');
  });
  it('a zero-width space inside a colour word is read through, and a dated line stays clear', () => {
    expect(checkSpecLine('Colour: re\u200Bd').map((f) => f.rule)).toEqual(['vague-color']);
    expect(checkSpecLine('Ship date: 15 Au\u00ADgust 2027')).toEqual([]);
  });
});
