import { describe, expect, it } from 'vitest';
import { moneyFromMajor } from '../../../lib/model/money';
import { EMPTY_BENEFICIARY } from '../../../lib/model/payment';
import { evaluateRules } from '../../../lib/rules/evaluate';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { orderContext, paymentContext, usd } from './context';

const rulesOf = (ctx: Parameters<typeof evaluateRules>[0]) => evaluateRules(ctx).findings.map((f) => f.rule);
const finding = (ctx: Parameters<typeof evaluateRules>[0], rule: string) =>
  evaluateRules(ctx).findings.find((f) => f.rule === rule);

describe('Trade Assurance limit', () => {
  it('flags an order above the limit, saying by how much and what is unprotected', () => {
    const f = finding(orderContext(), 'ta-limit-below-order');
    expect(f?.severity).toBe('critical');
    expect(f?.message).toContain('US$6,600 above');
    expect(f?.message).toContain('At most US$42,000 is protected');
    expect(f?.quote).toBe('US$48,600');
  });

  it('is silent when the limit covers the order', () => {
    expect(rulesOf(orderContext({ total: usd(42_000) }))).not.toContain('ta-limit-below-order');
  });

  it("compares other currencies only through the buyer's dated rate, and says so when it cannot", () => {
    const eur = orderContext({ total: moneyFromMajor(45_000, 'EUR') });
    const cannot = finding(eur, 'ta-limit-below-order');
    expect(cannot?.severity).toBe('warning');
    expect(cannot?.message).toContain('could not be checked');
    const withRate = orderContext(
      { total: moneyFromMajor(45_000, 'EUR') },
      {
        settings: {
          ...DEFAULT_SETTINGS,
          exchangeRates: [{ from: 'EUR', to: 'USD', rate: 1.08, date: '2026-11-01' }],
        },
      },
    );
    const over = finding(withRate, 'ta-limit-below-order');
    expect(over?.severity).toBe('critical');
    expect(over?.message).toContain('taken 2026-11-01');
    expect(over?.message).toContain('US$6,600'); // 45,000 × 1.08 = 48,600
  });

  it('says the limit is unknown (never "covered") when none was seen', () => {
    const f = finding(orderContext({}, { knownLimit: null, supplierKnown: false }), 'ta-limit-unknown');
    expect(f?.severity).toBe('warning');
    expect(f?.fix).toMatch(/company profile/i);
  });
});

describe('coverage', () => {
  it('pre-shipment coverage states the unprotected balance, once', () => {
    const ctx = orderContext({ coverage: 'pre-shipment', coveredAmount: usd(14_580) });
    const f = finding(ctx, 'ta-coverage-pre-shipment');
    expect(f?.message).toContain('remaining US$34,020');
    expect(rulesOf(ctx)).not.toContain('ta-covered-amount-short');
  });

  it('a covered amount below the total is a blocker', () => {
    const f = finding(orderContext({ coveredAmount: usd(30_000) }), 'ta-covered-amount-short');
    expect(f?.severity).toBe('critical');
    expect(f?.message).toContain('US$18,600 would not be protected');
  });

  it('orders below US$100 are noted', () => {
    expect(
      finding(
        orderContext({ total: usd(80), coveredAmount: usd(80) }, { knownLimit: null }),
        'ta-order-below-minimum',
      )?.severity,
    ).toBe('info');
  });
});

describe('payment', () => {
  it('a card cannot carry more than US$12,000; Western Union US$2,500; T/T has no limit', () => {
    expect(
      finding(paymentContext({ method: 'Credit/Debit card' }), 'payment-method-limit')?.message,
    ).toContain('US$12,000');
    expect(
      finding(paymentContext({ method: 'Western Union', amount: usd(3_000) }), 'payment-method-limit')
        ?.message,
    ).toContain('US$2,500');
    expect(rulesOf(paymentContext({ method: 'Wire transfer (T/T)', amount: usd(200_000) }))).not.toContain(
      'payment-method-limit',
    );
  });

  it('Online Bank Payment depends on where the buyer banks', () => {
    const other = paymentContext({ method: 'Online Bank Payment', amount: usd(14_580) });
    expect(rulesOf(other)).toContain('payment-method-limit');
    const us = paymentContext(
      { method: 'Online Bank Payment', amount: usd(14_580) },
      { settings: { ...DEFAULT_SETTINGS, bankAccountCountry: 'US' } },
    );
    expect(rulesOf(us)).not.toContain('payment-method-limit');
  });

  it('PayPal is never claimed as covered', () => {
    expect(finding(paymentContext({ method: 'PayPal' }), 'payment-method-not-covered')?.severity).toBe(
      'warning',
    );
  });

  it('details differing from the designated account are a blocker; the same account written differently is not', () => {
    const designated = { ...EMPTY_BENEFICIARY, accountNumber: '1234 5678 9012 34', swift: 'CITIHKHX' };
    const same = paymentContext(
      { beneficiary: { ...EMPTY_BENEFICIARY, accountNumber: '12345678901234', swift: 'CITIHKHXXXX' } },
      { designatedAccount: designated },
    );
    expect(rulesOf(same)).not.toContain('payment-not-designated-account');
    const other = paymentContext(
      {
        beneficiary: {
          ...EMPTY_BENEFICIARY,
          bank: 'Bank of China (Hong Kong)',
          accountNumber: '012-345-6-789012-3',
          swift: 'BKCHHKHH',
        },
      },
      { designatedAccount: designated },
    );
    const f = finding(other, 'payment-not-designated-account');
    expect(f?.severity).toBe('critical');
    expect(f?.message).toContain('BKCHHKHH');
  });
});

describe('sample orders and supplier signals', () => {
  it('a sample order is noted; "same as sample" in a bulk order is not a sample order', () => {
    const sample = orderContext({
      lineItems: [
        {
          name: 'Sample order - Digital Air Fryer',
          specText: null,
          unitPrice: null,
          quantity: 1,
          total: null,
          productId: null,
        },
      ],
    });
    expect(rulesOf(sample)).toContain('sample-order-quality-not-covered');
    const bulk = orderContext({
      lineItems: [
        {
          name: 'Digital Air Fryer, quality same as sample',
          specText: null,
          unitPrice: null,
          quantity: 2700,
          total: null,
          productId: null,
        },
      ],
    });
    expect(rulesOf(bulk)).not.toContain('sample-order-quality-not-covered');
  });

  it('flags a new, slow, late, unverified supplier with the figures', () => {
    const ctx = orderContext(
      {},
      {
        supplier: {
          ...orderContext().supplier!,
          yearsOnPlatform: 1,
          responseRate: 71,
          onTimeDeliveryRate: 82,
          verified: false,
        },
      },
    );
    const rules = rulesOf(ctx);
    for (const r of [
      'supplier-new',
      'supplier-low-response',
      'supplier-low-on-time',
      'supplier-not-verified',
    ])
      expect(rules).toContain(r);
    expect(finding(ctx, 'supplier-low-on-time')?.quote).toBe('82%');
  });
});
