import { describe, expect, it } from 'vitest';
import { rules } from './chat-lines';

/**
 * Stop 36: a signature's contact lines (kept an offer: two red-team passes silenced scams through every exemption
 * tried), account digits where a payment is told to go, a payment link asked for with "do/make payment", and a Thai
 * shop system "not updated yet" as the reason to pay a personal account. Sentences written in our own words, modelled
 * on the kinds of message an independent test set (R45) held; each mechanism in both directions.
 */

describe("a signature's contact lines stay an offer (stop 36: every exemption tried silenced scams)", () => {
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
    'Dear Ms. Berg,\nThe 40 cartons are packed.\nBest regards\nTina Liu | Sales Manager\nM/WhatsApp: +86 137 2468 1357 | E: tina@brightway-hw.cn',
    'My colleague handles your order now, she will arrange everything for you.\nBest regards\nLily\nExport Sales\nWhatsApp: +86 137 2468 1357',
  ])('stay flagged: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
  it('a payment asked above the signature is still flagged', () =>
    expect(
      rules(
        'Please send the deposit to my personal Alipay this time.\nBest regards,\nTina\nWhatsApp: +86 137 2468 1357',
      ),
    ).toContain('offplatform-payment'));
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

describe('digits where a payment is told to go are the account, not a phone', () => {
  it('a spaced Vietnamese account number starting with 00 is payment, not contact', () => {
    const found = rules(
      'Chị chuyển khoản vào tài khoản Techcombank riêng của em cho nhanh, khỏi qua sàn: 0031 000 4 5 6 7 8 9 - Trần Văn Long.',
    );
    expect(found).toContain('offplatform-payment');
    expect(found).not.toContain('offplatform-contact');
  });
  it.each([
    // The red team's forms: an account word with no payment, or a word of calling or writing in the sentence.
    'For bulk orders contact our account manager Lily: 0086 138 1234 5678',
    'Your account manager Lily, 13812345678, add her for the best price',
    'Bank account issue, 0086 138 1234 5678 for details',
    'Chị chuyển khoản vào tài khoản của em 0031 000 456 789 rồi nhắn tin cho em nhé',
    'Please transfer to my account 0086 138 1234 5678 and whatsapp me the slip',
    'Wegen Konto-Sperre bitte unter 0086 138 1234 5678 melden',
  ])('still a phone: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
});
