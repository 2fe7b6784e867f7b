import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FindingSchema } from '../../../lib/model/finding';
import { checkSpecLine, checkSpecText } from '../../../lib/spec/check-spec';

interface HardCase {
  text: string;
  rules: string[];
  quotes: Record<string, string>;
}
const cases: HardCase[] = JSON.parse(
  readFileSync(new URL('../../fixtures/spec/hard-cases.json', import.meta.url), 'utf8'),
);

describe('checkSpecLine on the hard cases named in the brief', () => {
  for (const c of cases) {
    it(`${JSON.stringify(c.text)} → ${c.rules.join(', ') || 'clear'}`, () => {
      const findings = checkSpecLine(c.text);
      expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual(c.rules);
      for (const [rule, quote] of Object.entries(c.quotes)) {
        expect(findings.find((f) => f.rule === rule)?.quote).toBe(quote);
      }
    });
  }
});

describe('what a finding tells the buyer', () => {
  it('quotes the phrase, locates it, and cites the Jing Sourcing TA guide', () => {
    const line = 'Wine tumbler: red, 8.8*8.8*13, stainless steel';
    const findings = checkSpecLine(line);
    expect(findings.map((f) => f.rule)).toEqual(['vague-color', 'vague-size', 'vague-material']);
    for (const f of findings) {
      expect(FindingSchema.parse(f)).toEqual(f);
      expect(f.severity).toBe('warning');
      expect(line.slice(f.span!.start, f.span!.end)).toBe(f.quote);
      expect(f.message).toContain(`"${f.quote}"`);
      expect(f.source.ref).toBe('https://jingsourcing.com/b-how-to-use-alibaba-trade-assurance/');
    }
  });

  it('adapts the fix to what was seen', () => {
    expect(checkSpecLine('Color: red')[0]!.fix).toContain('Pantone 186 C');
    expect(checkSpecLine('Color: red')[0]!.fix).toContain('ΔE ≤ 2');
    expect(checkSpecLine('Colour: navy blue')[0]!.fix).toContain('Pantone 282 C');
    expect(checkSpecLine('8.8*8.8*13')[0]!.fix).toContain('8.8 × 8.8 × 13 cm (L×W×H), tolerance ±0.2 cm');
    expect(checkSpecLine('Box: 600*400*350')[0]!.fix).toContain(
      '600 × 400 × 350 mm (L×W×H), tolerance ±1 mm',
    );
    expect(checkSpecLine('Net weight approx. 1.2 kg')[0]!.fix).toContain('1.2 kg');
    expect(checkSpecLine('Material: stainless steel')[0]!.fix).toContain('304 stainless steel');
    expect(checkSpecLine('Quantity: about 1000 pcs')[0]!.fix).toContain('1000 pcs of SKU A');
    expect(checkSpecLine('Ship in August')[0]!.fix).toContain('5 August');
    expect(checkSpecLine('Logo like photo')[0]!.fix).toContain('attached AI file');
  });
});

describe('imperial units and other languages', () => {
  it.each([
    ['Size: 10" x 8" x 2"', []],
    ['Size: 10 x 8 x 2', ['vague-size']],
    ['Weight: 12 oz', []],
    ['Weight: about 12 oz', ['vague-weight']],
    ['Bag thickness 3 mil', []],
    ['Cable: 6 ft', []],
    ['Farbe: schwarz', ['vague-color']],
    ['Cor: Pantone 186C', []],
    ['Quantité : 1 000 pièces par référence', []],
    ['Livraison : dès que possible', ['vague-ship-date']],
    ['Material: acero inoxidable 304', []],
    ['交期：15-20天', ['vague-ship-date']],
    ['收到定金后30天内发货', []],
    ['包装：五层瓦楞纸箱60×40×40cm，每箱12个，唛头，打托盘', []],
    ['包装：中性包装', ['vague-packaging']],
  ])('%s', (text, rules) => {
    expect([...new Set(checkSpecLine(text).map((f) => f.rule))]).toEqual(rules);
  });
});

describe('checkSpecText', () => {
  it('numbers lines from 1 across CRLF and keeps empty lines', () => {
    const result = checkSpecText('Color: red\r\n\r\nShip ASAP');
    expect(result.map((r) => [r.line, r.findings.map((f) => f.rule)])).toEqual([
      [1, ['vague-color']],
      [2, []],
      [3, ['vague-ship-date']],
    ]);
  });
});
