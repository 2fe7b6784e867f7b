import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCheckSpec, runCheckSpec } from '../../../lib/cli/check-spec';

const vagueOrder = readFileSync(new URL('../../fixtures/spec/order-vague.txt', import.meta.url), 'utf8');

describe('runCheckSpec', () => {
  it('lists every non-empty line with its true line number', () => {
    const result = runCheckSpec(vagueOrder);
    expect(result.lines.map((l) => l.line)).toEqual([1, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.lines[0]).toEqual({ line: 1, text: 'Product: wine tumbler, 12 oz', findings: [] });
  });

  it('a file saved with a byte-order mark and Windows line ends reads like any other', () => {
    const result = runCheckSpec(`\uFEFF${vagueOrder.replace(/\n/g, '\r\n')}`);
    expect(result.lines[0]).toEqual({ line: 1, text: 'Product: wine tumbler, 12 oz', findings: [] });
    expect(result).toEqual(runCheckSpec(vagueOrder));
  });

  it('gives public findings (rule, severity, message, quote, fix, source) and only vague-* rules', () => {
    const result = runCheckSpec(vagueOrder);
    const rules = result.lines.flatMap((l) => l.findings.map((f) => f.rule));
    expect(rules).toEqual([
      'vague-color',
      'vague-size',
      'vague-material',
      'vague-quantity',
      'vague-packaging',
      'vague-ship-date',
      'vague-customization',
    ]);
    expect(result.lines[1]!.findings[0]).toEqual({
      rule: 'vague-color',
      severity: 'warning',
      message: expect.stringContaining('Seen "red"'),
      quote: 'red',
      fix: expect.stringContaining('Pantone 186 C'),
      source: 'https://jingsourcing.com/b-how-to-use-alibaba-trade-assurance/',
      // Added fields (the contract only ever adds): the keys the extension translates them by.
      messageKey: 'spec.seen',
      fixKey: 'spec.fix.color',
    });
  });

  it('formats a terminal summary with quote, fix and totals', () => {
    const text = formatCheckSpec(runCheckSpec(vagueOrder));
    expect(text).toContain('WARN   3  Color: red');
    expect(text).toContain('vague-size: "8.8*8.8*13"');
    expect(text).toContain('ask: Write the unit and a tolerance');
    expect(text).toContain('8 line(s) checked, 7 with vague wording, 7 finding(s).');
  });

  it('handles empty input', () => {
    expect(runCheckSpec('')).toEqual({ lines: [] });
    expect(formatCheckSpec(runCheckSpec('\n\n'))).toContain('0 line(s) checked');
  });
});
