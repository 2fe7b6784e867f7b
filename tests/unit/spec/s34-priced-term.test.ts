import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { runCheckSpec } from '../../../lib/cli/check-spec';
import { checkSpecLine } from '../../../lib/spec';

/**
 * A price quoted on a trade term with nothing after the term ("USD 6.80/set CIF") leaves the term's place to the
 * supplier, as a bare "Incoterms: CIF" does: the figure before it makes it this order's price, not a menu of terms.
 */
function flagged(line: string): [string, string | undefined][] {
  return checkSpecLine(line).map((f) => [f.rule, f.quote]);
}

describe('a price on a trade term with no place', () => {
  it.each([
    ['Unit price: USD 6.80/set CIF', 'CIF'],
    ['Offer price 12.5 EUR per carton EXW', 'EXW'],
    ['报价：RMB 35/件 FOB', 'FOB'],
    ['Price: $0.95/pc FCA, valid 30 days', 'FCA'],
  ])('%s → vague-ship-date quoting %s', (line, quote) => {
    expect(flagged(line)).toContainEqual(['vague-ship-date', quote]);
  });

  it.each([
    'Unit price: USD 6.80/set CIF Felixstowe',
    'Unit price: USD 6.80/set FOB, Xiamen',
    'Price list: USD 6.80 FOB / CIF on request',
    'Term: FOB Qingdao, unit price USD 6.80/set',
  ])('%s → no trade-term finding', (line) => {
    expect(flagged(line).filter(([rule]) => rule === 'vague-ship-date')).toEqual([]);
  });

  it('a port of loading on the same sheet names the place', () => {
    const lines = runCheckSpec('Unit price: USD 6.80/set FOB\nPort of loading: Xiamen').lines;
    expect(lines[0]?.findings).toEqual([]);
  });
});
