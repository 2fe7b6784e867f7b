import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../lib/chat/transcript';
import { runScanChat } from '../../../lib/cli/scan-chat';
import { rules } from './chat-lines';

/**
 * Stop 36: a sales rep's signature, a delivery field read back for the label, account digits that look like an
 * international prefix, a payment link asked for with "do/make payment", and a Thai shop system "not updated yet"
 * as the reason to pay a personal account. Sentences written in our own words, modelled on the kinds of message an
 * independent test set (R45) held; each mechanism in both directions.
 */
const textRules = (text: string) => runScanChat(text).messages.flatMap((m) => m.findings.map((f) => f.rule));

describe("a signature's contact lines under a sign-off", () => {
  const signed =
    'Dear Ms. Berg,\nThe 40 cartons are packed, loading on Tuesday.\nBest regards\nTina Liu | Sales Manager\nNingbo Brightway Housewares Co., Ltd.\nM/WhatsApp: +86 137 2468 1357 | E: tina@brightway-hw.cn\nWeb: www.brightway-hw.cn';
  it.each([
    signed,
    'Samples left by DHL today. Kind regards,\nOmar\nExport Dept.\nTel: +86 20 3876 5432\nWeChat: omar_gz88\nEmail: omar@gz-lamps.com',
    '样品今天已寄出。\n此致\n陈静 外贸部\n微信/手机：13912345678',
    'Muestras enviadas hoy.\nSaludos cordiales\nRosa Méndez\nWhatsApp: +52 55 1234 5678',
  ])('stay quiet, as one message or as a pasted transcript: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-contact');
    expect(textRules(text)).not.toContain('offplatform-contact');
  });
  it.each([
    // An ask above the sign-off, or in the block, or a payment listed in it, makes the lines an offer again.
    'Samples left today. For the best price talk to me directly.\nBest regards,\nTina\nWhatsApp: +86 137 2468 1357',
    'Samples left today.\nBest regards,\nTina\nWhatsApp: +86 137 2468 1357 (24h online, faster reply)',
    'Samples left today.\nBR, Tina\nWhatsApp: +86 137 2468 1357\nPayment: T/T, Western Union, PayPal F&F',
    'Samples left today. Best regards, Tina. Add me on WhatsApp +86 137 2468 1357',
    'Brand: Brightway\nWhatsApp: +86 137 2468 1357',
  ])('stay flagged: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
  it('a payment asked above the signature is still flagged', () =>
    expect(
      rules(
        'Please send the deposit to my personal Alipay this time.\nBest regards,\nTina\nWhatsApp: +86 137 2468 1357',
      ),
    ).toContain('offplatform-payment'));
});

describe("a pasted signature's labels are not speakers", () => {
  it('"M/WhatsApp:" and "E:" stay in the message they close', () => {
    const messages = parseTranscript(
      'Thanks for the order.\nKevin\nM/WhatsApp: +86 139 1234 5678 | E: kevin@example-tools.cn',
    );
    expect(messages.some((m) => m.text.startsWith('M/WhatsApp'))).toBe(false);
  });
  it('"A:" and "B:" before words are still two speakers', () => {
    const messages = parseTranscript('A: hello, is the price ok?\nB: yes, 5 USD each');
    expect(messages.map((m) => m.text)).toEqual(['hello, is the price ok?', 'yes, 5 USD each']);
  });
});

describe('a delivery field read back for the carton label', () => {
  it('the consignee\'s telephone and e-mail under "Consignee:" stay quiet', () =>
    expect(
      rules(
        'Please check the shipping marks before we print:\nSIDE MARK: KIWI LIVING / PO 7731 / C/NO. 1-40\nConsignee: Kiwi Living Ltd, 9 Quay St, Wellington\nTel: +64 4 499 1234   Email: goods-in@kiwiliving.co.nz\nAs you gave them last week.',
      ),
    ).not.toContain('offplatform-contact'));
  it.each([
    'Consignee: Kiwi Living Ltd, Wellington\nTel: +64 4 499 1234 (or whatsapp me on it for a faster answer)',
    'Consignee: Kiwi Living Ltd, Wellington. Our WhatsApp: +86 138 1234 5678',
  ])("a number of the seller's own after the field is still an offer: %s", (text) =>
    expect(rules(text)).toContain('offplatform-contact'),
  );
});

describe('digits after an account word are the account, not a phone', () => {
  it('a spaced Vietnamese account number starting with 00 is payment, not contact', () => {
    const found = rules(
      'Chị chuyển khoản vào tài khoản Techcombank riêng của em cho nhanh, khỏi qua sàn: 0031 000 4 5 6 7 8 9 - Trần Văn Long.',
    );
    expect(found).toContain('offplatform-payment');
    expect(found).not.toContain('offplatform-contact');
  });
  it.each([
    'My bank account is blocked, pls call me 0086 138 1234 5678',
    'Our bank account is frozen, contact 008613812345678 for the new one',
  ])('a phone word after the account word keeps the number a phone: %s', (text) =>
    expect(rules(text)).toContain('offplatform-contact'),
  );
});

describe('a payment link asked for with "do / make payment"', () => {
  it.each([
    'For this promotion price please do payment through this link: checkout.zhenhua-trading.com/pi/5521, card or Apple Pay ok.',
    'Kindly make the payment via this link pay.zhenhua-trading.com/inv/88',
  ])('flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
  it('the order page on the platform stays quiet', () =>
    expect(rules('Please make payment through the link of the order page on alibaba.com')).not.toContain(
      'offplatform-payment',
    ));
});

describe('Thai: the shop system "not updated yet" as the reason to pay a personal account', () => {
  it('flagged', () =>
    expect(rules('ยอดที่เหลือ 8,000 บาท โอนเข้าบัญชีส่วนตัวของพนักงานได้เลยค่ะ เพราะระบบร้านยังไม่อัปเดต')).toContain(
      'offplatform-payment',
    ));
  it('a refusal with the same reason stays quiet', () =>
    expect(rules('ไม่ต้องโอนเข้าบัญชีส่วนตัวนะคะ ระบบร้านค้ายังไม่อัปเดต รอก่อน')).not.toContain('offplatform-payment'));
});
