import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 46 (r77, samples, moulds, OEM): an escrow site the seller brings, a fee paid "outside" the platform with a
 * reason, a stalled order as the reason to pay an account from a mailed document, paying on the seller's own shop,
 * and a deal made "without" the platform in Hebrew — each a payment elsewhere; a negative object ("pay nothing
 * outside") and talk alone moved to e-mail are not.
 */
const paymentFlagged = (text: string) =>
  scanMessage({ from: 'supplier', text }).some((f) => f.rule === 'offplatform-payment');

describe('an escrow or secure-payment site the seller proposes', () => {
  it.each([
    'We use the escrow service of our partner www.safe-deal-pay.com, they keep the money until you get the goods.',
    'Para su seguridad usamos un servicio de depósito en garantía: www.pago-seguro-trade.com, usted paga allí la muestra.',
    'Pour la sécurité des deux, payez via notre service de séquestre www.secure-escrow-fr.net.',
    'Zur Sicherheit nutzen wir einen Treuhandservice unseres Partners: www.sicher-zahlen-trade.de.',
    'Gunakan sistem pembayaran aman kami: www.bayar-aman-escrow.id untuk biaya cetakan.',
    'Numune bedeli için güvenli ödeme sitemizi kullanın: www.emin-odeme-tr.net, daha hızlı.',
    'Per sicurezza il pagamento dello stampo va sul nostro conto di garanzia presso www.garanzia-trade.it.',
  ])('flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(true);
  });
  it.each([
    'Alibaba itself has an escrow service: Trade Assurance holds the money until you confirm receipt.',
    'Trade Assurance works like escrow: you pay on Alibaba and we receive the money after delivery.',
  ])('not flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(false);
  });
});

describe('a fee paid outside the platform, or an account from a mailed document while the order is stalled', () => {
  it.each([
    'Untuk biaya sampel harus transfer dulu di luar Alibaba karena Trade Assurance tidak menanggung sampel.',
    'Biaya cetakan dibayar di luar Alibaba ya kak, soalnya Trade Assurance tidak cover cetakan.',
    'Mould almost finished, please send balance now. The Alibaba order is still waiting for approval, so kindly wire to the bank account on the invoice I e-mailed you.',
    'La orden de Alibaba está pendiente de aprobación, por favor transfiera a la cuenta de la factura que le envié por correo.',
    'Die Alibaba-Bestellung ist noch nicht freigegeben, bitte überweisen Sie auf das Konto aus der Rechnung, die ich Ihnen gemailt habe.',
    'Our Alibaba sample link has problem today, so kindly transfer the 40 usd to this account.',
  ])('flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(true);
  });
  it.each([
    'Kami tidak menerima pembayaran di luar Alibaba.',
    'The order is pending approval; once approved, please pay the balance to the account on the PI in the Alibaba order.',
    'Your order is waiting for approval by Alibaba, please pay through the Trade Assurance order after it is confirmed.',
  ])('not flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(false);
  });
});

describe("paying on the seller's own shop", () => {
  it.each([
    'Wenn Sie die Ware über unseren Onlineshop kaufen, sparen Sie 10 Prozent.',
    'Si paga la muestra en nuestra tienda online le hacemos un 10% de descuento.',
    'Se pagar a amostra no nosso site, tem 12% de desconto.',
    "Si vous payez l'échantillon sur notre site, vous avez une remise de 10%.",
    'Se paghi il campione sul nostro sito hai uno sconto del 10%.',
  ])('flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(true);
  });
  it.each([
    'You can see the full catalogue on our website, and pay the order on Alibaba as usual.',
    'Our website shows the certificates; payment only through Trade Assurance.',
  ])('not flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(false);
  });
});

describe('Hebrew: a deal "without" or "outside" the platform', () => {
  it.each([
    'אני נציג המפעל, אשלח לך את הסחורה ישירות ללא עליבאבא, תכתוב לי בטלגרם.',
    'אפשר לסגור את ההזמנה מחוץ לעליבאבא ואז המחיר זול יותר.',
  ])('flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(true);
  });
  it.each(['אל תשלמו שום דבר מחוץ לעליבאבא, רק דרך ההזמנה.', 'אנחנו לא עובדים מחוץ לעליבאבא.'])(
    'not flagged: %s',
    (text) => {
      expect(paymentFlagged(text)).toBe(false);
    },
  );
});

describe('a negative object refuses the payment; talk alone moved to e-mail is no payment', () => {
  it.each([
    'Überweisen Sie bitte nichts außerhalb der Plattform, nur über die Bestellung.',
    'Please pay nothing outside Alibaba, we only accept the Trade Assurance order.',
    'To protect your drawings, let us keep the technical talk on email, not on Alibaba. eng@abc-tooling.cn',
  ])('not flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(false);
  });
  it.each([
    'Bitte zahlen Sie außerhalb von Alibaba, dann sparen Sie die Gebühr.',
    'Sie zahlen nichts an Gebühren, wenn Sie außerhalb von Alibaba direkt überweisen.',
    'Please pay the balance outside Alibaba to save the fee.',
    "Let's do the payment by email invoice only, not on Alibaba, to protect your design.",
    'We chat by email and I arrange the samples without going through Alibaba.',
  ])('flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(true);
  });
});
