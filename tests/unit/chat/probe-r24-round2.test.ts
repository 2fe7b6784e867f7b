import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Probe r24, second round: the seller's own site for inquiries, the buyer's mailbox asked for with the verb last,
 * a broken-English impostor warning, a card top-up in Ukrainian and Russian, "pay through this link" with the verb
 * first, gift cards in other languages, an account in Hong Kong named after whose it is, an Instagram handle after
 * "our", a phone with masked digits and Thai "Line ID". Every sentence here is our own wording.
 */
const findings = (text: string) => scanMessage({ from: 'supplier', text });
const rulesOf = (text: string) => findings(text).map((f) => f.rule);
const quoteOf = (text: string, rule: string) => findings(text).find((f) => f.rule === rule)?.quote;

describe("the talk sent to the seller's own website", () => {
  it("flags an inquiry to be left on the seller's site, quoting that sentence", () => {
    const text =
      'All our sizes are on www.bright-valves.net, just leave an enquiry there and our export manager gets back to you.';
    expect(quoteOf(text, 'offplatform-contact')).toContain('leave an enquiry there');
  });
  it('flags it in Spanish', () => {
    expect(rulesOf('Envíe su consulta en nuestra web www.valvulas-sol.com y le contestamos hoy.')).toContain(
      'offplatform-contact',
    );
  });
  it("leaves the seller's shop on the platform alone", () => {
    expect(rulesOf('More styles in our store brightvalve.en.alibaba.com, send inquiry there.')).not.toContain(
      'offplatform-contact',
    );
  });
});

describe("the buyer's own mailbox or number asked for, the verb last", () => {
  for (const text of [
    'Guten Tag, würden Sie mir bitte Ihre E-Mail-Adresse schicken? Dann geht die Preisliste raus.',
    'Könnten Sie uns Ihre Handynummer geben? Wir rufen kurz an.',
    'Kunt u mij uw e-mailadres sturen? Dan krijgt u de brochure.',
    'E-posta adresinizi yazar mısınız, fiyat listesini ileteyim.',
    'Пришлите, пожалуйста, ваш адрес электронной почты, вышлю прайс.',
    'Надішліть, будь ласка, ваш номер телефону, я передзвоню.',
    'Mi può mandare il suo indirizzo email? Le giro il listino.',
  ])
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-contact'));

  it('a phone asked for the courier, or an order number, stays clear', () => {
    for (const text of [
      'Bitte geben Sie Ihre Telefonnummer für den Kurier an, damit die Lieferung klappt.',
      'Пришлите ваш номер заказа, я проверю.',
    ])
      expect(rulesOf(text)).not.toContain('offplatform-contact');
  });
});

describe('an impostor warning in broken English', () => {
  it('is not read as the seller asking', () => {
    const text =
      'Attention: someone copy our shop name on WhatsApp and ask buyer pay to private account. We only take payment in Alibaba order. Tell us here if anyone message you.';
    expect(rulesOf(text)).not.toContain('offplatform-payment');
    expect(rulesOf(text)).not.toContain('offplatform-contact');
  });
});

describe('a top-up sent to a bank card, in Ukrainian and Russian', () => {
  for (const text of [
    'Доплатіть, будь ласка, 200 грн на картку моно, тоді відправимо.',
    'Доплатите, пожалуйста, 300 рублей на карту Сбербанка 4276 **** **** 1188, и мы отправим.',
  ])
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));

  it('a surcharge inside the platform order stays clear', () =>
    expect(rulesOf('Доплата за доставку входит в заказ на AliExpress.')).not.toContain(
      'offplatform-payment',
    ));
});

describe('"pay through this link", the verb first, on a page off the platform', () => {
  for (const text of [
    'تعذر الدفع في النظام، يرجى الدفع من خلال هذا الرابط: secure-pay-store.net/p=4',
    'Our gateway failed, please pay through this link and we ship today: pay-shop-secure.com/o=12',
    'Ödeme sisteminde sorun var, bu linkten ödeyin: odeme-guvenli.top/x',
    'Hubo un error en la pasarela, pague por este enlace: pago-tienda.top/8',
  ])
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));

  it("the platform's own page stays clear", () =>
    expect(
      rulesOf('You can pay through this link on Alibaba: https://www.alibaba.com/trade/pay?id=3'),
    ).not.toContain('offplatform-payment'));
});

describe('gift cards in other languages', () => {
  for (const text of [
    'Hediye kartı ile öderseniz size %15 indirim yapabiliriz.',
    'Puede pagar con tarjetas de regalo de Amazon y le hacemos descuento.',
    'Оплатите подарочными картами, скидка 10%.',
    'Envíe el código de la tarjeta Steam aquí y despachamos.',
  ])
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));

  it('a gift card put in the parcel is a present', () => {
    for (const text of [
      'We put a small gift card in every parcel as a thank-you.',
      'Geschenkkarte gratis bei jeder Bestellung, Zahlung über Alibaba.',
    ])
      expect(rulesOf(text)).not.toContain('offplatform-payment');
  });
});

describe('an account abroad named after whose it is', () => {
  for (const text of [
    'Chuyển khoản vào tài khoản công ty chúng tôi tại Hồng Kông nhé.',
    'Fees on the platform are high; pay by T/T to the account of our company in Hong Kong for 5% off.',
  ])
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
});

describe('contact: an Instagram handle after "our", masked phones, Thai Line ID', () => {
  it('flags "IG kami @handle" with a DM later in the sentence', () => {
    expect(rulesOf('Follow IG kami @toko.murah ya, promo banyak, tanya-tanya DM aja')).toContain(
      'offplatform-contact',
    );
    expect(rulesOf('Check our Instagram for new photos, lots of styles, DM me there')).toContain(
      'offplatform-contact',
    );
  });
  it('an Instagram page mentioned, with no handle and no DM, stays clear', () =>
    expect(rulesOf('We have an Instagram page with our factory videos.')).not.toContain(
      'offplatform-contact',
    ));

  it('flags a phone with hidden middle digits and lists it with its mask', () => {
    const hit = findings('Für OEM-Verpackung rufen Sie mich am besten an: +49 151 **** 7788').find(
      (f) => f.rule === 'offplatform-contact',
    );
    expect(hit?.details?.phones).toEqual(['+49151****7788']);
    expect(rulesOf('Gọi hoặc nhắn WhatsApp 137 ●●●● 0926 nhé')).toContain('offplatform-contact');
  });
  it('sizes, masked order numbers and masked card numbers are not phones', () => {
    for (const text of [
      'Carton 60 x 40 x 35 cm, 20 kg',
      'Order 2024 **** 5531 shipped',
      'Your card ending 5168 **** **** 2290 was refunded',
      'Chuyển vào tài khoản Vietcombank 0071 000 *** 582 giúp mình nhé.',
    ])
      expect(rulesOf(text)).not.toContain('offplatform-contact');
  });

  it('flags Thai "Line ID" with an id', () =>
    expect(rulesOf('สนใจสอบถามติดต่อไลน์ไอดี mango77 ได้เลยค่ะ')).toContain('offplatform-contact'));
});
