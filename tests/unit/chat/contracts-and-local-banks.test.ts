import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 33: payments asked for in shapes the guard missed — a contract signed away from the platform with the money
 * to the account it names; Thai transfers into the shop's own bank account (Kasikorn, SCB, Krungthai…) with "no need
 * to order through the app"; Malaysian and Singaporean English "bank in"; and, not flagged, a remainder said to be
 * paid the same way as the deposit on the platform, or a bare list of the checkout's methods after it. Each has the
 * red-team counterpart a seller could hide behind it.
 */
const scan = (text: string) => scanMessage({ from: 'supplier', text });
const rulesOf = (text: string) => scan(text).map((f) => f.rule);
const quoteOf = (text: string, rule: string) => scan(text).find((f) => f.rule === rule)?.quote;

describe('a contract signed outside the platform, paid by the account it names', () => {
  for (const text of [
    'Since it is a private label job we sign the agreement offline, then you wire the 30% to the account written in it.',
    'For the OEM order the contract must be signed outside, our legal team mails it, the deposit goes to the bank account inside.',
    'Firmamos el contrato por fuera y el anticipo va a la cuenta del contrato.',
    'Assinamos o contrato por fora e o sinal vai para a conta que está no contrato.',
    'Le contrat se signe hors plateforme, l’acompte est à verser sur le compte indiqué dans le contrat.',
    'Den Vertrag machen wir außerhalb von Alibaba, die Anzahlung auf das Konto im Vertrag.',
    '合同我们线下签，定金打到合同上的账户',
    'Договор подпишем напрямую, предоплата на счёт из договора.',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  for (const text of [
    // Signed on the platform, or the payment kept in the order.
    'We will sign the sales contract on Alibaba and you pay the deposit in the Trade Assurance order.',
    'The brand licence agreement is signed offline with our lawyer, the payment stays in the Trade Assurance order.',
    // A contract and its account, with nothing said about signing it elsewhere.
    'Please sign the contract and pay the deposit through the Alibaba order as written in it.',
    // No money at all.
    'We can sign the NDA by email before you send the drawings.',
  ]) {
    it(`does not flag: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
});

describe('Thai: transfer into the shop’s bank account, no need to order in the app', () => {
  for (const text of [
    'ถ้าโอนตรงเข้าบัญชีไทยพาณิชย์ของร้าน ลดให้ 5% นะครับ ไม่ต้องกดสั่งซื้อในแอป',
    'ชำระเข้าบัญชีกรุงไทยของร้านโดยตรงนะคะ ไม่ต้องกดสั่งซื้อในแอป',
    'โอนเข้าบัญชีกสิกรของร้านได้เลยค่ะ ไม่ต้องกดสั่งผ่านแอป',
    'ลูกค้าโอนเข้าบัญชีกรุงเทพของทางร้านโดยตรงได้เลยครับ ถูกกว่าสั่งผ่านแอป',
    'ถ้าโอนผ่าน KBank เข้าบัญชีร้านโดยตรง ลดให้ 50 บาท',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  for (const text of [
    // A refusal: the shop takes no direct transfer.
    'กรุณาชำระเงินผ่านแอปเท่านั้น ร้านไม่รับโอนเข้าบัญชีกสิกรโดยตรงค่ะ',
    // The app's own checkout offers the banks.
    'ลูกค้าเลือกชำระด้วย KBank หรือ SCB ได้ที่หน้าชำระเงินในแอปค่ะ',
    // A refund into the buyer's own account ("อื่น", other, no longer read inside "โอน", transfer).
    'เงินคืนจะโอนเข้าบัญชีกสิกรของลูกค้าโดยตรงค่ะ',
    // The platform pays the shop after the buyer confirms.
    'ระบบจะโอนเงินเข้าบัญชีร้านหลังจากลูกค้ากดยืนยันรับสินค้า',
    // Bangkok the city, not Bangkok Bank.
    'ส่งของถึงกรุงเทพภายใน 3 วัน ชำระผ่านแอปได้เลยค่ะ',
    'ไม่ต้องกดสั่งซื้อใหม่นะคะ ร้านคืนเงินผ่านแอปให้แล้วค่ะ',
  ]) {
    it(`does not flag: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
});

describe('"bank in": Malaysian and Singaporean English for paying into an account', () => {
  for (const text of [
    'Can bank in to my account, then I ship tomorrow.',
    'pls bank-in to our acc, thanks',
    'Kindly bank in RM 2,400 to our company account by Friday.',
    'You bank in the money to my Maybank account ok?',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  it('quotes the ask', () =>
    expect(quoteOf('Hi boss. Can bank in to my account, then I ship tomorrow.', 'offplatform-payment')).toBe(
      'Can bank in to my account, then I ship tomorrow.',
    ));
  for (const text of [
    'Our bank in Shenzhen is HSBC, but the order is paid on Alibaba.',
    'Please pay on the Alibaba order, no need to bank in to our account.',
    'You can bank in to the Citibank account shown on your Alibaba order page.',
  ]) {
    it(`does not flag: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
});

describe('the rest paid where the deposit was', () => {
  for (const text of [
    'Pay the deposit on Alibaba and the rest also there, card or PayPal',
    'Pay the deposit on Alibaba and the rest the same way, Visa or PayPal',
    'Pague el depósito en Alibaba y el resto también, tarjeta o PayPal',
    'Pay the 30% on the Alibaba order page and the balance also on that page. Card or PayPal.',
  ]) {
    it(`does not flag: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
  for (const text of [
    // "Also" with another payee, or a method no checkout offers.
    'Pay the deposit on Alibaba and the rest also to me, card or PayPal',
    'Pay the deposit on Alibaba and the rest also directly, card or PayPal',
    'Pay the deposit on Alibaba and the rest also by Western Union or PayPal',
    // A bare list after the anchor, but of methods no checkout has, or with a payee of its own.
    'Pay the deposit on Alibaba. Western Union or PayPal.',
    'Pay the deposit on Alibaba. PayPal or card to my account.',
    'Pay the deposit on Alibaba. The rest: PayPal or card.',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
});
