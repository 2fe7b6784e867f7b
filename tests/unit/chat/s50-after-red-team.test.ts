import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 50, after the red team: goods named after cash are goods; asking whether the buyer "has" the green app counts
 * only when the seller then offers an id, a QR or a number of their own; "the crypto community way" is no market.
 * Our own wording.
 */
const rules = (text: string) => scanMessage({ from: 'supplier', text }).map((f) => f.rule);

describe('cash as a product word', () => {
  it.each([
    'No need for an order yet, we are still talking about the cash register layout.',
    'No need to order the cash box sample, we send photos first.',
  ])('leaves %s clear', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
  it('still flags a dealer who takes cash instead of the order', () => {
    expect(
      rules('No need to order on Alibaba, our dealer in Accra sells them for cash, call 024 555 1234'),
    ).toContain('offplatform-payment');
  });
  it('reads the Czech "pay in cash" but not "the goods are ready"', () => {
    expect(
      rules('Nemusíte objednávat na Alibabě, u našeho prodejce zaplatíte hotově, volejte 602 111 222'),
    ).toContain('offplatform-payment');
  });
});

describe('"have you got the green app"', () => {
  it.each([
    'We have green chat app icons printed on the gift box, and a QR code for your shop on the label.',
    'Have you got the green chat app? We can print its logo on the mugs, 3000 pcs.',
  ])('leaves the goods %s clear', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('flags the question followed by the seller’s own QR', () => {
    expect(rules('do u have the green chat app? I share my QR code in the next photo')).toContain(
      'offplatform-contact',
    );
  });
});

describe('a crypto request dressed as the community', () => {
  it('flags USDT to the seller’s wallet', () => {
    expect(rules('We do it the crypto community way: USDT to my wallet please.')).toContain(
      'offplatform-payment',
    );
  });
  it('still leaves a market for miners clear', () => {
    expect(rules('This rig frame sells well to bitcoin miners in Kazakhstan, 8 GPU slots.')).toEqual([]);
  });
});

describe('the way to pay handed over in the other app', () => {
  it.each([
    'pls add me on WhatsApp +86 139 0000 1234, I give you the account details there, cheaper without platform fee',
    'Text me on Telegram and I will explain you the payment process.',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });
  it.each([
    'Please pay through the Alibaba order; I will explain the payment steps here in this chat.',
    'add me on WhatsApp, I share the product photos there',
  ])('does not read %s as a payment', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});
