import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Round 34b: a platform that stops anchoring a method (complained about, or paid only in part with "the rest" sent
 * another way), bank details promised with Turkish "atmak" and a transfer verb, Malaysian "bank in", WeChat as "V转",
 * Korean 무통장입금, gift cards from two stores; contact asked or pointed to in other words: "whatsapp no." (the
 * abbreviation is no refusal), a one-word "tg?", the contact form of the seller's own site, Tagalog "add nyo po ako
 * sa FB". Each has benign counterparts: the platform's own checkout, a buyer's question, a refusal, a refund.
 */
const scan = (text: string) => scanMessage({ from: 'supplier', text });
const rulesOf = (text: string) => scan(text).map((f) => f.rule);
const quoteOf = (text: string, rule: string) => scan(text).find((f) => f.rule === rule)?.quote;

describe('the platform complained about is no place to pay', () => {
  for (const text of [
    'El sistema retiene el pago tres semanas, mejor envíelo por Western Union a nombre de mi primo Chen.',
    'The platform holds the money for 20 days, so please send it with Western Union to our cashier.',
    'แอปมีปัญหาจ่ายไม่ได้ค่ะ โอนพร้อมเพย์มาที่เบอร์นี้แทนนะคะ 081-222-3344',
    'A plataforma retém o dinheiro por 15 dias, pode mandar pelo Western Union em nome da minha sócia?',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  for (const text of [
    // The escrow explained: held until the buyer confirms, which is the platform's own service.
    'Alibaba holds the money until you confirm receipt, so PayPal at the Alibaba checkout is safe.',
    // The complaint, then the platform named again as where to pay.
    'The app has a problem today, please try again later and pay with PayPal on the Alibaba checkout.',
    // A refusal after the complaint.
    'La plataforma retiene el dinero unos días, pero no aceptamos Western Union, solo el pago del pedido.',
    // A refund back through the platform.
    'ระบบมีปัญหาค่ะ เงินคืนจะเข้าบัญชีของลูกค้าผ่านระบบภายใน 7 วัน',
  ]) {
    it(`does not flag: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
});

describe('part on the platform, the rest another way', () => {
  for (const text of [
    'Please pay 30% on Alibaba and the remaining 70% by Wise to our company account.',
    'Bitte zahlen Sie die Anzahlung über Alibaba, den Restbetrag per Wise auf unser Firmenkonto.',
    'Pague el 50% en Alibaba y el resto por Western Union a nombre de nuestro gerente.',
    '定金在阿里巴巴下单，尾款用支付宝转给我就行',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  it('quotes the sentence with the remainder', () =>
    expect(
      quoteOf(
        'Thanks! Pay 30% on Alibaba and the remaining 70% by Wise to our company account.',
        'offplatform-payment',
      ),
    ).toBe('Pay 30% on Alibaba and the remaining 70% by Wise to our company account.'));
  for (const text of [
    'Pay the deposit on Alibaba and the rest also on the Alibaba order page by card or PayPal.',
    'The remaining 70% is paid later in the same Alibaba order.',
    'Can I pay the rest by PayPal on the Alibaba checkout?',
    'The remaining balance will be refunded to your Alibaba account.',
  ]) {
    it(`does not flag: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
});

describe('bank details promised, transfer shorthands', () => {
  for (const text of [
    'Fiyatta anlaşırsak IBAN atayım, siz de EFT yaparsınız.',
    'Hocam IBAN atacağım, havaleyi oraya yaparsınız.',
    'Kalau setuju, boleh bank in ke akaun saya terus.',
    '样品费V转我就可以',
    '货款vx转账也行',
    '선입금은 무통장입금으로 부탁드려요',
    'You can pay us with Apple and Razer gift cards, just type the codes here.',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  for (const text of [
    'Fotoğrafları buraya atarım, ödemeyi Alibaba siparişinden yaparsınız.',
    'Our bank in China is Bank of China, the order is paid on Alibaba.',
    '这款是V转接头，两个接口',
    '무통장입금은 안 됩니다. 주문서에서 결제해 주세요.',
    '결제 화면에서 무통장입금을 선택하시면 가상계좌가 나옵니다.',
    'The gift box and the card are in the parcel.',
  ]) {
    it(`does not flag: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
});

describe('contact asked for or pointed to in other words', () => {
  for (const text of [
    'The price list is a big file, pls share your wechat no. and I send it',
    'tg?',
    'ok\nwa?',
    'See www.homelamps-factory.com and leave a message in the contact us form, our sales will reply.',
    'Visite www.ceramicasur.es y deje su mensaje en el formulario de contacto.',
    'Sir pm nyo po ako sa IG para sa price list',
    'i-add mo na lang ako sa Facebook, dun tayo mag-usap',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-contact'));
  }
  it('quotes the bare question', () => expect(quoteOf('tg?', 'offplatform-contact')).toBe('tg?'));
  for (const text of [
    'Your order no. 5521 ships tomorrow.',
    'Is it the TG-200 model?',
    'is the tg version ok?',
    'Leave a message in the contact form on alibaba.com and we reply there.',
    'Please leave your message in the contact box here in the chat.',
    'nasa FB page po namin yung mga pictures, pero dito po tayo mag-order',
  ]) {
    it(`does not flag: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-contact'));
  }
  it('still reads a plain "no" as a refusal', () =>
    expect(rulesOf('WhatsApp? no, we keep the talk here in the Alibaba chat.')).not.toContain(
      'offplatform-contact',
    ));
});
