import { describe, expect, it } from 'vitest';
import { quoteOf, rules } from './chat-lines';

/** Round 40: six mechanisms behind the scanner's misses and false alarms, each in the user's terms. */

describe('a comma typed with no space still ends the clause of a refusal', () => {
  it.each([
    'hello friend,our bank account is changed because of the audit,do not pay the old one,contact me on wechat: lily-sz-2020 for the new one',
    'please do not transfer to the previous account,add my wechat: kevin_trade88',
    'kindly dont send money to the old account,i will give you new account,pls contact me whatsapp +86 135 2211 0098',
  ])('keeps the contact channel offered after "don\'t pay the old account": %s', (text) => {
    expect(rules(text)).toContain('offplatform-contact');
  });
  it('still flags the changed account itself', () =>
    expect(
      rules(
        'hello friend,our bank account is changed because of the audit,do not pay the old one,contact me on wechat: lily-sz-2020 for the new one',
      ),
    ).toContain('bank-details-change'));
  it.each([
    'we do not accept paypal,western union or wechat pay',
    'sorry we don’t use whatsapp,wechat or skype, only this chat',
  ])('a refusal still covers a glued list: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-contact');
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});

describe('an app named as an integration or inside a product name is not a move', () => {
  it.each([
    'About your question on the Telegram Bot API integration: our kiosk software supports it out of the box.',
    'The booking tablet comes with a WeChat SDK and a LINE plugin preinstalled, no extra cost.',
    "Item: smart doorbell, 'WhatsApp video call alert' version, 2.4GHz wifi, 5000mAh battery.",
  ])('no contact finding: %s', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'For the WhatsApp Business API integration please add me on WhatsApp +86 138 2233 4455',
    "We have the 'Telegram Pro' edition too, contact me on telegram @brightfactory for the price",
  ])('still flags the app when the buyer is asked to go there: %s', (text) =>
    expect(rules(text)).toContain('offplatform-contact'),
  );
});

describe('Hindi words of calling make the digits after them a phone', () => {
  it.each([
    'सर, आप हमारे मुंबई गोदाम में कॉल कर सकते हैं: 022-4455 6677',
    'जी, कोटेशन के लिए मुझे फोन करें 98201 33445 पर',
    'कोई भी सवाल हो तो संपर्क करें: 0120 488 9911',
  ])('flags a phone: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
  it('an order number in Hindi is not a phone', () =>
    expect(rules('आपका ऑर्डर नंबर 55667788 है, कृपया स्टेटस चेक करें')).not.toContain('offplatform-contact'));
});

describe('Arabic: money sent to a relative, or through an exchange office (hawala)', () => {
  it.each([
    'يا صديقي، حول العربون لأخي في الرياض وهو يسلمه لنا في المصنع',
    'ادفع المبلغ عن طريق مكتب صرافة في عمّان وأرسل لي صورة الإيصال',
    'أرسل الدفعة إلى ابن خالي في القاهرة عن طريق الحوالة عبر الصرافة',
  ])('flags an off-platform payment: %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
    expect(quoteOf(text, 'offplatform-payment')).toBeTruthy();
  });
  it.each([
    'يمكنك سحب المال من الصراف الآلي ثم الدفع في صفحة الطلب على علي بابا',
    'أخي الكريم، الدفع يكون فقط من صفحة الطلب في علي بابا',
  ])('leaves a cash machine and a greeting alone: %s', (text) =>
    expect(rules(text)).not.toContain('offplatform-payment'),
  );
});

// The platform named as beneficiary is not trusted on its own (red team 34: a changed account dressed in the order's
// fields went silent), so these stay flagged whatever the beneficiary line says.
describe('bank details beside the platform’s name', () => {
  it.each([
    'Bank details:\nBeneficiary bank: Citibank N.A. Hong Kong Branch\nBeneficiary name: Alibaba Trading Co Ltd HK\nAccount number: 1688 2040 7731 5090\nSWIFT: CITIHKHX\nPlease pay the deposit to this account.',
    'Bank details:\nBeneficiary name: Alibaba Supplier Service Ltd\nBank: HSBC Hong Kong\nAccount number: 8120 3344 5566 001\nPlease transfer the balance here.',
  ])('still flags a look-alike beneficiary: %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
    expect(rules(text)).toContain('payment-details');
  });
  it('still flags a second, personal account asked for next to the platform’s', () => {
    const text =
      'Deposit: Beneficiary name: Alibaba.com Singapore E-Commerce Private Limited, Citibank, account 1688 2040 7731 5090. For the balance please pay to my personal account 6217 0011 2233 4455 at Bank of China.';
    expect(rules(text)).toContain('offplatform-payment');
    expect(quoteOf(text, 'offplatform-payment')).toContain('my personal account');
  });
});

describe('red team 34: an ask beside a product named after an app is still an ask', () => {
  it.each([
    'We build the WhatsApp Business API integration, text me for the price',
    "The 'WeChat' edition of the lock, add lily_88 for the manual",
    'Telegram bot plugin available, join our telegram group for updates',
  ])('flags %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
  it.each(['أرسل الكتالوج إلى شريكي', 'أرسل العينات إلى أخي في دبي', 'لدي سؤال حول المنتج لصديقي'])(
    'leaves goods and papers sent to a relative alone: %s',
    (text) => expect(rules(text)).not.toContain('offplatform-payment'),
  );
});

describe('a product that takes payments, described in more languages', () => {
  it.each([
    'Das Gerät unterstützt Alipay- und PayPal-Zahlungen per QR-Code, Modell K-30.',
    'Ürünümüz Apple Pay ve PayPal QR ödemelerini destekliyor, model T-55.',
    'Il prodotto supporta PayPal e Satispay sul display, modello VX-3.',
    'हमारी मशीन Paytm और UPI QR को सपोर्ट करती है। मॉडल Z-12।',
  ])('leaves %s alone', (text) => expect(rules(text)).not.toContain('offplatform-payment'));
  it.each([
    'Das Produkt ist fertig, bitte zahlen Sie per PayPal an mich.',
    'Il prodotto è pronto, mi paghi con PayPal a anna@mail.it per favore.',
  ])('still flags an ask beside the product: %s', (text) =>
    expect(rules(text)).toContain('offplatform-payment'),
  );
});

describe('red team 34b: a way to pay named after the product that takes it', () => {
  it.each([
    'Le produit accepte PayPal, payez le solde par PayPal.',
    'El producto acepta PayPal, pague el depósito por PayPal.',
    'Ürün PayPal destekliyor, bakiyeyi bana PayPal ile gönderin.',
    'The terminal supports PayPal, pay the deposit by PayPal.',
    'حوّل لصديقي 800 دولار وهو يسلمها لنا',
  ])('flags %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
  it.each([
    'Le produit accepte Apple Pay et PayPal, modèle Z-9.',
    'Our kiosk supports Google Pay and PayPal QR codes.',
  ])('leaves the product alone: %s', (text) => expect(rules(text)).not.toContain('offplatform-payment'));
});

describe('Trade Assurance named by its order as what not to pay', () => {
  it.each([
    'Kindly pay by bank transfer to the account on our PI, not the TA order.',
    'Please transfer to the bank account in the attached invoice, not the trade assurance link.',
  ])('flags %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
  it('leaves the order’s own account alone', () =>
    expect(rules('Pay by T/T to the account in your TA order, not to any other account.')).not.toContain(
      'offplatform-payment',
    ));
});
