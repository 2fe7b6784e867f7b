import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 50 (chat A, structure): brand words inside product descriptions, the checkout's own methods seen or
 * available there, a purchase sent to the seller's dealer or distributor, a gift card needed "for processing", a
 * payment explained in the app the talk moved to, a coloured app asked about with a QR code, another shop's link
 * alone, and a trouble denied ("never had a problem with PayPal") that refuses nothing.
 */
const rulesOf = (text: string) => new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule));
const pay = (text: string) => rulesOf(text).has('offplatform-payment');
const contact = (text: string) => rulesOf(text).has('offplatform-contact');
const anyFlag = (text: string) => pay(text) || contact(text);

describe('brand words that describe the goods', () => {
  it.each([
    'Item: table QR code stand for PayPal and WeChat Pay, acrylic, 8x12cm, your logo printed free',
    'Acrylic QR code display for Alipay, 15x20 cm, double sided',
    'GPU mining frame in aluminium, fits 6 cards, popular with bitcoin miners in Central Asia',
    'Open-air rig case, steel, many buyers from BTC mining farms order it',
    'Wireless headset certified for Skype for Business and Microsoft Teams, boom mic, 1.8m cable',
    'The speakerphone is Zoom and Skype certified, USB-C, 360° pickup',
  ])('not flagged: %s', (text) => {
    expect(anyFlag(text)).toBe(false);
  });
  it.each([
    'QR code stand for WeChat Pay, 10x15cm — pay me the deposit on WeChat Pay first',
    'we sell to bitcoin miners, send the balance in bitcoin to our wallet',
  ])('still a payment: %s', (text) => {
    expect(pay(text)).toBe(true);
  });
  it('a device certified for an app still moves the talk when the buyer is asked there', () => {
    expect(contact('This headset is certified for Skype, add me on Skype: live:tom.sales88')).toBe(true);
  });
});

describe("the platform's checkout and the methods it shows", () => {
  it.each([
    'Sure, PayPal works, when you check out the Alibaba order you will see the PayPal option, pick it there.',
    'PayPal is fine, once you pay the order on the Alibaba checkout you will see it there.',
    'Please just pay on the AliExpress checkout, card, PayPal or bank transfer, which are available there.',
    'Bayar saja lewat checkout AliExpress ya kak, bisa kartu kredit, PayPal atau transfer bank yang ada di sana.',
    '请在阿里巴巴订单页面付款,支持信用卡、PayPal和电汇,全部受信保保障',
  ])('not flagged: %s', (text) => {
    expect(pay(text)).toBe(false);
  });
  it.each([
    'PayPal is fine, you will see my PayPal email later, pay it there',
    '我们支持信用卡、PayPal和西联,直接转给我',
    '请在阿里巴巴订单页面付款,支持信用卡、PayPal,尾款PayPal转给我个人',
  ])('still a payment: %s', (text) => {
    expect(pay(text)).toBe(true);
  });
});

describe('a purchase sent to the seller’s dealer or distributor', () => {
  it('buying from the distributor with cash on delivery and a number: payment and contact', () => {
    const text =
      'In your market please purchase from our authorised distributor, they take cash on delivery, call Mr Karim +971 50 442 1187';
    expect(pay(text)).toBe(true);
    expect(contact(text)).toBe(true);
  });
  it.each([
    'kindly order it through our local dealer and pay him in cash',
    'get the parts from our reseller in Nairobi, no need to order on Alibaba, phone 0722 555 019',
  ])('payment: %s', (text) => {
    expect(pay(text)).toBe(true);
  });
  it('"contact our dealer" before the digits makes them a phone', () => {
    expect(contact('contact our Karachi dealer 0321-5566778 for the stock')).toBe(true);
  });
  it.each([
    'our distributor in Riyadh also keeps this model in stock',
    'we buy the motors from our distributor at a good price',
    "you can also buy from our distributor's Alibaba store, paying by Trade Assurance",
  ])('not a payment: %s', (text) => {
    expect(pay(text)).toBe(false);
  });
});

describe('gift cards needed before something is done', () => {
  it.each([
    'The warehouse can resend the missing part but needs a 30 USD Google Play card for processing, send me the code',
    'to release your parcel our agent requires a 100 USD Steam card, please send the code',
  ])('payment: %s', (text) => {
    expect(pay(text)).toBe(true);
  });
  it.each([
    'we need 300 gift card boxes with your logo, kraft paper',
    'the client requires PVC gift cards with a magnetic strip, 2000 pcs',
  ])('not a payment: %s', (text) => {
    expect(pay(text)).toBe(false);
  });
});

describe('the payment explained in the app the talk moved to (Greek)', () => {
  it('payment and contact', () => {
    const text =
      'Καλησπέρα, γράψτε μου στο Viber +30 697 333 1020 και θα σας εξηγήσω πώς να κάνετε την κατάθεση στον λογαριασμό μας';
    expect(pay(text)).toBe(true);
    expect(contact(text)).toBe(true);
  });
  it('a move alone is contact only', () => {
    const text = 'Γράψτε μου στο Viber για περισσότερες φωτογραφίες';
    expect(contact(text)).toBe(true);
    expect(pay(text)).toBe(false);
  });
});

describe('a coloured app asked about, then a QR code', () => {
  it.each([
    'voice notes do not work well here. do you have the green app? I send you my QR code now',
    'you got the blue chat app? my QR in the next photo',
  ])('contact: %s', (text) => {
    expect(contact(text)).toBe(true);
  });
  it('a lamp paired in a coloured app stays clean', () => {
    expect(anyFlag('the bulb has the green app for pairing, 2.4G wifi only')).toBe(false);
  });
});

describe("another shop's link alone", () => {
  it('contact, not payment', () => {
    const text =
      'This size is sold out in this store, but our second shop has it, WhatsApp me +86 139 0011 2233 and I send you the link';
    expect(contact(text)).toBe(true);
    expect(pay(text)).toBe(false);
  });
  it('buying and paying there is still a payment', () => {
    expect(pay('buy it from our other shop, cheaper, pay by bank transfer')).toBe(true);
  });
});

describe('a trouble denied is no refusal', () => {
  it.each([
    'we never had any problem with PayPal, send the amount there',
    'no issues with Western Union so far, send the money to Mr Li',
    'nunca tuvimos problemas con PayPal, mande el dinero ahí',
  ])('payment: %s', (text) => {
    expect(pay(text)).toBe(true);
  });
  it.each(['we never accept PayPal', 'sorry, we do not take Western Union'])(
    'still a refusal: %s',
    (text) => {
      expect(pay(text)).toBe(false);
    },
  );
});
