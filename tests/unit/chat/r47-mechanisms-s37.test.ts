import { describe, expect, it } from 'vitest';
import { rules } from './chat-lines';

/**
 * Round s37 (probe r47, tuned part): devices with wallet support in Polish and Korean, and "вотс ап" written in two
 * words, each with its scam forms beside it. The exemptions first made for duties owed to a carrier named by its
 * generic word, data sent for customs, a number for the buyer's forwarder or a warehouse, and Thai "nothing more to
 * transfer" were withdrawn after two red-team passes hid scams in every narrowed form (stop 37): only their "still
 * flagged" cases remain here.
 */

describe('customs fees paid to the carrier, named by its generic word', () => {
  it.each([
    'Les frais de douane, payez-les-moi par Western Union, pas au transporteur.',
    'Customs fee pay to me by Western Union, the courier will not collect it.',
    'Payez les frais de douane directement sur notre compte personnel, le livreur ne les prend pas.',
  ])('still flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
});

describe('data sent for the customs clearance are not bank details', () => {
  it.each([
    'Te paso los datos para la aduana: paga el impuesto por Western Union a mi nombre.',
    'Te paso los datos que pediste para el despacho y transfiere el saldo a nuestra cuenta personal.',
    'Te paso los datos, transfiere el saldo hoy.',
  ])('still flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
});

describe('a warehouse or a freight forwarder is a third party for a phone number', () => {
  it.each([
    'Llámame al teléfono de nuestro almacén +86 20 3456 7890 y te hago mejor precio.',
    'Tel +86 574 8765 4321 is for your freight forwarder. For price add me on WhatsApp.',
  ])('still flagged: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
});

describe('Thai "nothing more to transfer" after a payment through the system', () => {
  it.each([
    'ไม่ต้องจ่ายผ่านระบบ โอนเข้าบัญชีมาเลยค่ะ',
    'ชำระผ่านระบบไม่ต้องค่ะ โอนตรงมาที่บัญชีนี้',
    'ผ่านระบบ ไม่ต้องโอนเพิ่ม แต่ค่าส่งโอนเข้าบัญชีส่วนตัวนะคะ',
  ])('still flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
});

describe('a device with wallet support (Polish "z obsługą", Korean wallets before the terminal)', () => {
  it.each([
    'Terminal płatniczy z obsługą BLIK i Google Pay, cena 40 USD, zamówienie przez Alibaba.',
    '이 모델은 삼성페이, 카카오페이 결제 단말기 호환 제품입니다. 주문은 알리바바에서 해 주세요.',
  ])('quiet: %s', (text) => expect(rules(text)).not.toContain('offplatform-payment'));

  it.each([
    'Czytnik z obsługą BLIK, proszę zapłacić resztę przez BLIK na mój numer.',
    'Czytnik kart z obsługą BLIK. Zapłać BLIK na numer 600 100 200.',
    '카카오페이, 네이버페이 결제 단말기 호환 모델입니다. 잔금은 카카오페이로 보내주세요.',
    'Pay by PayPal, the card readers ship tomorrow.',
  ])('still flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
});

describe('WhatsApp written "вотс ап"', () => {
  it.each(['Напишите мне в вотс ап, номер в профиле.', 'Лучше в ватс ап, там быстрее отвечу.'])(
    'flagged: %s',
    (text) => expect(rules(text)).toContain('offplatform-contact'),
  );
});
