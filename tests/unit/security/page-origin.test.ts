import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../lib/analysis/analyse-page';
import { TradeMemory } from '../../../lib/analysis/trade-memory';
import { moneyFromMajor } from '../../../lib/model/money';
import { emptyOrderFacts } from '../../../lib/model/order';
import { type Beneficiary, EMPTY_BENEFICIARY } from '../../../lib/model/payment';
import { emptySnapshot, type PageSnapshot } from '../../../lib/model/snapshot';
import { snapshotFromSender } from '../../../lib/pages/page-origin';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

/**
 * Issue 12, finding 2: a supplier's page (its content-script world) sent a
 * payment snapshot for the buyer's order, and its account became the order's
 * designated account — after which a chat asking to pay it looked "matching".
 */
const ORDER = '218834501001020304';
const CASHIER = `https://cashier.alibaba.com/payment/cashier.htm?orderIds=${ORDER}`;
const MINISITE = 'https://sunrisekitchen.en.alibaba.com/company_profile.html';
const ALIBABA_CITI: Beneficiary = {
  ...EMPTY_BENEFICIARY,
  bank: 'Citibank N.A. Hong Kong',
  name: 'Alibaba.com Singapore E-Commerce Private Limited',
  accountNumber: '1234 5678 9012 34',
  swift: 'CITIHKHX',
};
const SUPPLIERS_OWN: Beneficiary = {
  ...EMPTY_BENEFICIARY,
  bank: 'Hang Seng Bank',
  name: 'Chen Wei',
  accountNumber: '999988887777',
  swift: 'HASEHKHH',
};

function paymentSnapshot(url: string, beneficiary: Beneficiary, orderId = ORDER): PageSnapshot {
  return {
    ...emptySnapshot('alibaba:payment', url),
    payment: { orderId, amount: moneyFromMajor(14_580, 'USD'), method: 'T/T', beneficiary },
  };
}

const at = '2026-11-20T10:00:00.000Z';

describe('a page tells only what its address vouches for', () => {
  it('a payment snapshot sent from a supplier minisite is refused whole', () => {
    const vouched = snapshotFromSender(paymentSnapshot(CASHIER, SUPPLIERS_OWN), MINISITE);
    expect(vouched.ok).toBe(false);
  });

  it("a supplier page's snapshot keeps its supplier and loses any order or payment it carries", () => {
    const claimed = {
      ...emptySnapshot('alibaba:supplier', MINISITE),
      payment: paymentSnapshot(CASHIER, SUPPLIERS_OWN).payment,
      order: { ...emptyOrderFacts('alibaba'), id: ORDER },
    };
    const vouched = snapshotFromSender(claimed, MINISITE);
    expect(vouched).toMatchObject({
      ok: true,
      snapshot: { kind: 'alibaba:supplier', payment: null, order: null },
    });
  });

  it("a supplier page's disagreements travel with its supplier, others' do not", () => {
    const claimed: PageSnapshot = {
      ...emptySnapshot('alibaba:supplier', MINISITE),
      conflicts: [
        {
          field: 'supplier.taLimit',
          values: [
            { value: 35000, where: 'data' },
            { value: 40000, where: 'tooltip' },
          ],
        },
        {
          field: 'order.total',
          values: [
            { value: 1, where: 'a' },
            { value: 2, where: 'b' },
          ],
        },
      ],
    };
    const vouched = snapshotFromSender(claimed, MINISITE);
    expect(vouched.ok && vouched.snapshot.conflicts?.map((c) => c.field)).toEqual(['supplier.taLimit']);
  });

  it("the kind and url are the sender's, and an order page cannot speak for another order", () => {
    const page = `https://biz.alibaba.com/ta/detail.htm?orderId=${ORDER}`;
    const claimed = {
      ...emptySnapshot('alibaba:order', 'https://cashier.alibaba.com/'),
      order: { ...emptyOrderFacts('alibaba'), id: '999999999999' },
    };
    const vouched = snapshotFromSender(claimed, page);
    expect(vouched).toMatchObject({ ok: true, snapshot: { url: page, order: null } });
  });
});

describe('the designated account comes only from Alibaba’s checkout page of that order', () => {
  it('a payment snapshot whose address is a supplier page designates nothing (the command line too)', () => {
    const memory = new TradeMemory();
    memory.observe(paymentSnapshot(MINISITE, SUPPLIERS_OWN), at);
    memory.observe(
      paymentSnapshot(`https://cashier.alibaba.com/payment/cashier.htm?orderIds=111122223333`, SUPPLIERS_OWN),
      at,
    );
    memory.observe(paymentSnapshot('http://cashier.alibaba.com/payment/cashier.htm', SUPPLIERS_OWN), at);
    expect(memory.accounts.size).toBe(0);
    memory.observe(paymentSnapshot(CASHIER, ALIBABA_CITI), at);
    expect(memory.accounts.get(ORDER)?.beneficiary.accountNumber).toBe(ALIBABA_CITI.accountNumber);
  });

  it('a CHANGED account on the checkout page is a critical finding that says so; the first account stays', () => {
    const memory = new TradeMemory();
    analysePage(paymentSnapshot(CASHIER, ALIBABA_CITI), memory, DEFAULT_SETTINGS, at);
    const later = analysePage(
      paymentSnapshot(CASHIER, SUPPLIERS_OWN),
      memory,
      DEFAULT_SETTINGS,
      '2026-11-22T10:00:00.000Z',
    );
    const finding = later.findings.find((f) => f.rule === 'payment-not-designated-account');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toMatch(/now shows a different account from the one it showed on 2026-11-20/);
    expect(finding?.fix).toMatch(/Ask Alibaba/);
    expect(memory.accounts.get(ORDER)?.beneficiary.name).toBe(ALIBABA_CITI.name);
  });
});
