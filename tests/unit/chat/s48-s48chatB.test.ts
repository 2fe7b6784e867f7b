import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 48 (s48chatB): an account said to expire, ending in a payment by bank, is the old "store closed" story; a dead
 * app followed by "this is my new one" hands a replacement over; the buyer's e-mail asked for in Indonesian and Malay;
 * a login given after "mój / mein / mi" is the seller's own handle, not a "login feature"; Thai "คุยต่อทาง LINE" carries
 * the talk on in an app; a warning against cards "sent in messengers in our name" and the buyer's own app printed on
 * the goods stay clean. Our own wording.
 */
const PAY = new Set(['offplatform-payment', 'bank-details-change']);
const rules = (text: string) => scanMessage({ from: 'supplier', text }).map((f) => f.rule);
const pay = (text: string) => rules(text).some((r) => PAY.has(r));
const contact = (text: string) => rules(text).includes('offplatform-contact');

describe('an account said to expire, then a payment by bank', () => {
  it.each([
    'Hi friend, our Alibaba account expires on Friday, so email me at tom.lamps@gmail.com and we arrange the order by bank, same price.',
    'My shop account is expiring soon, please pay the deposit through our bank directly, nothing changes in price.',
    'The store account expired yesterday, kindly send the payment by bank transfer to the details I give you.',
  ])('%s', (text) => {
    expect(pay(text)).toBe(true);
  });
  it.each([
    'Our Alibaba membership expires next month but we will renew it, please order by bank transfer on the order page as usual.',
    'The quotation expires on Friday, you can pay by bank transfer inside the Trade Assurance order.',
    'If your Alibaba account expires, you can still pay by bank card at checkout.',
  ])('stays clean: %s', (text) => {
    expect(pay(text)).toBe(false);
  });
});

describe('a dead app and its replacement', () => {
  it.each([
    'Sorry, my old WeChat got banned, this is my new one, shipment leaves tonight.',
    '我的微信被封了，这是我的新号，麻烦加一下',
    'Мой старый Telegram заблокирован, пишите на новый аккаунт.',
  ])('%s', (text) => {
    expect(contact(text)).toBe(true);
  });
  it.each([
    'My WeChat was blocked, so we just keep talking here in the Alibaba chat.',
    'WeChat Pay is not working today, the new price list is attached here.',
  ])('stays clean: %s', (text) => {
    expect(contact(text)).toBe(false);
  });
});

describe('the buyer’s e-mail asked for in Indonesian and Malay', () => {
  it.each([
    'Boleh minta alamat email Ibu? Nanti daftar harga saya kirimkan.',
    'Email kakak apa ya? Biar katalognya saya kirim.',
    'Boleh saya dapatkan e-mel tuan untuk hantar sebut harga?',
  ])('%s', (text) => {
    expect(contact(text)).toBe(true);
  });
  it.each([
    'Email konfirmasi pesanan akan dikirim otomatis oleh Alibaba.',
    'Minta email konfirmasi dari Alibaba sudah diterima belum, Pak?',
  ])('stays clean: %s', (text) => {
    expect(contact(text)).toBe(false);
  });
});

describe('a login handed over after a possessive', () => {
  it.each([
    'Cenę omówimy na Skype, mój login: marta.export88',
    'Besprechen wir das auf Skype, mein Login: jan.leuchten',
  ])('%s', (text) => {
    expect(contact(text)).toBe(true);
  });
  it.each([
    'The app offers WhatsApp login and Skype, login in one tap.',
    'Our booking software has a Skype login feature, no plugin needed.',
  ])('stays clean: %s', (text) => {
    expect(contact(text)).toBe(false);
  });
});

describe('Thai: the talk carried on in an app', () => {
  it.each(['รายละเอียดอื่นๆ คุยกันต่อทาง Line นะครับ', 'แชทต่อในไลน์ได้เลยค่ะ'])('%s', (text) => {
    expect(contact(text)).toBe(true);
  });
  it('stays clean: the talk kept in this chat', () => {
    expect(contact('คุยกันต่อทางแชทนี้ได้เลยนะคะ')).toBe(false);
  });
});

describe('strangers who write in our name, warned against', () => {
  it.each([
    'Не оплачивайте ссылки и реквизиты, которые приходят вам в Telegram от нашего имени. Платите только в заказе.',
    'Please never pay card numbers that reach you on WhatsApp in our name; the order page is the only place to pay.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it.each([
    'Не переживайте, пишите в WhatsApp, от нашего имени отвечает менеджер Ольга.',
    'Our manager will contact you on WhatsApp on behalf of our company, +86 139 2222 3333.',
  ])('still a move: %s', (text) => {
    expect(contact(text)).toBe(true);
  });
});

describe('the buyer’s own app printed on the goods', () => {
  it.each([
    'We can print a QR code linking to your WhatsApp on each gift box, tell us the text you want in the artwork.',
    'Imprimimos el código QR de su WhatsApp en la etiqueta, sin costo extra.',
    '您的WhatsApp二维码可以印在包装盒上。',
  ])('stays clean: %s', (text) => {
    expect(contact(text)).toBe(false);
  });
  it.each([
    'Send your WhatsApp number please, I add you and share the box design there.',
    'We print your logo on the carton. For more, add my WhatsApp 0086 139 1111 2222.',
  ])('still a move: %s', (text) => {
    expect(contact(text)).toBe(true);
  });
});
