import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMissingSpecs } from '../../../lib/spec/missing';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/spec/${name}`, import.meta.url), 'utf8');

describe('findMissingSpecs', () => {
  it('finds nothing missing in a complete order', () => {
    expect(findMissingSpecs(fixture('order-complete.txt'))).toEqual([]);
  });

  it('a vague order mentions every attribute (vague-* reports it) but names no inspection', () => {
    const findings = findMissingSpecs(fixture('order-vague.txt'));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['missing-inspection', 'warning']]);
    expect(findings[0]!.fix).toContain('AQL 2.5');
  });

  it('reports each absent attribute as info, and the ship date only when the form has none', () => {
    const text = 'Product: wine tumbler\nQuantity: 1,000 pcs per SKU\nAQL 2.5 inspection by QIMA';
    expect(findMissingSpecs(text).map((f) => [f.rule, f.severity])).toEqual([
      ['missing-color', 'info'],
      ['missing-size', 'info'],
      ['missing-material', 'info'],
      ['missing-packaging', 'info'],
      ['missing-ship-date', 'info'],
    ]);
    expect(findMissingSpecs(text, { hasShipDate: true }).map((f) => f.rule)).not.toContain(
      'missing-ship-date',
    );
  });

  it('counts Chinese wording and each inspection body as present', () => {
    const zh = '颜色：红色\n尺寸：标准尺寸\n材质：不锈钢\n包装：标准出口包装\n尽快发货';
    expect(findMissingSpecs(zh).map((f) => f.rule)).toEqual(['missing-inspection']);
    for (const body of ['SGS', 'Intertek', 'BV', 'QIMA', 'TÜV', 'AQL 2.5', '验货']) {
      expect(
        findMissingSpecs(`${zh}\n${body}`).map((f) => f.rule),
        body,
      ).toEqual([]);
    }
  });

  it('every finding is about an absence: empty quote, a fix and the Jing Sourcing TA guide as source', () => {
    for (const f of findMissingSpecs('hello')) {
      expect(f.quote).toBe('');
      expect(f.fix.length).toBeGreaterThan(20);
      expect(f.source.ref).toBe('https://jingsourcing.com/b-how-to-use-alibaba-trade-assurance/');
    }
  });
});
