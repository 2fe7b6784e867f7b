import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Contact pointed to rather than given (the buyer's app asked for by its nickname, the live chat of the seller's own
 * shop, the seller's name to look up on a search engine, an id in the profile picture), money sent to another company
 * paid for the seller (a partner, a sub-supplier, an appointed collection company, a manager named as the holder), a
 * customs fee whose amount has a decimal comma, Thai "not through the platform"; and, not flagged, an e-mail only
 * pointed to on the platform profile and Hinglish "order me add kar diya" (added into the order).
 */
const scan = (text: string) => scanMessage({ from: 'supplier', text });
const rulesOf = (text: string) => scan(text).map((f) => f.rule);
const quoteOf = (text: string, rule: string) => scan(text).find((f) => f.rule === rule)?.quote;

describe('contact pointed to, not given', () => {
  for (const text of [
    'friend, what is ur wa? the video is too big for this chat',
    'pls share your wts, I send the catalogue',
    '¿cuál es tu wsp? te paso el catálogo',
    'kak, wa kakak berapa? saya kirim foto',
    'Go to our web store www.brightlamps.shop, and I will answer you there through live chat.',
    'Sitemize göz atın www.ornekmobilya.com.tr, orada canlı destek üzerinden konuşalım.',
    'Besuchen Sie unseren Onlineshop www.kerzenhaus.de und schreiben Sie uns dort im Live-Chat.',
    "just google 'Yiwu Sunny Toys Factory' and you can find us",
    'Search our factory name on Google, our site has a contact page.',
    'Buscadnos: busque Cerámicas Levante en Google y nos encontrará.',
    'Найдите нас в Яндексе по названию фабрики.',
    'my WeChat ID is on my profile picture, add me',
    'Mi número está en mi foto de perfil.',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-contact'));
  }
  it('quotes the question for the app', () =>
    expect(quoteOf('hello sir, whats your wa? i have new samples', 'offplatform-contact')).toBe(
      'hello sir, whats your wa?',
    ));
  for (const text of [
    'What is your WA-300 target price?',
    'what is your wa series budget for this year',
    'The doorbell app has live chat with visitors, manual at www.ringbell-tech.com.',
    'Our live chat here on Alibaba answers in one hour.',
    'You can google the EN71 standard and you will find the limits.',
    'Our logo is in my profile picture.',
    'We have no live chat on our website, please keep writing here.',
  ]) {
    it(`leaves alone: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-contact'));
  }
});

describe('an e-mail only pointed to on the platform profile', () => {
  for (const text of [
    'Our e-mail is listed on our Alibaba company profile, if you ever need it.',
    "Notre adresse e-mail figure sur notre profil de la plateforme, mais continuons ici s'il vous plaît.",
    'Наш e-mail есть в профиле магазина на платформе, но давайте переписываться здесь.',
    'Nuestro correo aparece en nuestro perfil de la plataforma.',
  ]) {
    it(`leaves alone: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-contact'));
  }
  for (const text of [
    'Our e-mail is on our Alibaba profile, write to us there for the best price.',
    'Our mail is on our profile: tina@lamp-works.com',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-contact'));
  }
});

describe('Hinglish "me add" is "added into"', () => {
  it('leaves alone a charge added into the Alibaba order', () =>
    expect(
      rulesOf(
        'Freight ka amount Alibaba order me add kar diya hai, wahi pe pay kijiye. Hum bahar payment nahi lete.',
      ),
    ).toEqual([]));
  it('still reads the Portuguese "add me"', () =>
    expect(rulesOf('me add no zap para conversar')).toContain('offplatform-contact'));
});

describe('another company paid for the seller', () => {
  for (const text of [
    'Veuillez verser le reste à notre partenaire à Singapour, le contrat ne change pas.',
    'Please remit the tooling cost to our mould factory directly; Alibaba order covers the goods only.',
    'Bitte zahlen Sie die Werkzeugkosten an unseren Partner in Vietnam.',
    'Por favor pague el saldo a nuestra empresa colaboradora en Panamá.',
    'Lütfen bakiyeyi iş ortağımıza ödeyin.',
    'From next week the payments for us go to Hangzhou Ruitai Co., our designated collection company.',
    '请把余款付给我们的合作工厂。',
    'kindly transfer to the account below, holder is our finance manager Zhang Min',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-payment'));
  }
  it('quotes the sentence that names the partner', () =>
    expect(
      quoteOf(
        'Hello. Please pay the balance to our partner in Thailand, same invoice.',
        'offplatform-payment',
      ),
    ).toBe('Please pay the balance to our partner in Thailand, same invoice.'));
  for (const text of [
    'Our partner factory makes the moulds, the payment is in the Alibaba order.',
    'Account name is our company name, please pay on the order page.',
    'Our sales manager is Lily, she will follow your order.',
  ]) {
    it(`leaves alone: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-payment'));
  }
});

describe('fees and the way around the platform', () => {
  it('a customs fee with a decimal comma, paid through a look-alike link', () =>
    expect(
      rulesOf(
        'Ihre Sendung wird vom Zoll zurückgehalten. Zahlen Sie die Einfuhrgebühr von 4,75 € über den Link zollamt-paket.info/zahlung.',
      ),
    ).toContain('offplatform-payment'));
  it('Thai: a direct transfer "not through the platform" for a discount', () =>
    expect(rulesOf('โอนตรงเข้าบัญชีบริษัทเรา ไม่ผ่านแพลตฟอร์ม ลดให้ 3%')).toContain('offplatform-payment'));
  it('Thai: a refusal still refuses', () => expect(rulesOf('เราไม่รับโอนนอกระบบครับ')).toEqual([]));
});
