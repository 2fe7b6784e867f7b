import { describe, expect, it } from 'vitest';
import { rules } from './chat-lines';

/**
 * Red team, stop 37: scams written into the exemptions that round added (duties paid to the carrier by its generic
 * word, a wallet kept for another store, the checkout's own list of methods, customs data in Spanish, a number for the
 * warehouse or the forwarder, a tracking label, a card a product holds). After a second pass hid scams in the narrowed
 * forms too, those exemptions were withdrawn, except the tracking and account labels; every form here stays flagged.
 */

describe('the carrier by its generic word excuses only its own sentence about duties', () => {
  it.each([
    // Another sentence asks for the rest of the money directly.
    'Impuestos: se pagan directamente al repartidor. El resto transfiéralo directamente, le paso los datos.',
    // The "carrier" is the seller's own.
    'Pagad directamente al transportista nuestro, que os pasa el número de cuenta.',
    'Den Rest zahlen Sie direkt an den Zusteller, er fährt für uns selbst.',
  ])('flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
});

describe('a wallet "only for our Amazon store" that is then asked for', () => {
  it.each([
    'Please wire the deposit to our Payoneer, which we keep only for our Amazon store income, and the rest goes through the Alibaba order.',
    'Wise for the sample fee please, it is only for our eBay shop payouts, the balance you pay in the Alibaba order.',
    '定金请转到我们的Payoneer，这个只用于亚马逊店铺收款，余款在阿里订单付款',
    'Payoneer is only for our Amazon store income, keep paying in the Alibaba order... actually Payoneer is ok too.',
  ])('flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
});

describe("a list of methods is the checkout's only after its own heading", () => {
  it.each([
    'Apart from Alibaba we take: T/T, PayPal, debit card, bank transfer.',
    'Alibaba charges too much, so payment: T/T or PayPal or wire transfer, pay now.',
    'On Alibaba there is a 3% fee: pay by PayPal or bank transfer now.',
    'Alibaba is too slow for us — options: PayPal, T/T, wire transfer, pay now.',
  ])('flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
});

describe('Spanish customs data a payment is later sent to', () => {
  it.each([
    'Le paso nuestros datos para el despacho de aduana; el flete transfiéralo a esos mismos datos, fuera de Alibaba.',
    'Te paso los datos que pediste para la aduana y el resto lo pagas a esos mismos datos por transferencia.',
  ])('flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
});

describe('a warehouse or forwarder number the seller also wants to be called on', () => {
  it.each([
    "On est à l'entrepôt, appelez-moi au 06 98 76 54 32 pour négocier le prix.",
    'Ich bin im Lagerhaus, ruf mich an unter 13812345678, dann reden wir über den Preis.',
    'Ring me on 13912345678, this is for your forwarder and for you too, better price there.',
    'Add 13912345678 please, it is for your forwarder as well, we talk price on it.',
  ])('flagged: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
});

describe('a tracking label that asks to check with the seller', () => {
  it('flagged', () =>
    expect(rules('tracking no. please check with me on 13912345678 off the platform')).toContain(
      'offplatform-contact',
    ));
});

describe('a wallet card "can be stored" with no product to hold it', () => {
  it.each([
    'Pay with PayPal or Alipay card can be stored later on your phone, quicker than Alibaba.',
    'Use PayPal or WeChat card can be kept later, quicker than Alibaba.',
  ])('flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));

  it('quiet: the case has a slot for it', () =>
    expect(
      rules(
        'This phone case has a back slot, your Octopus or PayPay card can be stored there. Order on Alibaba.',
      ),
    ).not.toContain('offplatform-payment'));
});

describe('Thai "nothing more to pay in the app" followed by the shop’s own account', () => {
  it.each([
    'ไม่ต้องจ่ายเพิ่มในแอปแล้วค่ะ ค่าแพ็คโอนเข้าบัญชีร้านได้เลยนะคะ',
    'ไม่ต้องโอนเพิ่มผ่านระบบ ค่าส่งโอนพร้อมเพย์ของร้านได้เลยค่ะ',
  ])('flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));

  it('quiet: paid, nothing more to transfer', () =>
    expect(rules('ชำระผ่านระบบครบแล้วค่ะ ไม่ต้องโอนเพิ่มนะคะ ขอบคุณค่ะ')).not.toContain('offplatform-payment'));
});
