import { describe, expect, it } from 'vitest';
import { runScanChat } from '../../../lib/cli/scan-chat';

function rules(text: string): string[] {
  return runScanChat(JSON.stringify([{ from: 'supplier', text }])).messages.flatMap((m) =>
    m.findings.map((f) => f.rule),
  );
}

describe('an expired order link given as the reason to pay an account', () => {
  it.each([
    'the Alibaba order link has expired, just pay to this account and I update the order manually',
    'The order link not working, just wire to HSBC 123-456789-001',
    'The payment link expired, please transfer the deposit to our company account, I will update the order manually.',
    'El enlace del pedido caducó, paga a esta cuenta por favor',
    '订单链接过期了，直接转到我的账户就行',
  ])('flags: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
  it.each([
    'The link expired, I will send you a new Alibaba order link, please pay there',
    'Sorry the order link expired, I will create a new one on Alibaba for you to pay',
  ])('does not flag a new platform link: %s', (text) => expect(rules(text)).toEqual([]));
});

describe('a bank name before a number in its account grouping', () => {
  it.each(['please T/T to our HSBC 123-456789-001', 'Remit the balance to HSBC: 808-123456-838 today'])(
    'reads the account: %s',
    (text) => expect(rules(text)).toContain('payment-details'),
  );
  it('does not read an order number so grouped', () =>
    expect(rules('Order no. 123-456789-001 shipped')).toEqual([]));
});
