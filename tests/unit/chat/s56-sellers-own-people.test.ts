import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 56, mended after the red team: the new exceptions for a carrier's courier calling the buyer, for the buyer's own
 * people, and for methods listed as the checkout's own must not hide the seller's own people or shop. The seller's own
 * driver or courier, a person the seller assigned to the buyer, a person on a Chinese number, and "all at the checkout
 * of our own website" stay moves; the carrier's courier and the buyer's own electrician stay clear. Cases written for
 * this stop.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const moved = (text: string) => rules(text).includes('offplatform-contact');
const PAY = new Set(['offplatform-payment', 'bank-details-change', 'payment-details']);
const paid = (text: string) => rules(text).some((r) => PAY.has(r));

describe("the seller's own driver or courier, with a number, is the seller's line", () => {
  it.each([
    'Our delivery driver will ring you on +86 139 4455 6677, you can settle the next batch with him.',
    'El repartidor de nuestra empresa le llamará al +34 622 111 444 y cierran el pedido con él.',
    'Unser Fahrer ruft Sie unter +49 160 998 7766 an, dann klären wir die nächste Bestellung direkt am Telefon.',
    'Курьер нашей фирмы позвонит вам с +7 925 444 33 22, следующий заказ оформим с ним.',
  ])('%s', (text) => expect(moved(text)).toBe(true));
});

describe("a person the seller assigned to the buyer is the seller's person", () => {
  it.each([
    'Your assigned account engineer Jack, +86 135 7777 8888, will discuss the price with you by phone.',
    'Su ingeniero dedicado, Luis, le llamará desde el +34 633 222 111 para el próximo pedido.',
    'Your technician Mr. Liu (+86 138 1212 3434) will take the reorder by phone.',
  ])('%s', (text) => expect(moved(text)).toBe(true));
});

describe("the carrier and the buyer's own people stay clear", () => {
  it.each([
    'The UPS driver will call you at +1 415 555 0199 to arrange the delivery window.',
    'Ihr Elektriker hat die Nummer 0171 5556667 hinterlassen, rufen Sie ihn wegen des Anschlusses an.',
  ])('%s', (text) => expect(moved(text)).toBe(false));
});

describe("methods said to be at the checkout of the seller's own website are no platform checkout", () => {
  it('our own website', () =>
    expect(
      paid(
        'We take PayPal, Wise and USDT, all at the checkout of our own web shop www.brightlamps-direct.com.',
      ),
    ).toBe(true));
  it('the platform checkout stays clear', () =>
    expect(paid('We accept Visa, Apple Pay and Alipay, all at the Alibaba.com checkout.')).toBe(false));
});
