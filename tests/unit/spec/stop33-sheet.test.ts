import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { createCachedSpecCheck } from '../../../components/spec/line-cache';
import { runCheckSpec } from '../../../lib/cli/check-spec';

/**
 * Stop 33: check-spec given a whole order sheet reads a field together with the lines of its sheet that answer it
 * (a port of loading for a bare trade term, a unit for a bare capacity); a line given alone keeps its verdict.
 */
function sheet(...lines: string[]): Record<string, string[]> {
  return Object.fromEntries(
    runCheckSpec(lines.join('\n')).lines.map((l) => [l.text, l.findings.map((f) => f.rule)]),
  );
}

describe('a sheet read whole: the next line answers the field', () => {
  it('a trade term with its port of loading on a later line', () => {
    const got = sheet('Incoterms: FOB', 'Payment: 30% T/T deposit', 'Port of loading: Xiamen');
    expect(got['Incoterms: FOB']).toEqual([]);
  });
  it('a capacity with its unit on the next line', () => {
    expect(sheet('Capacity: 750', 'Unit: ml')['Capacity: 750']).toEqual([]);
  });
  it('a line alone keeps its verdict', () => {
    expect(sheet('Incoterms: FOB')['Incoterms: FOB']).toEqual(['vague-ship-date']);
    expect(sheet('Capacity: 750')['Capacity: 750']).toEqual(['vague-size']);
  });
  it('a blank line or a rule starts another sheet', () => {
    expect(sheet('Incoterms: FOB', '', 'Port of loading: Xiamen')['Incoterms: FOB']).toEqual([
      'vague-ship-date',
    ]);
    expect(sheet('Capacity: 750', '-----', 'Unit: ml')['Capacity: 750']).toEqual(['vague-size']);
  });
  it('the port must be on the trade term’s side and named', () => {
    expect(sheet('Incoterms: CIF', 'Port of loading: Xiamen')['Incoterms: CIF']).toEqual(['vague-ship-date']);
    expect(sheet('Incoterms: CIF', 'Port of destination: Rotterdam')['Incoterms: CIF']).toEqual([]);
    expect(sheet('Incoterms: FOB', 'Port of loading: any port in China')['Incoterms: FOB']).toEqual([
      'vague-ship-date',
    ]);
  });
  it('a unit of the wrong kind answers nothing', () => {
    expect(sheet('Capacity: 750', 'Unit: pcs')['Capacity: 750']).toEqual(['vague-size']);
  });
});

describe('the side panel checks a pasted sheet the same way', () => {
  it('the cached check reads the unit on the next line', () => {
    const check = createCachedSpecCheck();
    const [capacity] = check('Capacity: 750\nUnit: ml');
    expect(capacity?.findings).toEqual([]);
    const [alone] = check('Capacity: 750');
    expect(alone?.findings.map((f) => f.rule)).toEqual(['vague-size']);
  });
});
