import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 32's red team: the new exemptions (the buyer's own payment question, a quoted buyer question, a statement
 * looked at, the platform named in its own script, an e-mail shown on the profile, a purchase word for the seller's
 * own site, "bot" as a description) had swallowed real requests. Sentences of our own, after the constructions named.
 */
const rulesOf = (text: string) => scanMessage({ from: 'supplier', text }).map((f) => f.rule);

describe('a seller asking the buyer to pay is no buyer question', () => {
  for (const text of [
    'Darf ich Sie bitten, den Rest per PayPal zu zahlen?',
    'Kan ik u vragen het saldo via PayPal te betalen?',
    'Могу ли я попросить вас оплатить остаток через Qiwi?',
    'Saya bisa minta transfer langsung ke rekening Mandiri saya?',
    '残金はPayPalでお支払いできますか？',
    '잔금은 카카오페이로 송금 가능할까요?',
    '我能不能直接给你发微信收款码？',
    'Is it fine if I pay the freight and you pay the goods by Western Union?',
    'Could I send the refund back to your PayPal instead of the platform refund?',
    'Can I make payment link by PayPal for you?',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  for (const text of [
    'Can I pay with Zelle? My card keeps failing.',
    '토스로 결제해도 되나요?',
    'GCashで払ってもいいですか？',
  ]) {
    it(`leaves alone the buyer's question: ${text}`, () =>
      expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
});

describe('an answer to the buyer question may carry its own request', () => {
  for (const text of [
    'Regarding your question we can do 5% less if you send the money by Western Union.',
    'Sobre su consulta puede pagar por MoneyGram a mi nombre',
    '关于你的问题可以直接打款到我的支付宝',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  it('a quoted question answered with a refusal stays quiet', () =>
    expect(
      rulesOf("Regarding your question 'can we pay by PayPal outside Alibaba' — no, only the Alibaba order."),
    ).toEqual([]));
});

describe('a statement looked at anchors nothing when money is sent in the same clause', () => {
  it('flags', () =>
    expect(rulesOf('Please check the statement and send the balance to my personal account.')).toContain(
      'offplatform-payment',
    ));
  it('the refund looked up stays quiet', () =>
    expect(rulesOf('Refund done through the platform, you can check it in your PayPal statement.')).toEqual(
      [],
    ));
});

describe('the platform named in its own script as what to get away from', () => {
  for (const text of [
    '速卖通下单太麻烦直接转账给我吧',
    '不在速卖通付款直接微信转账给我',
    'アリババの手数料を節約するためPayPalで直接払ってください',
    '결제창 닫고 카카오페이로 송금해주세요',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
});

describe('an e-mail on the profile, with an ask to write to it', () => {
  for (const text of [
    'Our e-mail is on our Alibaba profile, email us for the factory price list',
    'Наш e-mail указан в профиле на платформе, напишите нам на почту для скидки.',
    '我们的邮箱在平台主页上，发邮件给我们，价格更便宜',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-contact'));
  }
});

describe("trade on the seller's own site, and a bot that takes orders", () => {
  for (const text of [
    "Next time let's trade on our own website, no platform fee.",
    'Let us do business on our independent site next time.',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  it('contact through the official website is contact', () =>
    expect(rulesOf('Please contact us through our official website for the catalogue.')).toContain(
      'offplatform-contact',
    ));
  it('a Telegram bot that takes orders is still a move', () =>
    expect(rulesOf('Our Telegram bot takes the orders, search kettlebot and pay there.')).toContain(
      'offplatform-contact',
    ));
});

describe('second pass: the seller paying the buyer, a statement then money asked, a first part before the rest', () => {
  for (const text of [
    'Can I pay you the refund by Western Union, and you close the dispute?',
    'May I pay the commission to your personal PayPal?',
    '请在支付宝账单里查看，然后转账给我',
    '무통장입금으로 보내주세요',
    'bitte 30 % über Alibaba zahlen und die restlichen 70 % per Wise an unser Firmenkonto',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  for (const text of [
    'On Alibaba you can pay the remaining amount with PayPal or Visa.',
    'En la plataforma puede pagar el resto con tarjeta o PayPal.',
    'Paying by PayPal outside the platform does not work, please use the Alibaba checkout.',
    '무통장입금은 안돼요, 알리바바에서 결제해주세요',
    '您的退款已原路退回，请在支付宝账单里查看。',
  ]) {
    it(`leaves alone: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
});

describe('end of stop 32: offline prices, a broken order as the reason, paying compared with the platform, tracking codes', () => {
  for (const text of [
    'unit price 4.80 if online, or 4.50 if offline, your choice',
    'we suggest offline T/T this time, our bank is in Hong Kong',
    'pls pay the deposit to below account because the Alibaba order have some problem, system can not create',
    'I will send you the invoice to pay, cheaper than platform',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  for (const text of [
    'the smart lock still opens even if offline',
    'our price is cheaper than other sellers on alibaba',
    'Shipped with Cainiao, tracking code LP00928374655CN, any problem open a dispute here',
  ]) {
    it(`leaves alone: ${text}`, () => expect(rulesOf(text)).toEqual([]));
  }
});
