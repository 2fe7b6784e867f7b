import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../lib/checklist/build';
import { evaluateRules } from '../../../lib/rules/evaluate';
import { orderContext, usd } from './context';

describe('the before-you-pay checklist', () => {
  it('counts blockers and warnings, never shows "unknown" as OK, and lists the clauses to ask for', () => {
    const ctx = orderContext(
      { coverage: 'pre-shipment', coveredAmount: usd(14_580) },
      { specLines: [{ text: 'Colour: red; Packing: standard export packing', origin: 'Order remarks' }] },
    );
    const { findings } = evaluateRules(ctx);
    const list = buildChecklist(ctx, findings, new Set(['sample-compared']), null);
    const status = Object.fromEntries(list.auto.map((a) => [a.id, a.status]));
    expect(status['ta-limit']).toBe('blocker');
    expect(status.coverage).toBe('warning');
    expect(status['spec-color']).toBe('warning');
    expect(status['designated-account']).toBe('unknown');
    expect(status['on-platform']).toBe('unknown');
    expect(list.verdict.ready).toBe(false);
    expect(list.verdict.text).toMatch(/^1 blocker, \d+ warnings$/);
    expect(list.manual.find((m) => m.id === 'sample-compared')?.ticked).toBe(true);
    expect(list.clauses.join('\n')).toContain('Pantone');
    expect(list.clauses.join('\n')).toContain('post-delivery coverage');
  });

  it('says "Ready to pay" only when nothing blocks or warns', () => {
    const ctx = orderContext(
      { total: usd(30_000), coveredAmount: usd(30_000), shipBy: '2027-01-15' },
      {
        designatedAccount: {
          bank: 'Citibank',
          name: null,
          accountNumber: '1',
          swift: 'CITIHKHX',
          iban: null,
          address: null,
        },
        supplier: { ...orderContext().supplier!, verified: true, taOffered: true },
        specLines: [
          {
            text: 'Colour: Pantone 186C; Size: 30 x 25 x 32 cm ±2 mm; Material: PP food grade (LFGB); Packing: 5-ply carton 38x36x40 cm, 1 pc/carton; Inspection: SGS AQL 2.5',
            origin: 'Order remarks',
          },
        ],
      },
    );
    const list = buildChecklist(ctx, evaluateRules(ctx).findings, new Set(), { scanned: true, findings: [] });
    expect(list.verdict).toMatchObject({ blockers: 0, warnings: 0, ready: true });
  });
});
