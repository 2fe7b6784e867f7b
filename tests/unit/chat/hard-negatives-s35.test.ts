import { describe, expect, it } from 'vitest';
import { quoteOf, rules } from './chat-lines';

/**
 * Benign supplier messages that look like requests (hard negatives), each quiet by a mechanism, and the scams
 * written around the same words that must stay flagged.
 */

describe('a refusal covers every method of the list it opens', () => {
  it.each([
    'Safety note: our factory never asks buyers to pay with WeChat Pay, Alipay, USDT or a bank transfer to a personal account. Everything goes through the Alibaba order.',
    'We do not accept Western Union, MoneyGram, Bitcoin, USDT or gift cards.',
    'No aceptamos PayPal, Western Union, criptomonedas ni tarjetas de regalo. Solo pago en el pedido de Alibaba.',
    "Nous n'acceptons jamais Western Union, MoneyGram, crypto ou cartes cadeaux. Paiement uniquement via la commande Alibaba.",
    'Wir akzeptieren kein PayPal, Western Union, Bitcoin oder Geschenkkarten. Zahlung nur über die Alibaba-Bestellung.',
    'Мы не принимаем вестерн юнион, биткоин, криптовалюту или наличные. Оплата только через заказ.',
    '本店不接受西联、速汇金、比特币或者礼品卡付款，只走阿里巴巴订单。',
    '我们也不走西联，请在阿里巴巴下单。',
  ])('no payment finding: %s', (text) => expect(rules(text)).not.toContain('offplatform-payment'));
  it('also for a list of chat apps', () =>
    expect(
      rules('We do not use WhatsApp, WeChat, Telegram or Skype, please keep all messages here.'),
    ).toEqual([]));
  it.each([
    ['We never use Alibaba payment, pay Western Union.', 'pay Western Union'],
    ["We don't accept PayPal, Western Union is fine.", 'Western Union is fine'],
    ['We never accept PayPal, Western Union only.', 'Western Union only'],
    ['We do not accept card, Western Union or MoneyGram to my sister.', 'my sister'],
    ['Alibaba takes too much, do not pay through the order, pay PayPal F&F.', 'PayPal F&F'],
    ['我们不走阿里巴巴，走西联或者比特币。', '走西联'],
    ['我们不接受信用卡，西联或者比特币都可以。', '西联'],
    ["We can't use credit card, PayPal F&F.", 'PayPal F&F'],
  ])('a request after the refusal is still one: %s', (text, words) => {
    expect(rules(text)).toContain('offplatform-payment');
    expect(quoteOf(text, 'offplatform-payment')).toContain(words);
  });
});

describe("other buyers' requests told as refused", () => {
  it.each([
    'Some buyers asked us to take payment by PayPal friends and family, we declined every time.',
    'Algunos clientes nos pidieron pagar por Western Union y lo rechazamos.',
    '以前有买家想用支付宝私下付款，我们都婉拒了。',
  ])('no finding: %s', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Other buyers asked to pay us privately to save the fee and we agreed, you can also pay to my Alipay.',
    'Some clients asked to pay by PayPal F&F, we declined, but for you it is fine, send it to tom.trade@gmail.com',
    '之前有客户要求私下打款，我们都同意了，您也可以打到我个人账户。',
    'A few buyers asked to pay by Western Union directly, we declined. Now we accept it, send the WU to Li Ming.',
  ])('flagged when the seller agrees or takes the word back: %s', (text) =>
    expect(rules(text)).toContain('offplatform-payment'),
  );
});

describe('a failed checkout payment retried on the platform', () => {
  it('"T/T to the order\'s account" is the order\'s own account', () =>
    expect(
      rules(
        'The card you used in the order was declined. Retry on the Alibaba checkout, or pick another way such as card or T/T to the order’s account.',
      ),
    ).toEqual([]));
  it('our account "for this order" is still the seller\'s', () =>
    expect(rules('Please send the T/T to our account for this order: 6222 0202 1234 5678 901')).toContain(
      'offplatform-payment',
    ));
});

describe('bank fees said to lie outside the order', () => {
  it.each([
    'De transactiekosten van uw eigen bank vallen buiten de order; het volledige orderbedrag moet binnenkomen.',
    'Charges of your own bank are outside the order, the full amount of the Alibaba order must arrive.',
    'Las comisiones de su banco quedan fuera del pedido; el importe del pedido de Alibaba debe llegar completo.',
    'Die Bankgebühren Ihrer Bank liegen außerhalb der Bestellung, der Betrag der Alibaba-Bestellung muss vollständig ankommen.',
  ])('no finding: %s', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Shipping costs are outside the order, transfer them separately.',
    'Bank fees are outside the order so pay outside Alibaba.',
    'De bankkosten vallen buiten de order, betaal het restbedrag buiten de order.',
    'Bank fees are outside the order, so send the balance by Western Union to our boss.',
  ])('a payment outside the order is still asked: %s', (text) =>
    expect(rules(text)).toContain('offplatform-payment'),
  );
});

describe('numbers named as serials and said not to be bank details', () => {
  it.each([
    'IMEI list: GB82 WEST 1234 5698 7654 32 — these are the device codes, not bank account numbers.',
    'Серийные номера DE89 3704 0044 0532 0130 00 — это не реквизиты. Оплата только через заказ.',
  ])('no finding: %s', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'This is not a personal account, it is our company account: DE89 3704 0044 0532 0130 00, please pay the deposit there.',
    'Serial number GB82 WEST 1234 5698 7654 32, not bank details. IBAN for the deposit: DE89 3704 0044 0532 0130 00.',
    'Serial numbers DE89 3704 0044 0532 0130 00 are not bank details of Alibaba, pay the deposit to it now.',
    'Serial GB82 WEST 1234 5698 7654 32, not bank details, our account is DE89 3704 0044 0532 0130 00.',
  ])('flagged: %s', (text) => expect(rules(text)).toContain('payment-details'));
});

describe("a letterhead's telephone and fax lines", () => {
  it.each([
    'Tel: 0755-2345 6789 / Fax: 0755-2345 6790 / Address: Bao’an District, Shenzhen. Payment terms: 30% deposit via Trade Assurance.',
    'Ningbo Lumen Lighting Co., Ltd.\nTel: +86-574-8765 4321\nFax: +86-574-8765 4322\nAdd: 66 Jiangbei Road, Ningbo\nPayment: Alibaba Trade Assurance order',
    '电话：0571-8812 3456 传真：0571-8812 3457 地址：杭州市滨江区江南大道88号。付款：阿里巴巴信保订单',
  ])('no contact finding: %s', (text) => expect(rules(text)).not.toContain('offplatform-contact'));
  it.each([
    'Tel: +86-20-3456 7890  Fax: +86-20-3456 7891. Please call me for the best price.',
    'Tel: +86-20-3456 7890  Fax: +86-20-3456 7891  Mob/WhatsApp: +86 139 2233 4455',
    'Tel: +86 139 2233 4455. Add: 9 Longhua Road. Contact me on this number for the new account.',
    'Tel: +86 139 2233 4455  Fax: +86-20-3456 7891  Add: 9 Longhua Road.',
  ])('still a move: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
});

describe('an address named as a fake sender', () => {
  it.each([
    "A mail from 'billing@alibaba-pay-center.net' is not from us. Please pay only on your Alibaba order page.",
    "Please ignore any mail from 'pay@alibaba-trade-service.co' — it is fake. We only take payment in the order.",
    'Fake e-mails from accounts@aiibaba-secure.com ask for payment, delete them.',
  ])('no finding: %s', (text) => expect(rules(text)).toEqual([]));
  it.each([
    "A mail from 'billing@alibaba-pay-center.net' is not from us. Write to me at kevin.sourcing@gmail.com instead.",
    'My new e-mail is kevin.sourcing@gmail.com, the old one is fake.',
  ])('another address given to write to is still a move: %s', (text) =>
    expect(rules(text)).toContain('offplatform-contact'),
  );
});
