import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 51 (s51chat): the checkout's own methods listed where the platform's order or checkout takes them, call apps
 * named as what a webcam or a speakerphone works with, the talk moved by an app's icon colour or "same name as here",
 * a LINE id, a meeting room's link, a related company's account or an own web shop beside the platform named as the
 * obstacle, a refund or resend promised without an order, "don't pay via Alibaba" in Arabic and a gift card with its
 * amount and store.
 */
const rulesOf = (text: string) => new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule));
const pay = (text: string) => rulesOf(text).has('offplatform-payment');
const contact = (text: string) => rulesOf(text).has('offplatform-contact');
const anyFlag = (text: string) => pay(text) || contact(text);

describe("the platform's checkout methods, listed with their place", () => {
  it.each([
    'Sample order is ready on Alibaba, 3 pcs plus shipping 45 usd, pay with Visa or PayPal inside the order and we ship next day',
    'Geachte klant, betalen kan met iDEAL, Bancontact of PayPal, allemaal via de Alibaba checkout.',
    'Visa, Mastercard and PayPal, all on the Alibaba payment page.',
    'Du kan betala med kort, Klarna eller PayPal, allt i Alibabas kassa.',
    'Posílám vám odkaz na objednávku na Alibabě. Karta i PayPal jsou tam k dispozici.',
    'आप कार्ड या PayPal से पेमेंट कर सकते हैं, सब कुछ Alibaba के ऑर्डर पेज पर।',
    'ok sample fee 30 usd with DHL, I send the sample order link now, pay by card or PayPal at the checkout there',
  ])('not flagged: %s', (text) => {
    expect(pay(text)).toBe(false);
  });
  it.each([
    'Please pay by PayPal to my account, not inside the order.',
    'Send it by PayPal friends and family, outside the order, then we ship.',
    'Pay the balance with PayPal directly and I will close the Alibaba order.',
  ])('still a payment: %s', (text) => {
    expect(pay(text)).toBe(true);
  });
});

describe('call apps named as what the goods work with', () => {
  it.each([
    'Our 4K conference camera works with Teams, Zoom and Skype, plug and play, MOQ 20 units',
    'USB webcam 1080p, works with Skype, Zoom, Google Meet, no driver needed, OEM logo possible',
  ])('not flagged: %s', (text) => {
    expect(contact(text)).toBe(false);
  });
  it('a webcam offer that also asks the buyer over to Skype is a move', () => {
    expect(contact('Webcam 1080p works with Zoom. Add me on Skype for the price list: live:sam.cam')).toBe(
      true,
    );
  });
});

describe('the talk moved without the app named in full', () => {
  it.each([
    'find me on the green-icon app, same name as here, easier to talk there',
    'look for us in the chat app with the same name as here, we reply faster',
    'búscame en la app verde, mismo nombre que aquí',
    'LINEでお話ししませんか？こちらの通知が遅いので。ID: mika_shop77',
    'こちらのチャットは通知が届きにくいので、LINEでやり取りしましょう',
    'better we continue on Line, ID: kenji_parts01',
    'short call with our QC engineer? room: meet.google.com/abc-defg-hij at 10am',
    'join here for the video check of the goods https://us02web.zoom.us/j/83456789012',
    'our manager will present, link teams.microsoft.com/l/meetup-join/19%3ameeting_x',
  ])('a move: %s', (text) => {
    expect(contact(text)).toBe(true);
  });
  it.each([
    'The app with the green icon controls the lamp, 100 pcs MOQ, paired by Bluetooth.',
    'Our product line, ID card holders in 5 colours, MOQ 500.',
    'Please check our factory video on youtube, MOQ 100 pcs.',
  ])('not flagged: %s', (text) => {
    expect(anyFlag(text)).toBe(false);
  });
});

describe('payments steered elsewhere, the platform named as the obstacle', () => {
  it.each([
    'שלום, אליבאבא מגבילה את ההזמנה, תעבירו את התשלום לחברה האחות שלנו, הפרטים בחשבונית',
    'Alibaba is limiting our order, please transfer the deposit to our sister company in Singapore.',
    'Alibaba ограничивает нас, оплатите на счёт нашей дочерней компании в Гонконге.',
    'Sie können auch in unserem eigenen Webshop bestellen, dort ist es billiger, weil wir die Alibaba-Gebühr sparen.',
    'Beställ gärna i vår egen webbutik istället, där slipper vi Alibabas avgift. Betala med kort i kassan där.',
    'لا تدفعوا عبر علي بابا، حولوا المبلغ إلى حسابنا',
    'For the customs fee please pay with a 50 USD Amazon gift card and send me the code',
    'No need to order on Alibaba, just send 150 USD to my PayPal and I ship today.',
  ])('a payment: %s', (text) => {
    expect(pay(text)).toBe(true);
  });
  it.each([
    'No need to order on Alibaba again, we will refund the broken pieces there.',
    'You do not need to place an order on Alibaba for the replacement, we resend it free of charge.',
    'We also have our own web shop for retail, but wholesale orders are only here on Alibaba.',
    'We sell gift card holders in kraft paper, 100 pcs MOQ.',
  ])('not a payment: %s', (text) => {
    expect(pay(text)).toBe(false);
  });
});
