import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 32: plain English asks the guard missed (payment taken on the seller's own website; an account held by a
 * person named with a title), and descriptions it flagged (a firmware's app log-ins and call forwarding, the name a
 * refund carries on a bank statement, an inquiry form on the seller's site read as a payment).
 */
const rulesOf = (text: string) => scanMessage({ from: 'supplier', text }).map((f) => f.rule);

describe('payment on the seller own website', () => {
  for (const text of [
    'please pay on our website, you get 5% discount',
    'You can make payment by credit card at our web shop www.kettle-direct.shop',
    'pay the deposit on our own site, it is safer',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  it('leaves alone the store on the platform', () =>
    expect(rulesOf('you can pay on our website on alibaba, the order link is ready')).not.toContain(
      'offplatform-payment',
    ));
  it('an inquiry left on the official website moves the talk, not the money', () => {
    const rules = rulesOf('for custom designs leave your inquiry on our official website');
    expect(rules).toContain('offplatform-contact');
    expect(rules).not.toContain('offplatform-payment');
  });
});

describe('an account held by a person named with a title', () => {
  for (const text of [
    'Pay to the account of Mr Li, it is faster',
    'please transfer the balance to Mrs. Chen, details below',
    'the account name is Mrs Zhou so please pay the deposit by T/T',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  for (const text of [
    'Mr Li will send you the PI tomorrow',
    'please pay to Mr Wang through Alibaba trade assurance order',
  ]) {
    it(`leaves alone: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
});

describe('app names that describe a product or a statement line', () => {
  for (const text of [
    'Firmware 4.1 adds WeChat login, Telegram bot alerts and Skype call forwarding.',
    'The companion app supports Facebook login and WhatsApp sharing.',
    'Your refund was issued today; on the card statement it may appear as Alipay Singapore.',
    'Zwrot zlecony, na wyciągu będzie widoczny jako Alipay.',
  ]) {
    it(`leaves alone: ${text}`, () => expect(rulesOf(text)).toEqual([]));
  }
  for (const text of ['call me on Skype after 6pm', 'add my WhatsApp bot +86 138 0013 8000']) {
    it(`still flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-contact'));
  }
  it('a statement line does not excuse a request to pay by Alipay', () =>
    expect(rulesOf('pay the balance by Alipay to my account, statement shows my name')).toContain(
      'offplatform-payment',
    ));
});

describe('paying where an address follows at once', () => {
  for (const text of [
    'Your payment did not go through. Please complete payment here: http://alibaba-paycenter-secure.com/ord/7781',
    'This is the Alibaba service team, verify your payment at alibaba-buyer-verify.net within 24 hours',
    'pay now: lamp-outlet.shop/checkout',
    'please pay through this link alibaba-trade-pay.top/9921',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  for (const text of [
    'please complete payment here: https://www.alibaba.com/trade/pay/991',
    'pay here https://www.aliexpress.com/item/1005.html',
    'pls pay the duty at fedex.com/billing when it arrives',
    'pls pay via the alibaba checkout, link: https://www.alibaba.com/trade/checkout?id=5',
  ]) {
    it(`leaves alone: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
});
