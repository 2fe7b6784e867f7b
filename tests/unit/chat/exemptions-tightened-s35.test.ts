import { describe, expect, it } from 'vitest';
import { rules } from './chat-lines';

/**
 * Three exemptions (a refusal of other buyers' requests, a serial said not to be an account, an address said not to
 * be ours) each silenced scams written around the same words. These must stay flagged; the benign forms stay quiet
 * in hard-negatives-s35.test.ts and below.
 */

describe('a refusal of other buyers taken back, or waived for the reader', () => {
  it.each([
    'Other customers asked to pay via Western Union, we refused at first, later we agreed, you can do the same.',
    "Some buyers asked to pay by PayPal F&F, we didn't agree at first, then we did it, it is faster.",
    '有客户要求打款到我个人账户，我们拒绝了，后来同意了，您也可以这样。',
    'Некоторые покупатели просили перевести на мою личную карту, мы отказали, потом согласились, вам тоже можно.',
    'Some buyers wanted to pay by Western Union to my sister, we declined them since they were new. You are an old friend, no problem.',
    'Algunos clientes pidieron pagar por Western Union a mi hermana, lo rechazamos. Usted es cliente antiguo, no hay problema.',
    'Другие покупатели просили перевести на карту жены, мы отказали. Вы постоянный клиент, вам можно.',
    'Einige Kunden wollten per Western Union an meine Schwester zahlen, wir haben das abgelehnt. Sie sind Stammkunde, kein Problem.',
    'Beberapa pelanggan minta bayar lewat Western Union ke adik saya, kami tolak. Anda pelanggan lama, boleh.',
    'Mot so khach hang muon tra qua Western Union cho em gai toi, chung toi tu choi. Anh la khach quen nen duoc.',
    // Own variants: the refusal undone in other words.
    'A few clients asked to send the deposit by MoneyGram to our manager, we declined, afterwards we accepted it and it went well.',
    '之前有买家想用支付宝私下付款，我们婉拒了，然后也同意了，您也可以。',
    'Previous buyers asked to pay to my personal PayPal, we refused. For VIP customers it is OK.',
  ])('flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));

  it.each([
    'Some buyers asked us to take payment by PayPal friends and family, we declined every time. Please order and pay on Alibaba.',
    '有买家要求私下打款到个人账户，我们都拒绝了，请您在阿里巴巴下单付款。',
    'Some buyers asked to pay by Western Union, we refused. Please place the order on Alibaba.',
    'Otros clientes pidieron pagar por Western Union, lo rechazamos. Pague en el pedido de Alibaba.',
  ])('a refusal with the payment kept on the platform stays quiet: %s', (text) =>
    expect(rules(text)).toEqual([]),
  );
});

describe('a serial disclaimer beside a real account', () => {
  it.each([
    'Note: the SN on the PI is not an account, the real IBAN is GB29NWBK60161331926819 at Barclays London.',
    'Die Seriennummer ist keine Kontonummer, die richtige IBAN lautet DE89370400440532013000 bei der Deutschen Bank.',
    '发票上的序列号不是银行账号，正确的是 6222 0212 3456 7890 123，中国银行。',
    'El numero de serie no son datos bancarios; la cuenta correcta es ES9121000418450200051332 en CaixaBank.',
    'The model number is not an account number; new bank account GB29NWBK60161331926819, Barclays.',
    // Own variants.
    'The batch code on the label is not an IBAN, the correct one is DE89 3704 0044 0532 0130 00, Commerzbank.',
    'Part number on the carton is not a bank account; the valid account is GB82 WEST 1234 5698 7654 32.',
  ])('payment-details kept: %s', (text) => expect(rules(text)).toContain('payment-details'));

  it('a serial named for a payment method is a payment account', () => {
    const r = rules("S/N GB29NWBK60161331926819 is not a payment account, it's for Western Union.");
    expect(r).toContain('payment-details');
    expect(r).toContain('offplatform-payment');
  });
  it('serials named in their own clause, with no account given, stay quiet', () =>
    expect(
      rules(
        'Serial numbers DE89 3704 0044 0532 0130 00 and GB82 WEST 1234 5698 7654 32 are device serials, not bank details.',
      ),
    ).toEqual([]));
  it('a serial named as MoneyGram receiver is kept too', () =>
    expect(
      rules('Serial DE89 3704 0044 0532 0130 00 is not a bank account, use it for MoneyGram.'),
    ).toContain('payment-details'));
});

describe("the seller's own address called unofficial", () => {
  it('"my PayPal … is not official, send the balance there"', () => {
    const r = rules("My PayPal lily.chen88@gmail.com is not official, it's my own, send the balance there.");
    expect(r).toContain('offplatform-payment');
    expect(r).toContain('payment-details');
  });
  it.each([
    "PayPal: lily.chen88@gmail.com - it's not ours, it's my personal PayPal, cheaper fee, pay the deposit there.",
    'Our Payoneer kevin.trade@outlook.com is not official, transfer the deposit to it.',
  ])('payment-details kept: %s', (text) => expect(rules(text)).toContain('payment-details'));
  it.each([
    'Send 500 USD by PayPal to lily.chen88@gmail.com, it is not from us officially but my sister.',
    'Do not reply to lily.chen88@gmail.com, just pay it via PayPal F&F.',
    'Wire the balance by PayPal to jack.wu77@gmail.com, it is not official, it is faster.',
  ])('flagged: %s', (text) => expect(rules(text).length).toBeGreaterThan(0));
  it('"do not reply to …, just pay via PayPal" keeps the payment request', () =>
    expect(rules('Do not reply to lily.chen88@gmail.com, just pay it via PayPal F&F.')).toContain(
      'offplatform-payment',
    ));
  it.each([
    'Mails from billing@alibaba-pay-center.net are fake, do not pay to them.',
    "Ignore any mail from 'pay@alibaba-trade-service.co' asking you to pay, it is fake.",
    'Fake e-mails from accounts@aiibaba-secure.com ask you to transfer money, delete them.',
  ])('a phishing warning stays quiet: %s', (text) => expect(rules(text)).toEqual([]));
});
