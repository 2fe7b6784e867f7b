import { describe, expect, it } from 'vitest';
import { runScanChat } from '../../../lib/cli/scan-chat';

function rules(text: string): string[] {
  return runScanChat(JSON.stringify([{ from: 'supplier', text }])).messages.flatMap((m) =>
    m.findings.map((f) => f.rule),
  );
}

describe('a bare "bank" after an anchored sentence is not a checkout method', () => {
  it.each([
    'Pay the deposit on the Alibaba order page. PayPal or bank.',
    'Please order on the AliExpress checkout. Bank or Wise.',
  ])('flags: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
  it.each([
    'Pay the deposit on the Alibaba order page. Card or PayPal.',
    'Pay the deposit on the Alibaba order page. Bank card or PayPal.',
  ])('does not flag the checkout list: %s', (text) => expect(rules(text)).toEqual([]));
});
