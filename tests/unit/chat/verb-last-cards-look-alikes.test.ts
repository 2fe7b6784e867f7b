import { describe, expect, it } from 'vitest';
import { findings, quoteOf, rules } from './chat-lines';

/**
 * Stop 35 (issue 13): requests to pay outside the platform the guard still let through, by mechanism — a verb of
 * paying after the wallet's name, a seller's own bank card named by its bank, a look-alike of the platform's address,
 * Arabic money left with a relative, and a wallet's payee address that is not a contact. Sentences written here.
 */

describe('a request whose verb comes after the wallet, in a clause after a product that supports it', () => {
  it.each([
    // Hindi, Hinglish, Dutch and German put the verb last; the product's own clause came first.
    ['यह कार्ड रीडर मशीन PayPal सपोर्ट करती है, बाकी रकम का पेमेंट PayPal से कर दीजिए', 'PayPal से कर दीजिए'],
    ['Ye POS machine PayPal support karti hai, advance PayPal se payment kar do', 'PayPal se payment kar do'],
    ['Onze kassa ondersteunt PayPal, u kunt het voorschot aan mij via PayPal betalen', 'via PayPal betalen'],
    [
      'Das Terminal akzeptiert PayPal, die Anzahlung bitte per PayPal an mich zahlen',
      'per PayPal an mich zahlen',
    ],
    [
      'The card reader is in stock and supports PayPal, PayPal me the sample fee today',
      'PayPal me the sample fee',
    ],
  ])('flags %s', (text, quoted) => {
    expect(rules(text)).toContain('offplatform-payment');
    expect(quoteOf(text, 'offplatform-payment')).toContain(quoted);
  });
  it.each([
    'The POS terminal supports PayPal, Apple Pay and Alipay payments, 58 mm printer',
    'यह मशीन Google Pay, PayPal और UPI पेमेंट सपोर्ट करती है',
    'यह टर्मिनल PayPal सपोर्ट करता है, दुकान के ग्राहक PayPal से पेमेंट कर सकते हैं',
    'De kassa ondersteunt pinnen, PayPal en contactloos betalen',
    'Deze terminal ondersteunt PayPal, uw klanten kunnen via PayPal betalen',
    'Die Kasse unterstützt PayPal, Ihre Kunden können per PayPal bezahlen',
    // Dutch "het product" is a product too.
    'Het product ondersteunt PayPal en iDEAL, levertijd twee weken.',
  ])('a product that takes the wallet stays a product: %s', (text) =>
    expect(rules(text)).not.toContain('offplatform-payment'),
  );
});

describe("Chinese: the seller's own card named by its bank, a private card, an account 'to private'", () => {
  it.each([
    '样品费直接打我建行卡就可以了',
    '余款打我农业银行卡上，卡号稍后发你',
    '付款打我卡，比平台快',
    '走对私账户的话可以少收点税点',
    '这次转到我私人卡，下次再走平台',
  ])('flags %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
  it.each([
    '支付宝付款在订单里就可以',
    '我的工行卡被冻结了，付不了款，您还是在订单里付吧',
    '您的招行卡可以直接在阿里收银台支付',
    '我们对私人信息严格保密，付款请在订单里完成',
    '今天上班打卡晚了，样品明天寄出',
  ])('stays quiet: %s', (text) => expect(rules(text)).not.toContain('offplatform-payment'));
});

describe("a payment page on an address that only borrows the platform's name", () => {
  it.each([
    [
      'Sorry the TA checkout shows error today, you can pay on this one, same Alibaba protection: https://ali-tradeassurance.net/pay/7781',
      'ali-tradeassurance.net',
    ],
    [
      'Alibaba payment is under maintenance, use the backup page www.alibaba-securepay.com/order/5512 please',
      'alibaba-securepay.com',
    ],
    ['订单付款页面出错了，用这个付：aliexpress-pay.cc/order/551，一样是担保交易', 'aliexpress-pay.cc'],
    [
      'The order page has a problem, complete it at alibaba.com.checkout-center.top/inv/2231',
      'alibaba.com.checkout-center.top',
    ],
  ])('flags %s', (text, host) => {
    expect(rules(text)).toContain('offplatform-payment');
    expect(findings(text).find((f) => f.rule === 'offplatform-payment')?.message).toMatch(/look-alike/);
    expect(quoteOf(text, 'offplatform-payment')).toContain(host);
  });
  it.each([
    'Please pay in the Trade Assurance order: https://biz.alibaba.com/ta/detail.htm?orderId=88120',
    'The order is here, please pay there: https://trade.alibaba.com/order_detail.htm?orderId=4412',
    'pay on the mobile app page m.alibaba.com/trade/pay?id=3 as usual',
    'Please order from the store link https://a.aliexpress.com/_mKx12ab and pay at checkout',
    'Our drawings are shared on alibabacloud.com, the order and payment stay on Alibaba',
    'Beware of fake pages like alibaba-secure-pay.com, never pay outside the Alibaba order',
    'Do not pay on alibaba-tradepay.com, it is a fake site',
  ])('stays quiet: %s', (text) => expect(rules(text)).not.toContain('offplatform-payment'));
});

describe('Arabic: money left with a relative, however far the verb', () => {
  it.each([
    'ادفع عند ابن خالي في الشارقة وهو يوصلها لنا',
    'حوّل المبلغ على حساب أختي لو سمحت',
    'أرسل الدفعة الأولى يا صديقي غدا صباحا إن شاء الله مع أخي',
    'الباقي يكون عند ابن عمي في عمّان',
  ])('flags %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
  it.each([
    'أخي هو مدير الإنتاج في المصنع منذ عشر سنوات',
    'سأرسل العينات مع صديقي إلى الميناء',
    'ادفع في الطلب على علي بابا، وأخي سيشحن البضاعة',
  ])('stays quiet: %s', (text) => expect(rules(text)).not.toContain('offplatform-payment'));
});

describe("a wallet's payee address is where to pay, not a move of the talk", () => {
  it('Italian "a me via Wise (email: …)" is a payment and its details, not a contact', () => {
    const text = 'Il campione lo paga a me direttamente via Wise (email: sara.ferri@gmail.com), grazie';
    expect(rules(text)).toContain('offplatform-payment');
    expect(rules(text)).toContain('payment-details');
    expect(rules(text)).not.toContain('offplatform-contact');
  });
  it('a Revolut payee address is payment details', () =>
    expect(rules('Send the deposit via Revolut to tom.k.trade@gmail.com please')).toEqual(
      expect.arrayContaining(['offplatform-payment', 'payment-details']),
    ));
  it.each([
    'mi scriva a sara.ferri@gmail.com per il catalogo',
    'Quality-wise no problem, send your inquiry to sales@brightfactory.com',
    'Price wise we are the best, email me at lisa.chen@outlook.com',
  ])('an address to write to stays a contact: %s', (text) => {
    expect(rules(text)).toContain('offplatform-contact');
    expect(rules(text)).not.toContain('payment-details');
  });
});
