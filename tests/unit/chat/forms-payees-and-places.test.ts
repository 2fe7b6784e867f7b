import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 33, contact: the contact form of the seller's own site named by the site ("on website contact form"), even
 * when the platform is named only as what the site has more of; and what is not a move — an e-mail that is the
 * payee's address of a PayPal-like service, the delivery address and phone asked for the courier (Japanese as in the
 * other languages), "WA" as Western Australia and "tg 200" as a quantity, and "talk to me here" beside the site's
 * live chat in every language the live-chat cue reads. Each exemption has the red-team counterpart a seller could
 * hide behind it.
 */
const scan = (text: string) => scanMessage({ from: 'supplier', text });
const rulesOf = (text: string) => scan(text).map((f) => f.rule);
const quoteOf = (text: string, rule: string) => scan(text).find((f) => f.rule === rule)?.quote;

describe('the contact form of the seller’s own site', () => {
  for (const text of [
    'Our site www.lumentek-lighting.com shows 3000 models that are not listed on Alibaba, leave inquiry on website contact form and I answer in an hour.',
    'We have many more models on www.lumentek-lighting.com, just leave a message via the site’s inquiry form and I answer same day.',
    'More styles than on Alibaba at our homepage lumentek.net, please send your request through our website contact form.',
    'Our catalogue is not only on Alibaba; leave your inquiry on our website contact form.',
    'Nuestra web www.lumentek.es tiene más diseños que no están en Alibaba, deje su consulta en el formulario de contacto de la web.',
    'Unsere Website www.lumentek.de hat mehr Modelle, nicht auf Alibaba; hinterlassen Sie Ihre Anfrage im Kontaktformular.',
    'Notre site www.lumentek.fr a plus de modèles qu’Alibaba, laissez votre demande dans le formulaire de contact.',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-contact'));
  }
  for (const text of [
    'Our website www.lumentek.com has more models, but please send your inquiry here on Alibaba.',
    'Unsere Website www.lumentek.de hat mehr Modelle, aber bitte stellen Sie Ihre Anfrage hier auf Alibaba.',
    'You can leave inquiry on the Alibaba contact form on our minisite.',
  ]) {
    it(`does not flag: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-contact'));
  }
});

describe('an e-mail that is the payee’s address of the payment service', () => {
  for (const text of [
    'Close the case please, I send a new one, you just pay 9 USD freight by PayPal to me, email in my next message',
    'Pay the 12 USD difference via PayPal F&F, my email address comes in the next message',
    'Pague los 10 USD por PayPal, el correo va en el siguiente mensaje',
    'Payez les frais par PayPal, l’e-mail dans mon prochain message',
  ]) {
    it(`flags the payment only: ${text}`, () => {
      const rules = rulesOf(text);
      expect(rules).toContain('offplatform-payment');
      expect(rules).not.toContain('offplatform-contact');
    });
  }
  for (const text of [
    // A bank transfer names no payee by e-mail: the address promised is a mailbox.
    'you only pay the freight 9 USD by bank transfer to me, email in my next message',
    // Another app named, or the talk said to go on in the mailbox.
    'Pay the shipping by PayPal to me. My WhatsApp number in the next message',
    'Pay by PayPal to me, my email is in the next message, we continue there',
    'please pay by paypal to me and I will send my email in the next message, contact me by email for the tracking',
    'Pay by PayPal to me, my email in next message, and add my WhatsApp +86 138 0013 8000',
  ]) {
    it(`still flags contact: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-contact'));
  }
});

describe('the delivery address and phone asked for the courier', () => {
  for (const text of [
    'サンプルのお届け先住所と電話番号をお知らせください。配送業者が使います。',
    '住所と電話番号を教えてください。',
    'please send your address and phone number for DHL',
    '请把收件地址和电话发给我，DHL派送需要',
    'Por favor envíeme su dirección y su número de teléfono, los necesita DHL',
  ]) {
    it(`does not flag: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-contact'));
  }
  for (const text of [
    '送付先住所と電話番号を教えてください。詳しくはLINEで追加してください',
    '住所と電話番号を教えてください。WhatsAppで連絡します',
    '電話番号を教えてください',
    'please give me your address and phone number, I will add you on WhatsApp',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-contact'));
  }
  it('quotes the move, not the address', () =>
    expect(quoteOf('住所と電話番号を教えてください。WhatsAppで連絡します', 'offplatform-contact')).toBe(
      'WhatsAppで連絡します',
    ));
});

describe('a state or a quantity is no app', () => {
  for (const text of [
    'Deliver to 45 King St, Perth WA 6000',
    'Ship to 12 Hay Street\nPerth\nWA?',
    'Unit 3, 88 Stirling Hwy\nNedlands\nWA?',
    'tg 200?',
    'need tg 200 or 300?',
    'WA 200 pcs?',
  ]) {
    it(`does not flag: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-contact'));
  }
  for (const text of [
    'hi\nwa?',
    'Send me your address please\nWA?',
    'wa 0812 3456 7890',
    'tg 89123456789',
    'add wa 0812345678',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-contact'));
  }
});

describe('the site’s live chat named, the talk kept here', () => {
  for (const text of [
    'Nuestra web www.hengda.es tiene chat en vivo, pero hablemos aquí por favor.',
    'Notre site www.hengda.fr a un chat en direct, mais écrivez-moi ici.',
    'Unsere Website www.hengda.de hat einen Live-Chat, aber schreiben Sie mir bitte hier.',
    'O nosso site www.hengda.com.br tem chat ao vivo, mas fale comigo aqui.',
    'Il nostro sito www.hengda.it ha una chat dal vivo, ma scrivimi qui.',
    'Web sitemiz www.hengda.com.tr canlı destek var ama burada yazışalım.',
    '我们官网www.hengda.cn有在线客服，不过在这里聊就行。',
  ]) {
    it(`does not flag: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-contact'));
  }
  for (const text of [
    'Nuestra web www.hengda.es tiene chat en vivo, no hablemos aquí, escríbame allí.',
    'Unsere Website www.hengda.de hat einen Live-Chat, schreiben Sie mir dort, nicht hier.',
    'На нашем сайте www.hengda.ru есть онлайн-чат, не пишите здесь, пишите там.',
    'Our website www.hengda-valve.com has a live chat, don’t talk here, I answer you there.',
  ]) {
    it(`flags: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-contact'));
  }
});
