import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';
import { LONG_LINE, LONG_RUN, longLinePieces, readingPieces } from '../../../lib/spec/long-line';

/**
 * Stop 55, "never slow the page": a stranger's listing can hold thousands of characters with nothing between them
 * (one Chinese character, digits, dashes, "±"). Such a run is read in slices and an over-long sentence is cut at a
 * space, so the time grows with the length, not its square; these tests assert what the reader still finds on such
 * lines, and that ordinary lines are read whole. Lines written for this stop.
 */
const rules = (line: string) =>
  checkSpecLine(line)
    .map((f) => f.rule)
    .filter((r) => r.startsWith('vague-'));

const covers = (line: string, pieces: { start: number; text: string }[]) => {
  expect(pieces.map((p) => p.text).join('')).toBe(line);
  for (const p of pieces) expect(line.slice(p.start, p.start + p.text.length)).toBe(p.text);
};

describe('pieces a line is read in', () => {
  it.each([
    'Color: navy blue; Material: 600D polyester; Size: 40 x 30 x 15 cm; Weight: 850 g',
    `产品名称：保温杯${'不锈钢真空保温'.repeat(40)}，容量：500毫升`,
    `Model: ${'X'.repeat(LONG_RUN)}`,
  ])('an ordinary line, or a run just at the limit, is one piece: %s', (line) => {
    expect(readingPieces(line)).toEqual([{ start: 0, text: line }]);
  });

  it('a run longer than the limit is sliced, its label kept with the first slice', () => {
    const line = `续航：${'长'.repeat(LONG_RUN * 3 + 7)}`;
    const pieces = readingPieces(line);
    covers(line, pieces);
    expect(pieces.length).toBe(4);
    expect(pieces[0]!.text.startsWith('续航：')).toBe(true);
    for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(LONG_RUN + 3);
  });

  it('a sentence longer than a piece is cut at its last space', () => {
    const line = 'soft cotton '.repeat(1000);
    const pieces = longLinePieces(line);
    covers(line, pieces);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(LONG_LINE);
      expect(p.text.endsWith(' ')).toBe(true);
    }
  });

  it('a sentence with no space at all is cut at the limit', () => {
    const line = '±'.repeat(LONG_LINE * 2 + 5);
    const pieces = longLinePieces(line);
    covers(line, pieces);
    expect(pieces.map((p) => p.text.length)).toEqual([LONG_LINE, LONG_LINE, 5]);
  });
});

describe('long hostile lines are read, and what they hide is still found', () => {
  const filler = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

  it.each([
    ['one Chinese character', '好'],
    ['digits', '7'],
    ['dashes', '-'],
    ['plus-minus signs', '±'],
    ['ones and dashes', '1-'],
    ['a word and a space', 'a '],
    ['"Pantone " over and over', 'Pantone '],
  ])('a vague runtime before 1,500 %s is still told', (_name, unit) => {
    const vague = '续航：可能8小时';
    const run = filler(unit, 1500);
    const line = `${vague}， ${run} ，${vague}`;
    const findings = checkSpecLine(line);
    const quoted = findings.filter((f) => f.quote?.includes('8小时'));
    expect(quoted.some((f) => f.span!.start < 20)).toBe(true);
    for (const f of findings) expect(line.slice(f.span!.start, f.span!.end)).toBe(f.quote);
  });

  it('the long runs of the report are read without a finding of their own', () => {
    expect(rules(`续航：${'可能'.repeat(2000)}`).length).toBeLessThan(20);
    expect(checkSpecLine(`GSM: ${'1'.repeat(8000)}-2`).length).toBeLessThan(20);
  });

  it('a long line of attribute pairs is told no more than each pair alone would be', () => {
    const pairs = 'Colour: black; Material: ABS; Size: 120 x 80 x 40 mm; Weight: 350 g; MOQ: 500 pcs; ';
    expect(rules(pairs.repeat(20)).length).toBeLessThanOrEqual(rules(pairs).length * 20);
  });
});

describe('a run of letters tried from its first letter only finds what it found before', () => {
  it.each([
    'Kartonbeschriftung: wie üblich',
    'Ağırlık: 2,5 kg, partiye göre değişir',
    'Finish: polished to the customer satisfaction',
  ])('still told: %s', (line) => expect(rules(line).length).toBeGreaterThan(0));

  it.each(['Hardness: heat-treated to HRC 58-62', 'Finish: polished to Ra 0.8 µm'])(
    'still clear: %s',
    (line) => expect(rules(line)).toEqual([]),
  );
});
