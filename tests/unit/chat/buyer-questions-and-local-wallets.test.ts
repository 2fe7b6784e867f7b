import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Round r34: the writer asking whether it may pay a certain way is the buyer's question, not the seller steering;
 * the platform's checkout named in Korean or Chinese, a refund looked up in one's own statement, a stand with a spot
 * for a wallet's QR code, a watch's "WhatsApp function", a card's limit and a quoted question of the buyer raise
 * nothing. Local wallets (Vodafone Cash, InstaPay, DuitNow, Palawan Express, PromptPay in Thai) are money-transfer
 * apps.
 */
const scan = (text: string) => scanMessage({ from: 'supplier', text });
const rulesOf = (text: string) => scan(text).map((f) => f.rule);
const quoteOf = (text: string, rule: string) => scan(text).find((f) => f.rule === rule)?.quote;

describe('not flagged: the buyer asks whether it may pay a certain way', () => {
  for (const text of [
    'good morning, could I pay by Maya? my debit card keeps failing',
    '¿podría pagarte con Bizum? es que no uso tarjeta',
    'posso pagar via Pix? não tenho cartão internacional',
    'est-ce que je peux payer avec Lydia ou PayPal ?',
    'Kann ich auch per PayPal bezahlen? Ich habe keine Kreditkarte.',
    '我可以用微信支付付款吗？我没有信用卡',
    'Papara ile ödeyebilir miyim acaba?',
    'kak, saya bisa bayar pakai GoPay?',
    'LINE Payで払ってもいいですか？',
    '네이버페이로 결제해도 되나요?',
    'क्या मैं UPI से पेमेंट कर सकता हूँ?',
  ])
    it(text, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));

  it('the answer after the question is still read', () => {
    const text = 'Can I pay with GCash? Sure, send it to my GCash 09171112222 today';
    expect(quoteOf(text, 'offplatform-payment')).toContain('send it to my GCash');
  });
  it('a seller asking the buyer to pay another way is still a request', () => {
    expect(rulesOf('could you pay by Western Union? it is faster')).toContain('offplatform-payment');
    expect(rulesOf('¿puede pagar por Western Union? es más rápido')).toContain('offplatform-payment');
  });
});

describe('not flagged: the platform, a refund, a product, a quoted question', () => {
  for (const text of [
    '주문하실 때 알리바바 결제 화면에서 토스페이를 고르시면 됩니다.',
    '直接在速卖通下单付款就行，我们不收其他款。',
    '退款已原路退回，请到支付宝账单里查询。',
    'The refund went back to your card, please check your PayPal or bank statement in a few days.',
    'Giá đỡ acrylic có chỗ dán mã QR Momo cho quầy thu ngân, kích thước 10x15cm.',
    'This model has a Telegram feature: the band shows Telegram and Viber notifications on its screen.',
    'मेरे कार्ड की लिमिट कम है, इसलिए ऑर्डर दो बार में करूँगा।',
    "About your question 'can we pay you through Wise' — no, please pay on the order page only.",
    '关于您的问题“能不能加微信聊”，我们只在平台沟通。',
  ])
    it(text, () => {
      const rules = rulesOf(text);
      expect(rules).not.toContain('offplatform-payment');
      expect(rules).not.toContain('offplatform-contact');
    });

  it('"directly" beside a shop of the seller is still a request', () => {
    expect(rulesOf('不走速卖通了，直接付款给我，便宜一点')).toContain('offplatform-payment');
  });
  it('a WhatsApp feature used to add the seller is still a move', () => {
    expect(rulesOf('use the WhatsApp function to add me +8613912345678')).toContain('offplatform-contact');
  });
});

describe('local wallets are money-transfer apps', () => {
  for (const [text, words] of [
    ['send the deposit by Vodafone Cash to 01011112222 and I ship today', 'Vodafone Cash'],
    ['حول العربون على انستاباي وأنا أشحن فوراً', 'انستاباي'],
    ['boleh terus DuitNow ke nombor 0112223334, murah sikit', 'DuitNow'],
    ['padala na lang po sa Palawan Express, mas mabilis', 'Palawan Express'],
    ['โอนผ่านพร้อมเพย์มาที่ 0891112222 ได้เลยค่ะ', 'พร้อมเพย์'],
  ] as const)
    it(text, () => expect(quoteOf(text, 'offplatform-payment')).toContain(words));
});
