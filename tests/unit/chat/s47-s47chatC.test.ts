import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 47, set r85 (sentences written here, not copied from the set): "directly into our account" in verb-last
 * Hindi, Hinglish and Urdu (an Urdu lexicon, round 47), "platform dışı" and "Wise ile" in Turkish; and, clean, a
 * Chinese notice that disowns any private account sent by WeChat, a "when you check out the Alibaba order you can
 * choose PayPal" answer, and payment terminals (plural) that support PayPal QR.
 */
const scan = (text: string) => scanMessage({ from: 'supplier', text });
const rulesOf = (text: string) => scan(text).map((f) => f.rule);
const paid = (text: string) => rulesOf(text).includes('offplatform-payment');
const moved = (text: string) => rulesOf(text).includes('offplatform-contact');

describe('verb-last "directly into our account" and personal accounts (hi, Hinglish, ur)', () => {
  for (const text of [
    'भाई ऑर्डर पर फीस ज्यादा है, बाकी रकम सीधा हमारे ICICI खाते में NEFT कर दीजिए।',
    'सर आप डायरेक्ट हमारे बैंक अकाउंट में वायर कर दो, जल्दी होगा।',
    'पेमेंट मैनेजर के पर्सनल अकाउंट में भेज दीजिए।',
    'sir seedha hamare SBI account me RTGS kar do, PI bhej raha hu',
    'براہ راست ہمارے بینک اکاؤنٹ میں رقم ٹرانسفر کر دیں، فیس بچ جائے گی۔',
    'باقی پیسے ہمارے مالک کے ذاتی اکاؤنٹ میں بھیج دیں۔',
    'سیدھا میرے اکاؤنٹ میں پیمنٹ کر دیں، آرڈر کی ضرورت نہیں۔',
    'آرڈر علی بابا سے باہر کر لیتے ہیں، رقم بینک میں بھیج دیں۔',
  ]) {
    it(`flags: ${text}`, () => expect(paid(text)).toBe(true));
  }
  for (const text of [
    // "directly" said of the order, a refusal, a warning, an account that is the buyer's own bank statement.
    'कृपया पूरा पेमेंट सीधे अलीबाबा ऑर्डर में कीजिए, किसी के खाते में मत भेजिए।',
    'seedha Alibaba order me pay kijiye, hum account details nahi dete',
    'پیمنٹ سیدھا علی بابا آرڈر میں کریں، کسی کے ذاتی اکاؤنٹ میں پیسے نہ بھیجیں۔',
    'ہم کبھی ذاتی اکاؤنٹ میں رقم نہیں مانگتے، صرف علی بابا آرڈر میں ادائیگی کریں۔',
    'سیدھا جواب: سامان پرسوں روانہ ہوگا۔',
    'नमूना सीधे आपके पते पर भेजेंगे।',
    'نمونہ سیدھا آپ کے پتے پر بھیج دیں گے۔',
  ]) {
    it(`stays clean: ${text}`, () => expect(paid(text)).toBe(false));
  }
});

describe('Turkish: off the platform, Wise after its name', () => {
  for (const text of [
    'Abi bu siparişi Alibaba dışı halledelim, ödeme havale ile olur.',
    'Platform dışı çalışırsak ödemeyi IBAN’a alırız, komisyon yok.',
    'Kalan tutarı Wise üzerinden gönderebilirsiniz.',
    'Ödemeyi Wise ile yaparsanız daha hızlı olur.',
  ]) {
    it(`flags: ${text}`, () => expect(paid(text)).toBe(true));
  }
  for (const text of [
    'Platform dışı ödeme kabul etmiyoruz, lütfen Alibaba siparişi üzerinden ödeyin.',
    'Dişi konnektör platform ile uyumlu, siparişi Alibaba üzerinden verin.',
    'Wise bir karar verdiniz, sipariş Alibaba üzerinden ödenir.',
  ]) {
    it(`stays clean: ${text}`, () => expect(paid(text)).toBe(false));
  }
});

describe('disowned accounts, the checkout chosen later in the sentence, terminals in the plural', () => {
  for (const text of [
    '重要提醒：本公司只通过阿里订单收款，有人用微信发给你的收款账户都不是我们的，请不要付款。',
    '注意：任何人通过邮件发来的银行账号均非我司的，请勿汇款。',
  ]) {
    it(`stays clean: ${text}`, () => {
      expect(paid(text)).toBe(false);
      expect(moved(text)).toBe(false);
    });
  }
  it('still flags an account that is not the company one but is asked for', () => {
    expect(paid('请打到老板私人账户，这个账户不是我们公司账户但是到账快。')).toBe(true);
  });
  for (const text of [
    'Sure, PayPal works, once you check out the Alibaba order you can pick PayPal or a card there.',
    'PayPal is fine, when you pay the Alibaba order you can select it with Trade Assurance.',
    'Unsere Kartenterminals unterstützen Apple Pay, PayPal-QR und NFC; ab 50 Stück 80 USD.',
    'Die Kartenterminals akzeptieren Girocard und PayPal QR, Akku 3000 mAh.',
  ]) {
    it(`stays clean: ${text}`, () => expect(paid(text)).toBe(false));
  }
  for (const text of [
    'PayPal is ok, if you skip the Alibaba order you can use it and save the fee.',
    'PayPal ok, when you message me on WhatsApp you can choose it, send to my PayPal.',
    'Die Kassenterminals sind da; zahlen Sie bitte per PayPal an meine Adresse hans@web.de.',
  ]) {
    it(`flags: ${text}`, () => expect(paid(text)).toBe(true));
  }
});
