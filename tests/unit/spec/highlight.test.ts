import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/model/finding';
import { checkSpecLine } from '../../../lib/spec/check-spec';
import { highlightSegments } from '../../../lib/spec/highlight';

describe('highlightSegments', () => {
  it('cuts a line into plain and highlighted segments that rebuild the line', () => {
    const line = 'Color: red, size: 8.8*8.8*13, packing: standard export packing';
    const segments = highlightSegments(line, checkSpecLine(line));
    expect(segments.map((s) => s.text).join('')).toBe(line);
    expect(segments.filter((s) => s.finding).map((s) => [s.text, s.finding!.rule])).toEqual([
      ['red', 'vague-color'],
      ['8.8*8.8*13', 'vague-size'],
      ['standard export packing', 'vague-packaging'],
    ]);
  });

  it('keeps markup-like supplier text as plain text', () => {
    const line = 'Color: <img src=x onerror=alert(1)> red';
    const segments = highlightSegments(line, checkSpecLine(line));
    expect(segments.map((s) => s.text).join('')).toBe(line);
  });

  it('ignores findings without a usable span and overlapping ones', () => {
    const base: Omit<Finding, 'span'> = {
      rule: 'vague-color',
      severity: 'warning',
      message: 'm',
      quote: 'q',
      fix: 'f',
      source: { label: 'l', ref: 'r' },
    };
    const segments = highlightSegments('abcdef', [
      { ...base },
      { ...base, span: { start: 1, end: 4 } },
      { ...base, span: { start: 2, end: 5 } },
      { ...base, span: { start: 4, end: 99 } },
    ]);
    expect(segments.map((s) => [s.text, Boolean(s.finding)])).toEqual([
      ['a', false],
      ['bcd', true],
      ['ef', false],
    ]);
  });

  it('returns the whole text as one plain segment when nothing is found', () => {
    expect(highlightSegments('Color: Pantone 186C', [])).toEqual([{ text: 'Color: Pantone 186C' }]);
  });
});
