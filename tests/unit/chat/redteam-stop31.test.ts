import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { runScanChat } from '../../../lib/cli/scan-chat';

/**
 * Stop 31's red team: the buyer's "when I place the order" and "choose it at the checkout" excused methods no
 * checkout offers; a tracking link next to customs duty read as a payment link; a named carrier excused a fee paid
 * through a look-alike host or a short link.
 */
const rulesOf = (text: string) => scanMessage({ from: 'supplier', text }).map((f) => f.rule);

describe('requests the checkout exceptions must not excuse', () => {
  for (const text of [
    'You can pay by Western Union when we place the order',
    'Please pay with Wise when we place the bulk order',
    'Send the deposit through MoneyGram when you place the order',
    'Pay the deposit by PayPal when we place the order',
    'We accept Western Union, you can choose Western Union at the checkout',
    'We take Payoneer, choose Payoneer at the checkout and pay us',
    'We accept MoneyGram, you can choose it at the checkout',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
});

describe('checkout methods the buyer picks when placing the order', () => {
  for (const text of [
    'Can I pay with PayPal when I place the order?',
    'You can pay by credit card when you place the order',
    'We accept PayPal, you can choose PayPal at the checkout page',
  ]) {
    it(`leaves alone: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
});

describe('customs duty with a tracking link is no payment link', () => {
  for (const text of [
    '关税由买家支付给快递公司，物流链接：https://t.17track.net/zh-cn#nums=LP123',
    'الجمارك يتم دفعها لشركة الشحن عند الاستلام، وهذا رابط التتبع',
    'Custom duty buyer will pay at delivery, tracking link https://www.17track.net',
    'Douanekosten betaalt u aan PostNL bij levering, track & trace link: https://www.17track.net',
    'ภาษีนำเข้าชำระกับไปรษณีย์ ลิงก์ติดตาม https://www.17track.net',
    'Giá 50.000 đồng, thuế nhập khẩu đã bao gồm, link sản phẩm: https://abc.com/p/1',
    'Bea cukai akan ditagih oleh kurir, bayar lewat link resmi dari kurir',
    'Your parcel is held at customs, pay the customs fee at https://www.dhl.com/pay',
  ]) {
    it(`leaves alone: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
  for (const text of [
    '关税请通过这个链接支付：https://customs-fee.xyz/pay',
    'Customs fee is due, please pay it at this link: https://parcel-duty.top/p',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
});

describe('a named carrier does not excuse a fee paid through a host that is not its own', () => {
  for (const text of [
    'DHL: your parcel is held, pay the customs fee at https://dhl-express-fee.top/x and send me screenshot',
    'DHL: your parcel is held, pay the customs fee at https://bit.ly/3abc',
    'FedEx notice: import tax unpaid, pay the customs fee via https://fedex.com-duty.top/pay',
  ]) {
    it(`flags as a supplier message: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
    it(`flags as plain text: ${text}`, () => {
      const r = runScanChat(text);
      expect(r.messages.flatMap((m) => m.findings.map((f) => f.rule))).toContain('offplatform-payment');
    });
  }
});

describe('an abbreviation inside the clause does not cut the fee off its link', () => {
  it('flags a customs fee in roubles paid "по ссылке" after "руб."', () => {
    expect(
      rulesOf(
        'Посылка задержана на таможне. Нужно оплатить таможенный сбор 2 450 руб. по ссылке: http://tamozhnya-oplata.ru/p/7',
      ),
    ).toContain('offplatform-payment');
  });
});

describe('payment kept in the order, with an agent or "no new order" beside it', () => {
  it('leaves an inspection agent and the existing order alone', () => {
    expect(
      rulesOf('Kindly pay on Alibaba as usual. Our agent will check the cartons before loading'),
    ).toEqual([]);
    expect(
      rulesOf('No need to open a new order, please add the balance to the existing Alibaba order'),
    ).toEqual([]);
  });
  it('still flags the agent as payee and "no new order" with a transfer', () => {
    expect(rulesOf('Pay the deposit on Alibaba. The rest in cash to our agent when he visits')).toContain(
      'offplatform-payment',
    );
    expect(rulesOf('No need to create a new order, just send the balance by Western Union')).toContain(
      'offplatform-payment',
    );
  });
});

describe('red team 2: exceptions and new patterns held to what they are for', () => {
  it("flags the seller's own mailbox offered through the buyer's forwarder or agent", () => {
    for (const text of [
      'For your forwarder: they can write to lily.factory@163.com for the price list and new orders.',
      'The agent you appointed is not needed, just send the order to them: orders2025@qq.com',
      'Your forwarder is fine. For new orders they prefer you mail sales@huafeng-works.cn directly, 8% cheaper.',
    ])
      expect(rulesOf(text), text).toContain('offplatform-contact');
  });
  it("leaves mail the seller already sent the buyer's broker alone", () => {
    expect(
      rulesOf(
        'The customs broker you chose asked for the commercial invoice. I sent it to the email you gave me for them, docs@brokerage-example.com.',
      ),
    ).toEqual([]);
  });
  it('reads masked references with a leading 00 as references, masked numbers with + or a phone word as phones', () => {
    for (const text of [
      'Refund reference 0045 **** 7710',
      'Coupon code 0086 **** 1234',
      'Batch no. 0027 xx 9051',
    ])
      expect(rulesOf(text), text).toEqual([]);
    expect(rulesOf('Call or WhatsApp me: 0086 139 **** 2277')).toContain('offplatform-contact');
    expect(rulesOf('Bel of app me gerust: +86 139 **** 2277')).toContain('offplatform-contact');
  });
  it('needs the site named before "there" for an inquiry sent there', () => {
    expect(rulesOf('You can leave a message there, our website also shows the colours.')).toEqual([]);
    expect(
      rulesOf('Please ask for the refund there, on the order page. Our company site is hx-tools.com.'),
    ).toEqual([]);
    expect(rulesOf('Faça seu pedido lá mesmo, mais fotos no nosso site.')).toEqual([]);
    expect(
      rulesOf(
        'Our site www.hx-tools.com lists every model, send your inquiry there and our manager replies.',
      ),
    ).toContain('offplatform-contact');
  });
  it("reads a shop's coupon code beside a Steam Deck case as no gift card", () => {
    expect(rulesOf('Enter the coupon code at checkout, the Steam Deck case is 15% off.')).toEqual([]);
    expect(rulesOf('Buy a Steam card and send me the code here to pay')).toContain('offplatform-payment');
  });
});

describe('after the last probe: an account written after its word, a better way to pay, an offer sent by mail', () => {
  it('flags them', () => {
    for (const text of [
      'Our payment system had an error. Kindly pay the balance again by wire to the account below and the first one is returned.',
      'alibaba reads the chat, add my wechat and I show you a cheaper way to pay',
      'Bitte senden Sie mir Ihre E-Mail-Adresse, ich schicke Ihnen unseren Katalog und wir telefonieren morgen.',
    ])
      expect(
        rulesOf(text).some((r) => r.startsWith('offplatform')),
        text,
      ).toBe(true);
  });
  it('leaves a refund to the account below and a question about the checkout alone', () => {
    expect(rulesOf('We will refund to the account below within 3 days')).toEqual([]);
    expect(
      rulesOf('Is there a cheaper way to pay than by card? I see bank transfer on the order page.'),
    ).toEqual([]);
    expect(rulesOf('Trade Assurance is the better way to pay, your money is protected')).toEqual([]);
  });
});

describe("the seller's own payment page is judged by the link's registrable domain", () => {
  it("leaves the platform's country sites and the carrier's own site alone", () => {
    for (const text of [
      'Please finish the payment on the payment page https://aliexpress.ru/order-list/551',
      'Complete the payment on the payment page https://www.alibaba.co.jp/trade/pay?id=7',
      'You can pay the duty on the payment page https://www.cainiao.com/pay/551',
    ])
      expect(rulesOf(text), text).toEqual([]);
  });
  it('flags a look-alike that only starts with the platform name', () => {
    for (const text of [
      'Pay through this payment link: https://alibaba.com.tradepay.xyz/inv/88',
      'Pay through this payment link: https://secure.aliexpress.com.pay-order.top/x',
    ])
      expect(rulesOf(text), text).toContain('offplatform-payment');
  });
});
