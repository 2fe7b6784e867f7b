import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../lib/checklist/build';
import { moneyFromMajor } from '../../../lib/model/money';
import { EMPTY_BENEFICIARY } from '../../../lib/model/payment';
import { evaluateRules } from '../../../lib/rules/evaluate';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { orderContext, paymentContext, usd } from './context';

const finding = (ctx: Parameters<typeof evaluateRules>[0], rule: string) =>
  evaluateRules(ctx).findings.find((f) => f.rule === rule);

describe('judgements that must never pass silently', () => {
  it('converts currencies through their own minor units (yen has none)', () => {
    const ctx = orderContext(
      { total: moneyFromMajor(30_000_000, 'JPY'), coveredAmount: null },
      {
        settings: {
          ...DEFAULT_SETTINGS,
          exchangeRates: [{ from: 'JPY', to: 'USD', rate: 0.0067, date: '2026-11-01' }],
        },
      },
    );
    const f = finding(ctx, 'ta-limit-below-order');
    expect(f?.severity).toBe('critical');
    expect(f?.message).toContain('US$201,000'); // ¥30,000,000 × 0.0067
  });

  it('payment details naming other fields than the designated account cannot pass as a match', () => {
    const ctx = paymentContext(
      { beneficiary: { ...EMPTY_BENEFICIARY, bank: 'Other Bank', iban: 'GB00EVIL12345678' } },
      { designatedAccount: { ...EMPTY_BENEFICIARY, bank: 'Citibank', accountNumber: '111' } },
    );
    expect(finding(ctx, 'payment-not-designated-account')?.severity).toBe('warning');
    const list = buildChecklist(ctx, evaluateRules(ctx).findings, new Set(), null);
    expect(list.auto.find((a) => a.id === 'designated-account')?.status).not.toBe('ok');
  });

  it('a card payment in a currency without a rate is a warning, not "within its limit"', () => {
    const ctx = paymentContext(
      { method: 'Credit card', amount: moneyFromMajor(20_000, 'EUR') },
      { knownLimit: null },
    );
    expect(finding(ctx, 'payment-method-limit')?.message).toContain('could not be checked');
    const list = buildChecklist(ctx, evaluateRules(ctx).findings, new Set(), null);
    expect(list.auto.find((a) => a.id === 'method')?.status).toBe('warning');
  });

  it("the US$100 minimum is compared in the order's currency through the buyer's rate", () => {
    const rate = {
      ...DEFAULT_SETTINGS,
      exchangeRates: [{ from: 'USD', to: 'EUR', rate: 0.9, date: '2026-11-01' }],
    };
    const above = orderContext(
      { total: moneyFromMajor(95, 'EUR'), coveredAmount: null },
      { knownLimit: null, settings: rate },
    );
    expect(finding(above, 'ta-order-below-minimum')).toBeUndefined();
    const below = orderContext(
      { total: moneyFromMajor(85, 'EUR'), coveredAmount: null },
      { knownLimit: null, settings: rate },
    );
    expect(finding(below, 'ta-order-below-minimum')).toBeDefined();
  });

  it('the payment page judges the order it pays for: vague specs there too, and no "clear" without a spec read', () => {
    const withSpec = paymentContext({}, { specLines: [{ text: 'Colour: red', origin: 'Order remarks' }] });
    expect(finding(withSpec, 'vague-color')).toBeDefined();
    const noSpec = paymentContext({});
    const list = buildChecklist(noSpec, evaluateRules(noSpec).findings, new Set(), null);
    expect(list.auto.find((a) => a.id === 'spec-color')?.status).toBe('unknown');
  });

  it('an incomparable total does not hide a payment above the limit', () => {
    const ctx = paymentContext(
      { amount: usd(45_000) },
      { order: { ...orderContext().order!, total: moneyFromMajor(40_000, 'GBP') } },
    );
    expect(finding(ctx, 'ta-limit-below-order')?.severity).toBe('critical');
  });
});
