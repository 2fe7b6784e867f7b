import { describe, expect, it } from 'vitest';
import { quoteOf, rules } from './chat-lines';

/**
 * Round 43 (issue 13): apps and wallets named as a product's model or use in an offer are no move; the platform
 * order pushed aside with no service named (a sham order, a price for not ordering there, another company or
 * marketplace, a bank promised in a list) and "mail me" are. Sentences written here, with other products and figures.
 */

describe('an app or wallet named as a model or a use of goods on offer is not a move', () => {
  it.each([
    'Viber V5 mini soundbar, 20W, Bluetooth 5.0, black or white, MOQ 300 pcs',
    'Zalo-Z8 neckband earphones, 30h battery, IPX5, min. order 500 units',
    // th: earphones model LINE-K7, battery 800mAh, can call through LINE or Messenger, minimum 50 pieces.
    'หูฟังรุ่น LINE-K7 แบตเตอรี่ 800mAh ใช้โทรผ่าน LINE หรือ Messenger ได้ ขั้นต่ำ 50 ชิ้น',
    // vi: a card-slot phone case, handy when scanning the code to pay by ShopeePay or MoMo; order at least 200.
    'Ốp lưng da này có ngăn đựng thẻ, tiện khi quét mã thanh toán ShopeePay, MoMo. Đặt tối thiểu 200 cái',
    // es: a wallet case compatible with NFC payments (Apple Pay, Bizum), silicone, minimum order 250 units.
    'Funda cartera compatible con pagos NFC (Apple Pay, Bizum). Silicona, pedido mínimo 250 unidades',
  ])('no finding: %s', (text) => expect(rules(text)).toEqual([]));

  it('keeps an ask in a later sentence of the offer', () => {
    const text = 'Viber V5 mini soundbar, 20W, MOQ 300 pcs. Add me on Viber +84 912 345 678 for the price';
    expect(rules(text)).toContain('offplatform-contact');
    expect(quoteOf(text, 'offplatform-contact')).toContain('Add me on Viber');
  });
  it('keeps a wallet the seller is paid by after the offer', () => {
    const text =
      'Ốp lưng này tiện khi quét mã thanh toán MoMo. Đặt tối thiểu 200 cái. Anh chuyển khoản qua MoMo cho em 0987 654 321 nhé';
    expect(rules(text)).toContain('offplatform-payment');
    expect(quoteOf(text, 'offplatform-payment')).toContain('chuyển khoản qua MoMo');
  });
  it('keeps an ask inside the offer sentence itself', () =>
    expect(rules('Zalo-Z8 earphones, MOQ 500 pcs, contact me on Zalo for a sample')).toContain(
      'offplatform-contact',
    ));
  it('an app followed by opening hours and a number is still a contact', () =>
    expect(rules('Neckband earphones 30h battery, MOQ 500 pcs. Viber 24h: 84912345678')).toContain(
      'offplatform-contact',
    ));
});

describe('the platform order pushed aside with no service named', () => {
  it('paying directly while the platform order is closed', () => {
    const text = 'Kindly transfer directly and delete the Alibaba order, we return the Alibaba fee to you';
    expect(rules(text)).toContain('offplatform-payment');
  });
  it('the platform order called a formality, the money sent elsewhere', () => {
    const text =
      'The TA order is just for showing the record on our store. Please send the actual payment by T/T to our factory.';
    expect(rules(text)).toContain('offplatform-payment');
    expect(quoteOf(text, 'offplatform-payment')).toContain('just for showing the record');
  });
  it('a special price for not ordering through the platform (German)', () => {
    const text = 'Bei 2000 Stück geben wir Ihnen Rabatt, wenn Sie nicht über die Plattform bestellen.';
    expect(rules(text)).toContain('offplatform-payment');
  });
  it('a cheaper price for not ordering through the platform (English)', () =>
    expect(
      rules("You get a better price if you don't buy through Alibaba, we sort it out between us"),
    ).toContain('offplatform-payment'));
  it('paying a second company of the seller, or on another marketplace', () => {
    expect(
      rules(
        'The store is under upgrade this week, you can transfer to our other company, I share the details',
      ),
    ).toContain('offplatform-payment');
    expect(
      rules('Our shop cannot make the invoice now, please pay in our Taobao store, link follows'),
    ).toContain('offplatform-payment');
  });
  it("the seller's bank promised at the end of a list, after an app", () => {
    const text = 'Telegram: +84 90 111 2233, there we give you the discount and our bank';
    expect(rules(text)).toContain('offplatform-payment');
    expect(rules(text)).toContain('offplatform-contact');
  });

  it.each([
    'Please close the wrong order, I will make a new Alibaba order with the correct freight',
    'The refund will go through Alibaba within 5 working days',
    'The order is shown on your record in My Alibaba',
    'The 1688 price is for domestic buyers only, the export price is different',
    'This sample order is only for checking colours; the bulk order will also be placed on Alibaba',
    'We will give you the price list and our catalogue tomorrow',
  ])('no payment finding: %s', (text) => expect(rules(text)).not.toContain('offplatform-payment'));
});

describe('"mail" as the verb of writing to the seller', () => {
  it.each([
    'Wilt u ons mailen via het adres op onze website?',
    'Mail us at the address shown in the company info, thanks',
    'Mailen Sie uns bitte, dann besprechen wir die Details',
    'Escríbame un correo y le mando el catálogo',
  ])('contact: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
  it.each([
    'Could you mail us the broken parts by post so we can check them?',
    'We will mail you the printed catalogue next week',
  ])('no contact: %s', (text) => expect(rules(text)).not.toContain('offplatform-contact'));
});
