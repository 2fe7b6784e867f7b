import { describe, expect, it } from 'vitest';
import { rules } from './chat-lines';

/**
 * Round s37, second fixer (probe r47, tuned part): a platform named in an earlier part of a clause no longer covers a
 * later ask to pay a personal or another account; an account-number or tracking-number label names the digits after
 * it, so they are not read as a phone. The checkout-list, other-store wallet and card-holder exemptions of that round
 * were withdrawn after two red-team passes (stop 37); their "still flagged" cases remain.
 */

describe('a personal or another account asked for after the platform is named', () => {
  it.each([
    // Thai and Chinese put a space where a European language ends the sentence.
    'ค่าสินค้าชำระผ่านระบบเรียบร้อยแล้ว ค่าขนส่งโอนเข้าบัญชีส่วนตัวได้เลยค่ะ',
    'สินค้าจ่ายผ่านแอปแล้ว ส่วนค่าแพ็คโอนเข้าบัญชีของแม่ค้านะคะ',
    'ค่าขนส่งโอนเข้าบัญชีส่วนตัวได้เลยค่ะ ค่าสินค้าชำระผ่านระบบเรียบร้อยแล้ว',
    '货款已经在平台付过了 包装费打到我个人账户就可以',
    // "and" joins the second request to the first payment.
    'La mercancía ya se pagó por la plataforma y el flete me lo transfieres a mi cuenta personal',
    'Barangnya sudah dibayar lewat aplikasi dan biaya kirim transfer ke rekening pribadi saya saja',
    'The goods were paid on Alibaba and the packing fee you send to my personal account',
    'Hàng đã thanh toán qua hệ thống, phí đóng gói chuyển vào tài khoản cá nhân của mình nhé',
  ])('flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));

  it.each([
    // The refusal still covers the account named after the platform.
    'กรุณาชำระผ่านระบบเท่านั้น ห้ามโอนเข้าบัญชีส่วนตัวของใครทั้งสิ้น',
    '请在平台下单付款 千万不要转到任何个人账户',
    'Paga siempre por la plataforma y nunca a una cuenta personal',
    'Bayar lewat aplikasi saja dan jangan transfer ke rekening pribadi siapa pun',
    // The platform itself pays the shop's account, in the request's own part.
    'ยืนยันรับสินค้าแล้ว ระบบจะโอนเงินเข้าบัญชีส่วนตัวของร้านเอง',
  ])('quiet: %s', (text) => expect(rules(text)).not.toContain('offplatform-payment'));
});

describe('an account-number label names the digits after it', () => {
  it.each([
    'Bu kez Papara hesabıma gönderir misin? Hesap no 5 5 4 4 3 3 2 2 1 1, teşekkürler.',
    'Puedes pagarme por Bizum. Número de cuenta 2 1 0 0 4 4 5 5 6 6 7 7.',
    'Bisa transfer dulu ya. Nomor rekening 7 7 1 2 3 4 5 6 9 0.',
  ])('no contact alarm: %s', (text) => {
    const found = rules(text);
    expect(found).not.toContain('offplatform-contact');
    expect(found).toContain('offplatform-payment');
  });

  it.each([
    'WhatsApp/telefon: +90 533 765 43 21, oradan konuşalım.',
    'WhatsApp hesap numarası 0533 765 4321',
    'Mi número de cuenta de WhatsApp es +34 612 345 678',
  ])('still a contact: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
});

describe('a tracking-number label names a parcel, carrier name between', () => {
  it.each([
    'Kak, no resi SiCepat nya 0044 5566 7788 ya, paket sudah jalan.',
    'Your AWB with FedEx: 0077 1234 5566, the parcel left today.',
    '您的运单号 中通 0078 5566 1234 请查收',
    'Mã vận đơn GHTK của chị là 0099 8877 6655 nhé.',
    'Kargo takip no Aras 0012 3456 7890, yarın teslim.',
  ])('quiet: %s', (text) => expect(rules(text)).not.toContain('offplatform-contact'));

  it.each([
    'No resi menyusul, untuk harga grosir chat WhatsApp 0812 3456 7890.',
    'No resi J&T, telepon 0812 3456 7890',
    'Tracking will follow; WhatsApp me on 0044 7700 900123 for a better price.',
  ])('still a contact: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
});

describe("a long list of the platform's own checkout methods after an anchored colon", () => {
  it.each([
    'Payment methods: T/T to our HK account below, or PayPal.',
    'Payment options on Alibaba: debit card, PayPal, Google Pay, Apple Pay, Pay Later, or T/T to our Hong Kong account below.',
    'Payment options on Alibaba: T/T, debit card, PayPal, Google Pay, Payoneer, Wise, online bank transfer.',
    'Payment options: T/T, debit card, PayPal, Google Pay, Apple Pay, online bank transfer, Pay Later.',
  ])('still flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
});

describe('a wallet kept for another sales channel, this buyer kept on the order', () => {
  it.each([
    'Our Payoneer is for Amazon but for you it is ok, pay Payoneer.',
    'We have Payoneer, only for our Amazon store income, but for you it is fine, pay by Payoneer and keep the Alibaba order for shipping.',
    'Our Payoneer account is only for our Amazon sales, so send the deposit to it and pay the balance in the Alibaba order.',
    'Please pay by Western Union, our Payoneer is only for our Amazon store income. Keep paying in the Alibaba order for the goods.',
    'Our Wise is only for our Shopify store income; please pay in the Alibaba order, or Wise directly if you prefer.',
  ])('still flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
});

describe("a wallet's card held by the product", () => {
  it.each([
    'PayPayのカードを収納できますが、お支払いはPayPayで私に送金してください。',
    'PayPayで直接送金してください。カードは背面に収納できます。',
  ])('still flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
});
