import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Probe r24 found a customs fee paid on a look-alike carrier host, a company payment portal, "next order direct",
 * Korean "the account below" and Telegram in Hangul, Dutch "direct to us and not via Alibaba" missed; and a
 * buyer's checkout question, a seller pointing at the Alibaba checkout, a Ukrainian waybill number and a Korean
 * refund question flagged. Every sentence here is our own wording of those constructions, in several languages.
 */
const findings = (text: string) => scanMessage({ from: 'supplier', text });
const rulesOf = (text: string) => findings(text).map((f) => f.rule);

describe('a customs or clearance fee paid through a link, in the languages read', () => {
  for (const text of [
    // A carrier's name inside a look-alike host is not the carrier collecting at the door.
    'Your box is stuck at the border. Kindly settle the clearance fee of 45 USD on this page: https://fedex-parcel-release.top/p?id=7',
    '통관 과정에서 관세가 나왔어요. 이 링크로 관세 12,000원 결제해 주세요 parcel-kr.xyz/c/19',
    '您的快递在海关被扣，请点击链接缴纳关税 260 元：http://express-fee.top/q/8',
    '荷物が止まっています。関税はこちらのリンクからお支払いください。',
    'Kiriman tertahan di bea cukai, mohon bayar bea masuk lewat link berikut ya: cukai-cek.top/99',
    'Paketiniz bekliyor, gümrük vergisini şu linkten ödemeniz gerekiyor: kargo-ode.top/4',
    'Uw zending staat stil, betaal eerst de inklaringskosten via deze link: pakket-vrij.top/3',
  ]) {
    it(`flags: ${text}`, () => {
      const hit = findings(text).find((f) => f.rule === 'offplatform-payment');
      expect(hit).toBeDefined();
    });
  }

  it('duties the carrier collects at the door, or on its own site, stay clear', () => {
    for (const text of [
      'UPS will collect the import duty when they deliver, you can pay the driver by card.',
      'FedEx sends you a link to pay the customs fee at fedex.com/billing, pay it there.',
    ])
      expect(rulesOf(text)).not.toContain('offplatform-payment');
  });
});

describe("the seller's own payment page, and the next order settled direct", () => {
  it('flags a payment link on a site that is not the platform, quoting the sentence with the link', () => {
    const hit = findings(
      'To ship sooner, kindly complete payment on our checkout page https://orders.lumen-factory.shop/pay/881 — it is our own company portal.',
    ).find((f) => f.rule === 'offplatform-payment');
    expect(hit?.quote).toContain('checkout page');
    expect(rulesOf('请在我们的付款页面完成支付：https://pay.fz-trade.top/o/5')).toContain(
      'offplatform-payment',
    );
  });

  it("a payment link on the platform's own domain stays clear", () => {
    expect(
      rulesOf('Please pay via the payment link in your order: https://trade.alibaba.com/order/pay/4412'),
    ).not.toContain('offplatform-payment');
  });

  it('flags the next orders moved to "direct" with the company', () => {
    for (const text of [
      'This one stays as it is, but for the next order we can deal direct with our factory account, cheaper.',
      '下次订单直接跟我们公司付款，价格更优惠。',
      'La próxima vez hacemos el pedido directo con nuestra empresa, mejor precio.',
    ])
      expect(rulesOf(text)).toContain('offplatform-payment');
  });

  it('a next shipment sent direct from the factory is no payment', () => {
    expect(rulesOf('The next shipment goes direct from the factory to your port.')).not.toContain(
      'offplatform-payment',
    );
  });
});

describe('Korean and Dutch constructions', () => {
  it('flags "pay into the account below" in Korean, but not a refund into it', () => {
    expect(
      rulesOf('시스템 오류로 카드 승인이 안 돼요. 하단 계좌로 송금해 주시면 오늘 출고합니다. 예금주 박지훈'),
    ).toContain('offplatform-payment');
    expect(rulesOf('환불금은 아래 계좌로 입금해 드리겠습니다.')).not.toContain('offplatform-payment');
  });

  it('flags "pay into the account below" in Chinese and Japanese too, not a refund into it', () => {
    expect(rulesOf('尾款请汇到以下账户，谢谢')).toContain('offplatform-payment');
    expect(rulesOf('残金は下記の口座へご送金ください。')).toContain('offplatform-payment');
    expect(rulesOf('退款我们会转到下面的账户')).not.toContain('offplatform-payment');
  });

  it('flags Telegram written in Hangul with a handle or a word of contact, not a notification feature', () => {
    const hit = findings('문의는 텔레그램 @acme_store 로 주세요').find(
      (f) => f.rule === 'offplatform-contact',
    );
    expect(hit?.quote).toContain('텔레그램');
    expect(rulesOf('이 시계는 텔레그램 알림도 표시돼요')).not.toContain('offplatform-contact');
  });

  it('flags Dutch and German "directly to us and not through Alibaba", however far the payment word stands', () => {
    expect(
      rulesOf('U krijgt 5% korting wanneer u de betaling direct aan ons doet en niet via Alibaba.'),
    ).toContain('offplatform-payment');
    expect(
      rulesOf('Sie sparen 5 %, wenn Sie die Zahlung direkt an uns senden und nicht über Alibaba.'),
    ).toContain('offplatform-payment');
  });

  it('"delivered direct and not by Alibaba logistics" with the payment in the order stays clear', () => {
    expect(
      rulesOf('La entrega es directa desde fábrica y no por Alibaba logística, el pago en el pedido.'),
    ).not.toContain('offplatform-payment');
  });
});

describe('checkout questions, waybills and refunds that are not off-platform', () => {
  for (const text of [
    'Is PayPal possible when I place the order, or only card?',
    'Sure, PayPal works, you can select PayPal on the checkout page when paying the Alibaba order.',
    '카드로 결제했어요. 환불되면 카드로 다시 들어오나요?',
  ]) {
    it(`clear: ${text}`, () => {
      expect(rulesOf(text)).not.toContain('offplatform-payment');
    });
  }

  it('a seller who accepts PayPal to an e-mail is still flagged', () => {
    expect(rulesOf('We accept PayPal, you can pay PayPal to my email ann@lumen-factory.com')).toContain(
      'offplatform-payment',
    );
  });

  it('a waybill number after its label is not a phone number', () => {
    for (const text of [
      'Відправили Новою Поштою, ТТН 20450099887766, відстежуйте на сайті перевізника.',
      'Отправили, номер накладной 1020304050607, спасибо за заказ.',
      'Sent today, waybill 7730124556 with SF Express.',
    ])
      expect(rulesOf(text)).not.toContain('offplatform-contact');
  });

  it('a phone number given to write to is still a contact', () => {
    expect(rulesOf('Мій номер 0671234567, пишіть у вайбер')).toContain('offplatform-contact');
  });
});
