import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 56 (chatfp): false alarms on benign supplier messages. A carrier's courier who will call the buyer; a number of
 * the buyer's own electrician, colleague or broker; a wallet a device connects to, or an app whose calls earbuds answer;
 * the checkout's own methods "all at the checkout"; an app named as where fake messages come from, and "any e-mail
 * saying…"; the buyer's number asked as a phone-keyed wallet's key. And the requests that must stay flagged beside them.
 * Cases written for this stop, not taken from the sets.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const moved = (text: string) => rules(text).includes('offplatform-contact');
const PAY = new Set(['offplatform-payment', 'bank-details-change', 'payment-details']);
const paid = (text: string) => rules(text).some((r) => PAY.has(r));

describe("a carrier's courier calling the buyer is the delivery's line", () => {
  it.each([
    'Good news: the GLS courier will ring you from +49 160 4455 221 before he arrives.',
    'Il corriere BRT la chiamerà dal numero +39 347 123 4567 prima della consegna.',
    'Le livreur Chronopost vous appellera au +33 6 12 34 56 78 le matin de la livraison.',
    'El repartidor de SEUR le llamará desde el +34 612 345 678 antes de entregar.',
    'Kurier InPost zadzwoni do Pana z numeru +48 601 222 333 przed doręczeniem.',
    'Курьер СДЭК позвонит вам с номера +7 912 345 67 89 перед доставкой.',
    'Kurir J&T akan menghubungi kakak dari nomor +62 812 3456 7890 sebelum antar.',
    'Der DPD-Fahrer ruft Sie vorher von +49 171 2233 445 an.',
  ])('%s', (text) => expect(moved(text)).toBe(false));
  it.each([
    'The courier will bring it, but for anything else call me at +86 138 1234 5678.',
    'We ship by DHL. For the price, add my WhatsApp +86 138 1234 5678.',
    'Our driver is busy, my own number is +86 139 8765 4321, call me directly.',
  ])('still a move: %s', (text) => expect(moved(text)).toBe(true));
});

describe("the buyer's own person's number", () => {
  it.each([
    'Your colleague Anna from logistics (+44 7700 900123) asked for the packing list; we replied to her here.',
    'Su técnico dejó el número 612 345 678, llámelo por favor, necesita el esquema que enviamos aquí.',
    'Ваш экспедитор оставил номер +7 912 345 67 89, позвоните ему насчёт паллет.',
  ])('%s', (text) => expect(moved(text)).toBe(false));
  it.each([
    'Your sales manager is me, call +86 138 1234 5678.',
    'For your order our manager Lisa: +86 137 1111 2222, call her.',
  ])('still a move: %s', (text) => expect(moved(text)).toBe(true));
});

describe('a wallet or an app as what a device connects to or answers', () => {
  it.each([
    'The POS terminal connects to Alipay and WeChat Pay wallets, 4G and printer built in.',
    'El terminal se conecta con Mercado Pago y Bizum, batería de 2600 mAh.',
    'Der Kassenterminal verbindet sich mit Apple Pay und Alipay.',
    '收银机对接微信支付和支付宝。',
    'Терминал подключается к СБП и Alipay.',
  ])('no payment: %s', (text) => expect(paid(text)).toBe(false));
  it('earbuds answering app calls are no move', () =>
    expect(moved('These earbuds answer WhatsApp and Telegram calls with a double tap.')).toBe(false));
  it.each([
    'The POS connects fine. Please pay the balance by Alipay to my account.',
    'Our machine is connected, pay by Alipay now.',
  ])('still a payment: %s', (text) => expect(paid(text)).toBe(true));
  it('still a move', () =>
    expect(moved('The device connects to WhatsApp, add me on WhatsApp +86 138 1234 5678')).toBe(true));
});

describe("the checkout's own methods, all at the checkout", () => {
  it.each([
    'We take PayPal, Visa and Apple Pay, all at the AliExpress checkout.',
    'Sure, Mastercard, Google Pay and Alipay – all within the Alibaba order payment page.',
  ])('%s', (text) => expect(paid(text)).toBe(false));
  it.each([
    'We accept Alipay and Western Union, all at my personal account',
    'Pay by Alipay to my account, all at the Alibaba price.',
  ])('still a payment: %s', (text) => expect(paid(text)).toBe(true));
});

describe('an app named as where fakes come from, a warning', () => {
  it.each([
    'Be careful: fake messages on WhatsApp ask buyers for a customs fee in our name. We only talk here.',
    'Cuidado con mensajes falsos por WhatsApp que piden pagar una tasa.',
    'Achtung: gefälschte Nachrichten über Telegram verlangen Zollgebühren.',
    'Остерегайтесь: мошенники в Telegram просят оплатить доставку.',
    'Attenzione ai messaggi falsi su WhatsApp che chiedono soldi.',
  ])('%s', (text) => expect(moved(text)).toBe(false));
  it('"any e-mail saying our account changed" is no request', () =>
    expect(
      paid(
        'Our bank account has not changed. Any e-mail saying we have a new account is fake, pay on Alibaba only.',
      ),
    ).toBe(false));
  it.each([
    'Many fake messages here, add me on WhatsApp +86 138 1234 5678',
    'Fake messages on WhatsApp are common, so add my real WhatsApp: +86 138 1234 5678',
  ])('still a move: %s', (text) => expect(moved(text)).toBe(true));
});

describe("the buyer's number asked as a wallet's key", () => {
  it.each([
    'Send me your Zelle phone number for the refund.',
    'Vă trimit banii înapoi, dați-mi numărul de telefon de Revolut.',
  ])('no move: %s', (text) => expect(moved(text)).toBe(false));
  it.each(['Dați-mi numărul de telefon, vă sun.', 'Send me your WhatsApp number for the Revolut refund.'])(
    'still a move: %s',
    (text) => expect(moved(text)).toBe(true),
  );
  it('the refund sent by Zelle is still a payment elsewhere', () =>
    expect(paid('Send me your Zelle phone number for the refund.')).toBe(true));
});

describe("the buyer's own method named after the refund's same or original method", () => {
  it.each([
    'Your refund returns to the same payment method, PayPal or card, in 3 to 5 days.',
    'Le remboursement sera fait sur le même moyen de paiement, PayPal ou carte bancaire.',
    'Das Geld kommt auf dieselbe Zahlungsmethode zurück, also PayPal oder Kreditkarte.',
    'Возврат придёт тем же способом оплаты, PayPal или картой.',
    'O estorno volta para o mesmo método de pagamento, PayPal ou cartão.',
  ])('%s', (text) => expect(paid(text)).toBe(false));
  it.each([
    'The refund goes back to the same method, then PayPal me the fee.',
    'Refund to same card, send PayPal to tom.wu@mailbox.com',
    'Refund needs a fee: once you pay 20 usd, the refund goes back to the same method, PayPal or card.',
  ])('still a payment: %s', (text) => expect(paid(text)).toBe(true));
});

describe('scammers asking through an app, a warning', () => {
  it.each([
    'Uwaga: oszuści proszą o opłaty przez WhatsApp. Nigdy nie płać poza platformą.',
    'تحذير: المحتالون يطلبون رسوما عبر واتساب. لا تدفع أبدا خارج المنصة.',
    'Golpistas pedem taxas pelo WhatsApp, nunca pague fora do AliExpress.',
  ])('%s', (text) => expect(moved(text)).toBe(false));
  it.each([
    'Scammers are everywhere, so contact me via WhatsApp +86 138 1234 5678',
    'Fraudsters ask for fees by WhatsApp, so please write to our manager via WhatsApp: +86 138 1234 5678',
  ])('still a move: %s', (text) => expect(moved(text)).toBe(true));
});
