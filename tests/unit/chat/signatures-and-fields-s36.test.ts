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
    'Samples left by DHL today.\nKind regards,\nOmar\nExport Dept.\nTel: +86 20 3876 5432\nWeChat: omar_gz88\nEmail: omar@gz-lamps.com',
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
    // The red team's forms (stop 36): a pretext above, a greeting or a mid-line sign-off, asks in other languages.
    'Dear customer, the Alibaba chat will be closed for maintenance from tomorrow.\nBest regards\nTina\nWhatsApp: +86 137 2468 1357',
    '我们的阿里巴巴店铺下周关闭。\n此致\n小王\n微信：wang_88',
    'Saludos amigo! Precio especial por WhatsApp +86 137 2468 1357',
    'Price is 5.2 USD/pc, MOQ 500. Regards, Tina. WhatsApp +86 137 2468 1357',
    'Samples left today.\nBest regards,\nTina\nWhatsApp: +86 137 2468 1357 (réponse rapide)',
    'Samples left today.\nBest regards,\nTina\nWhatsApp: +86 137 2468 1357 (отвечу быстрее)',
    'Samples left today.\nBest regards,\nTina\nOrders only via WhatsApp: +86 137 2468 1357',
    'Samples left today.\nBest regards,\nTina\n\nP.S. WhatsApp +86 137 2468 1357 saves the platform fee',
  ])('stay flagged: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
  it('a payment asked above the signature is still flagged', () =>
    expect(
      rules(
        'Please send the deposit to my personal Alipay this time.\nBest regards,\nTina\nWhatsApp: +86 137 2468 1357',
      ),
    ).toContain('offplatform-payment'));
});

describe('a pasted transcript keeps its turns', () => {
  it("a supplier line under a buyer's question is still scanned", () =>
    expect(
      textRules(
        'Supplier: Thanks for the order.\nBuyer: ok thanks, what is your contact?\nM/WhatsApp: +86 137 2468 1357',
      ),
    ).toContain('offplatform-contact'));
  it('a signed letter with a speaker above its sign-off is read turn by turn', () =>
    expect(
      parseTranscript('Buyer: price?\nSupplier: 5 USD\nBest regards\nTina\nWhatsApp: +86 137 2468 1357')
        .length,
    ).toBeGreaterThan(1));
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
