import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 52 (s52chat): goods made for an app's video calls or driven by an app's bot are descriptions; the checkout's
 * own payment page in Hebrew anchors a wallet; video rooms on other hosts, a QR code to join the seller's group, an
 * app spelt out letter by letter, Czech mail and the buyer sent to the mailbox with a proof move the talk; a refund or
 * compensation paid in the other app or traded for the dispute, a wallet topped up on the seller's site and Hebrew
 * "paying … not through Alibaba" are payments outside. Cases written for this stop, not copied from any set.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const CONTACT = 'offplatform-contact';

describe('goods for an app’s video calls or driven by its bot stay clean', () => {
  it.each([
    'Our tripod with the ring light is perfect for WhatsApp video calls. The spare part left today, see the order.',
    'Stojan na tablet je vhodný na videohovory přes WhatsApp i Teams. Nový kus je na cestě.',
    'このタブレットホルダーはLINEのビデオ通話にぴったりです。交換品は発送済みです。',
    'החצובה מושלמת לשיחות וידאו בטלגרם. המשלוח החלופי יצא היום.',
    'Le support de tablette est idéal pour les appels vidéo WhatsApp. Le remplacement est parti.',
    'Der Tablet-Halter ist perfekt für Videoanrufe über WhatsApp, Ersatz ist unterwegs.',
    'Подставка для планшета удобна для видеозвонков в Telegram, замену отправили.',
    '这款平板支架很适合微信视频通话，补发件已寄出。',
    'La carte relais est pilotable depuis un bot Telegram, le firmware est fourni.',
    'Moduł jest sterowany przez bota Telegram, schemat w załączniku.',
  ])('%s → clean', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    'Tomorrow 9am we do a video call on WhatsApp with our engineer to check the defect.',
    'Ideal for video calls, so WhatsApp me at +86 139 2200 4411 for the price.',
    'Zítra uděláme videohovor přes WhatsApp s naším technikem.',
    'מחר נעשה שיחת וידאו בוואטסאפ עם הטכנאי שלנו.',
    'Ajoutez-moi sur Telegram pour piloter la commande.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });
});

describe('the Hebrew checkout’s payment page anchors a wallet', () => {
  it('PayPal on the order’s payment page, with a warning, is clean', () => {
    expect(rules('ניתן לשלם גם ב-PayPal בדף התשלום של ההזמנה. לא לשלם לאף אחד מחוץ להזמנה.')).toEqual([]);
  });
  it('PayPal to my account is still a payment', () => {
    expect(rules('תעביר את הכסף ב-PayPal לחשבון שלי.')).toContain(PAY);
  });
});

describe('the talk moved: video rooms, group QR codes, spelt-out apps, mailboxes', () => {
  it.each([
    'Our QC team wants to see it live, please enter the room meet.jit.si/qc-check-4471 at 3pm.',
    'Join us at whereby.com/sunrise-factory tomorrow morning to see the line.',
    'Video room link: rooms.talkhub.io/claim-8812, our manager waits there.',
    'To solve it faster, scan the QR code in the photo and join our VIP service group.',
    'Escanee el QR de la foto para unirse a nuestro grupo de posventa.',
    '请扫图片里的二维码进群，售后客服全天在线。',
    'the app hides words so: t e l e g r a m  8 6 1 3 9 0 0 4 5 5 7 1, we solve it there',
    'Podrobnosti k doplatku vám pošlu e-mailem.',
    'Potvrzení o platbě prosím pošlete na náš e-mail.',
    'Kindly send the transfer receipt to our e-mail as well.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'Scan the QR code on the carton to watch the assembly video.',
    'Please record a short video of the defect and attach it to the dispute.',
    'Fakturu vám pošleme e-mailem spolu se zásilkou.',
    'Please send the payment proof here in the chat, not by e-mail.',
    'Join the live stream on our AliExpress store page tonight.',
  ])('%s → clean', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('refunds and compensation paid outside, top-ups on the seller’s site', () => {
  it.each([
    'sorry for the broken lamp, add our service WhatsApp +86 136 0011 2299, we refund you there, quicker than AliExpress.',
    'Dear customer, your claim got 2x compensation. To claim it, contact our agent on Telegram @ae_refund_desk and follow the payment instructions.',
    'Kalau puan batalkan aduan, kami hantar RM40 ke akaun bank puan, tolong bagi nombor akaun.',
    'Le devolvemos el dinero por WhatsApp, más rápido que AliExpress, escríbanos al +86 137 5500 6611.',
    'For wholesale prices sign up on our website and recharge your balance with USDT, then message me on Telegram @whs_li.',
    'אם משלמים בהעברה בנקאית ולא דרך עליבאבא, המחיר יורד ב-5%.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'We are sorry, the refund for the two missing pieces goes back through AliExpress to your card.',
    'The power bank can top up two phones at once, 20000 mAh.',
    'hi, my english is bad, we talk about compensation on WhatsApp ok? +86 138 1100 2233',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});
