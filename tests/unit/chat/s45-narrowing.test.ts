import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 45, narrowing after the red team: "directly" alone is no channel; a Thai charge kept out of the order is a
 * payment only when the buyer pays the seller's side; a number asked for the carrier's label; a report mailed and
 * posted here too; a dispute closed once the goods came.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const CONTACT = 'offplatform-contact';

describe('a price valid "directly": only with the seller as the other party', () => {
  it.each([
    'This offer holds only if you book directly with our export manager.',
    'The discount applies if you confirm with our boss directly, not in the app.',
    'el descuento vale si confirma directamente con nosotros',
  ])('%s → payment', (text) => expect(rules(text)).toContain(PAY));

  it.each([
    'This offer holds if you book directly with me in this chat before Friday.',
    'The discount applies if you order directly from our plant, there is no middleman.',
    'The quote is good if you place the order directly, without a purchasing agent in between.',
    "L'offre est valable si vous confirmez directement cette semaine.",
    'La oferta es válida si ordena directamente esta semana, luego sube el acero.',
  ])('%s → no payment', (text) => expect(rules(text)).not.toContain(PAY));
});

describe('Thai: a charge kept out of the order', () => {
  it.each(['ค่าแพ็คโอนเข้าบัญชีของเราโดยตรง ไม่ต้องเพิ่มในออเดอร์', 'ไม่ต้องรวมในออเดอร์ ค่าภาษีจ่ายให้ตัวแทนของเราได้เลย'])(
    '%s → payment',
    (text) => expect(rules(text)).toContain(PAY),
  );

  it.each([
    'ไม่ต้องรวมในออเดอร์ค่ะ ค่าแพ็คทางร้านออกให้เอง',
    'ไม่ต้องเพิ่มในคำสั่งซื้อ ค่าภาษีคุณจ่ายให้ศุลกากรตอนรับของ',
    'ไม่ต้องใส่ในออเดอร์ ระบบลดราคาให้ตอนจ่ายเงินเอง',
  ])('%s → no payment', (text) => expect(rules(text)).not.toContain(PAY));
});

describe('a number asked for the carrier while the chat is said to fail', () => {
  it.each([
    "I can't send the file here, give me your phone number so we talk.",
    "I'm not always online here, give me your whatsapp number.",
  ])('%s → contact', (text) => expect(rules(text)).toContain(CONTACT));

  it.each([
    "The photos can't upload here, I will retry. Please give me your mobile number for the shipping label.",
    "I'm not always online here. Send me your mobile number for the delivery, the driver needs it.",
  ])('%s → no contact', (text) => expect(rules(text)).not.toContain(CONTACT));
});

describe("one of the seller's people mailing a copy that is also posted here", () => {
  it('the mail alone still moves the talk', () =>
    expect(rules('Our QA colleague will send you the test report by email.')).toContain(CONTACT));
  it.each([
    'Our QA colleague will send you the test report by email and also post it in this chat.',
    'Our QA colleague will send you the test report by email and upload it here too.',
  ])('%s → no contact', (text) => expect(rules(text)).not.toContain(CONTACT));
});

describe('a dispute closed once the goods came', () => {
  it('closing now for a promise is still the trade', () =>
    expect(rules('Please close the dispute now, we will send the money by bank transfer.')).toContain(PAY));
  it.each([
    'After you receive the new parcel please close the dispute. We will ship it the way you like.',
    'You can close the dispute once the replacement has arrived, we send it by bank transfer of the courier fee ourselves.',
  ])('%s → no payment', (text) => expect(rules(text)).not.toContain(PAY));
});
