import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAuditFiles } from '../../../scripts/cli/audit-files';

const ROOT = resolve(import.meta.dirname, '../../..');
const OWN = (p: string) => resolve(ROOT, 'tests/fixtures/pages', p);
const read = (file: string) => ({ file, html: readFileSync(file, 'utf8') });
const SUPPLIER = OWN('alibaba-supplier/sunrise-shopsign-module-data.html');
const PAID = OWN('alibaba-order/ta-detail-218834504001020304-json.html');
const UNPAID = OWN('alibaba-order/ta-detail-218834505001020304-json.html');

describe('tradeguard audit: what remains of the limit (exposure)', () => {
  it("orders audited earlier in the run count as the buyer's open orders with that supplier", async () => {
    const { pages } = await runAuditFiles([read(SUPPLIER), read(PAID), read(UNPAID)], []);
    const [profile, first, second] = pages;
    expect(profile?.exposure).toMatchObject({ openOrders: 0, amount: null, orders: [] });
    expect(first?.findings.map((f) => f.rule)).not.toContain('ta-limit-remaining-below-order');
    expect(second?.exposure).toEqual({
      openOrders: 1,
      amount: { amount: 25000, currency: 'USD' },
      orders: [
        {
          id: '218834504001020304',
          url: 'https://biz.alibaba.com/ta/detail.htm?orderId=218834504001020304',
          status: 'Awaiting shipment',
          statusKey: 'awaiting_shipment',
          amount: { amount: 25000, currency: 'USD' },
          basis: 'paid-not-delivered',
          createdAt: expect.stringContaining('2026-11-24'),
        },
      ],
      notCounted: [],
      remaining: {
        amount: { amount: 17000, currency: 'USD' },
        basis: 'computed',
        stated: null,
        subtracted: [{ id: '218834504001020304', amount: { amount: 25000, currency: 'USD' } }],
        complete: true,
      },
    });
    const f = second?.findings.find((x) => x.rule === 'ta-limit-remaining-below-order');
    expect(f?.severity).toBe('critical');
    expect(f?.message).toContain(
      'Limit US$42,000 − your open order #218834504001020304 US$25,000 (paid, not yet delivered) = US$17,000 left; this order of US$25,000 exceeds it by US$8,000.',
    );
    expect(f?.source).toBe('https://jingsourcing.com/b-how-to-use-alibaba-trade-assurance/');
  });

  it('in the other order the first order is the one counted (the order in view never counts against itself)', async () => {
    const { pages } = await runAuditFiles([read(SUPPLIER), read(UNPAID), read(PAID)], []);
    const paid = pages[2];
    expect(paid?.exposure?.orders.map((o) => o.id)).toEqual(['218834505001020304']);
    expect(paid?.exposure?.orders[0]?.basis).toBe('total-before-payment');
    expect(paid?.findings.some((x) => x.rule === 'ta-limit-remaining-below-order')).toBe(true);
  });

  it('a page stating what is left of the limit gives supplier.taRemaining and a dated, stated remaining', async () => {
    const { pages } = await runAuditFiles([read(OWN('alibaba-supplier/harbor-inquiry-form.html'))], []);
    const page = pages[0];
    expect(page?.supplier?.taRemaining).toEqual({ amount: 41250, currency: 'USD' });
    expect(page?.exposure?.remaining).toMatchObject({
      amount: { amount: 41250, currency: 'USD' },
      basis: 'stated',
      stated: { amount: { amount: 41250, currency: 'USD' }, url: page?.url },
    });
  });

  it('the readable output names the open orders and what remains', async () => {
    const { formatAudit } = await import('../../../lib/cli/audit');
    const result = await runAuditFiles([read(SUPPLIER), read(PAID), read(UNPAID)], []);
    expect(formatAudit(result)).toContain(
      'Your open orders with this supplier: 1 (USD 25000); remaining limit USD 17000 (computed)',
    );
  });
});
