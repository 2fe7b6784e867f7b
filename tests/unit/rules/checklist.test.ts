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

  it('never calls a chat clean when some of its messages could not be checked', () => {
    const ctx = orderContext(
      { total: usd(30_000), coveredAmount: usd(30_000), shipBy: '2027-01-15' },
      { supplier: { ...orderContext().supplier!, verified: true, taOffered: true } },
    );
    const onPlatform = (chat: Parameters<typeof buildChecklist>[3]) =>
      buildChecklist(ctx, evaluateRules(ctx).findings, new Set(), chat).auto.find(
        (a) => a.id === 'on-platform',
      )!;
    expect(onPlatform({ scanned: true, findings: [], unchecked: 0 }).status).toBe('ok');
    const partly = onPlatform({ scanned: true, findings: [], unchecked: 3 });
    expect(partly.status).toBe('unknown');
    expect(partly.detail).toMatch(/could not check every message/);
    // Nothing answered at all: said as "could not check", not as "not read yet".
    expect(onPlatform({ scanned: false, findings: [], unchecked: 5 }).detail).toMatch(/could not check/);
  });
});

describe('the checklist never says "Ready to pay" over a finding it does not group', () => {
  const clean = () =>
    orderContext(
      { total: usd(30_000), coveredAmount: usd(30_000), shipBy: '2027-01-15' },
      {
        supplier: { ...orderContext().supplier!, verified: true, taOffered: true },
        specLines: [
          {
            text: 'Colour: Pantone 186C; Size: 30 x 25 x 32 cm ±2 mm; Material: PP food grade (LFGB); Packing: 5-ply carton 38x36x40 cm, 1 pc/carton; Inspection: SGS AQL 2.5',
            origin: 'Order remarks',
          },
        ],
      },
    );
  const stranger = (severity: 'critical' | 'warning') => ({
    rule: 'a-rule-added-later',
    severity,
    message: 'Something a newer rule found.',
    quote: '',
    fix: 'Do something.',
    source: { label: 'x', ref: 'https://example.com/' },
  });

  it('a critical finding from a rule no checklist item names is a blocker', () => {
    const ctx = clean();
    const findings = [...evaluateRules(ctx).findings, stranger('critical')];
    const list = buildChecklist(ctx, findings, new Set(), { scanned: true, findings: [] });
    expect(list.verdict.ready).toBe(false);
    expect(list.verdict.blockers).toBe(1);
    expect(list.auto.some((a) => a.rules.includes('a-rule-added-later') && a.status === 'blocker')).toBe(
      true,
    );
  });

  it('a warning from such a rule is a warning', () => {
    const ctx = clean();
    const findings = [...evaluateRules(ctx).findings, stranger('warning')];
    const list = buildChecklist(ctx, findings, new Set(), { scanned: true, findings: [] });
    expect(list.verdict).toMatchObject({ ready: false, warnings: 1, blockers: 0 });
  });

  it('a supplier on the platform under 2 years is not passed over on the order page', () => {
    const ctx = clean();
    ctx.supplier = { ...ctx.supplier!, yearsOnPlatform: 1 };
    const list = buildChecklist(ctx, evaluateRules(ctx).findings, new Set(), { scanned: true, findings: [] });
    expect(list.verdict.ready).toBe(false);
    expect(list.auto.find((a) => a.rules.includes('supplier-new'))?.status).toBe('warning');
  });
});
