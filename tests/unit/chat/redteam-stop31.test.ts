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
