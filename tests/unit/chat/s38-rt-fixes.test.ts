import { describe, expect, it } from 'vitest';
import { runScanChat } from '../../../lib/cli/scan-chat';

/**
 * Red-team fixes of stop 38's chat changes, in our own sentences: a signature no longer excuses the contact it
 * carries, a wallet's number excuses the move only when it is the wallet's own handle and nothing continues the talk,
 * a marketplace named as where to go is a purchase moved again, and the card, link and Wise readings are narrowed.
 */
const rulesOf = (text: string) =>
  [
    ...new Set(
      runScanChat(JSON.stringify([{ from: 'supplier', text }])).messages.flatMap((m) =>
        m.findings.map((f) => f.rule),
      ),
    ),
  ].sort();

describe('a contact block under a sign-off', () => {
  it.each([
    'Cheaper if we skip the site fee, my details follow.\nWarm regards,\nHelen Qiu\nTel: +86 1391 122 3344\nEmail: helenqiu.trade@163.com',
    'Better price off the site.\nRegards,\nOwen\nWeb: https://wa.me/8613911223344',
    'Escríbeme fuera de la plataforma.\nSaludos,\nPablo Ma\nTel: +34 655 443 322',
    'Ich schicke Ihnen das direkt, Kontakt unten.\nGrüße\nLena Wu\nMobil: +49 160 1234567',
  ])('still flags the contact: %s', (text) => {
    expect(rulesOf(text)).toContain('offplatform-contact');
  });
});

describe("a wallet's number", () => {
  it.each([
    'Przelew BLIK na numer 512 613 714, potem wyślij SMS z potwierdzeniem.',
    'Оплата по СБП на +7 925 000-11-22, потом общаемся там же.',
    'Переведите на карту 2202 2020 3030 4040, телефон для связи +7 903 111-22-33.',
  ])('keeps the contact flag when the talk goes on there or a second phone is given: %s', (text) => {
    expect(rulesOf(text)).toContain('offplatform-contact');
  });
  it.each([
    'Оплата через СБП на номер +7 912 000 33 44. Остальное решим по нему, здесь неудобно.',
    'Págame por Nequi al +57 300 555 6677. Luego me escribes a ese mismo.',
  ])('keeps the contact flag when the next sentence moves the talk in other words: %s', (text) => {
    expect(rulesOf(text)).toContain('offplatform-contact');
  });
});

describe('a purchase sent to another marketplace', () => {
  it.each([
    'Visit our Lazada store and put it in the basket, it costs less there.',
    'Cari toko kami di Shopee, lebih murah, kirim dari sana.',
  ])('is a payment outside the order: %s', (text) => {
    expect(rulesOf(text)).toContain('offplatform-payment');
  });
});

describe("the buyer's card asked for", () => {
  it.each([
    'Please enter your card number, expiry and CVV on the AliExpress checkout page, never in this chat.',
    'At checkout the system needs your card number and expiry date.',
    'For Korean customs please provide your ID card number and its expiry date.',
    'Send us the warranty card number and its expiry date for the repair.',
  ])('stays quiet on the platform form and on documents: %s', (text) => {
    expect(rulesOf(text)).not.toContain('offplatform-payment');
  });
  it('flags a refund that needs the card number and its code', () => {
    expect(rulesOf('Accounting needs your card number plus the CVV to return the money.')).toContain(
      'offplatform-payment',
    );
  });
  it.each([
    'Kindly send a picture so the expiry date sticker on the jar can be read.',
    'We make PVC loyalty cards: give us the card number sequence and the expiry you want printed.',
    'Our NFC reader: tell us the card number encoding and the expiry field position.',
  ])('stays quiet on a product question: %s', (text) => {
    expect(rulesOf(text)).not.toContain('offplatform-payment');
  });
});

describe('a link in a purchase sentence', () => {
  it.each([
    'Before you order the big set, check the fitting guide at this link https://www.tooling-example.com/guide.pdf',
    'Antes de comprar, vea el video en este enlace https://www.youtube.com/watch?v=xyz987',
    'Puede comprobar el envío en este enlace https://www.fedex.com/es-es/tracking.html',
    'Please order again; the carrier address rules are at this link https://www.ups.com/us/en/help',
  ])('stays quiet: %s', (text) => {
    expect(rulesOf(text)).not.toContain('offplatform-payment');
  });
  it('still flags buying through a shop link', () => {
    expect(rulesOf('Compre por este enlace https://ofertas-fabrica.shop/p/9, más barato.')).toContain(
      'offplatform-payment',
    );
  });
});

describe('"wise" as a word, not the wallet', () => {
  it.each([
    'In my wise opinion the blue one sells better.',
    'We leave it to wise judgement of the buyer.',
    'Our Wise Series lamps ship next week.',
  ])('stays quiet: %s', (text) => {
    expect(rulesOf(text)).not.toContain('offplatform-payment');
  });
  it('flags paying into the Wise account', () => {
    expect(rulesOf('Please pay the deposit into my Wise today.')).toContain('offplatform-payment');
  });
});

describe('a purchase link after the second red team', () => {
  it.each([
    'Merci pour votre commande, voici le lien du tutoriel https://drive.example.org/guide',
    'Gracias por comprar, aquí está el enlace del manual https://docs.example.org/m1',
    '购买后请看这个链接的安装视频 https://video.example.cn/v/1',
  ])('a guide after the purchase is no shop: %s', (text) => {
    expect(rulesOf(text)).not.toContain('offplatform-payment');
  });
  it.each([
    'Then buy again from this link https://dhl.secure-checkout.top/p/7, our own site.',
    'Cancel it and order from this link https://fedex.deals-outlet.net/item/3',
  ])("a carrier's name before a stranger's domain is still a shop: %s", (text) => {
    expect(rulesOf(text)).toContain('offplatform-payment');
  });
});

describe('gaps the red teams found in the new link and card asks', () => {
  it.each([
    'Place your order at this link https://shop-deals.example/p/1 and we ship today.',
    'Haga su pedido en este enlace https://tienda-oferta.example/p/1',
    'Passez votre commande via ce lien https://boutique-x.example/p',
    'Buying through this link is cheaper: https://shop-deals.example/x',
  ])('an order placed through a link off the platform: %s', (text) =>
    expect(rulesOf(text)).toContain('offplatform-payment'),
  );
  it('the ask after the card words', () =>
    expect(
      rulesOf('Finance wants your card number, expiry date and CVV, kindly send them to me here.'),
    ).toContain('offplatform-payment'));
  it.each([
    'Please place your order on Alibaba, our catalogue is at this link https://drive.example.com/cat.pdf',
    'Never share your card number and CVV; if anyone asks, do not give them.',
  ])('stays quiet: %s', (text) => expect(rulesOf(text)).not.toContain('offplatform-payment'));
});
