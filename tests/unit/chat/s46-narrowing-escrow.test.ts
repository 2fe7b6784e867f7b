import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 46, narrowing after the red team: the seller's escrow is a SERVICE to pay through (a "safe record" is a boast,
 * the platform named as the secure payment anchors it), an escrow preferred over the platform's stays flagged; the
 * e-mail-only talk exemption does not hold when the sentence speaks of rates, commissions or closing; Hebrew
 * "impossible without Alibaba" refuses; German "nichts mehr über Alibaba" refuses the platform, not the payment; a
 * reward sent (past tense) to the buyer's wallet is no ask, nor is a later payment anchored to the platform.
 */
const paymentFlagged = (text: string) =>
  scanMessage({ from: 'supplier', text }).some((f) => f.rule === 'offplatform-payment');

describe('escrow: a service the buyer is steered to', () => {
  it.each([
    'The escrow of Alibaba takes a week to release, so we rather use holdpay-secure.net for this batch.',
    'Trade Assurance escrow costs us 3%, better to use www.holdsafe-pay.com instead.',
    'Please pay through our secure payment gateway www.payfast-trade.top.',
    "Our partner's escrow will keep the money until you receive the goods.",
  ])('flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(true);
  });
  it.each([
    'Our safe trade history speaks for itself: eight years and no complaints.',
    'Our secure payment system is Trade Assurance, so please pay on the order page.',
    'Our safe checkout is only on www.alibaba.com; do not trust any other escrow link.',
    'Alibaba escrow protects you, we prefer it to any other way.',
  ])('not flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(false);
  });
});

describe('talk moved to e-mail: money in the sentence ends the exemption', () => {
  it.each([
    'We can discuss by email without Alibaba, and you save the platform commission.',
    'Talk to me off Alibaba and I can offer a lower rate.',
    'Lets communicate outside Alibaba and close the deal faster.',
  ])('flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(true);
  });
  it.each([
    'Let us keep the technical discussion by email, outside Alibaba, it is easier to send drawings.',
    'All design talk by e-mail please, not on Alibaba chat.',
  ])('not flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(false);
  });
});

describe('Hebrew: a deal without the platform said to be impossible', () => {
  it.each(['לא ניתן לשלם מחוץ לעליבאבא, רק דרך ההזמנה.', 'אסור לסגור עסקה בלי עליבאבא.'])(
    'not flagged: %s',
    (text) => {
      expect(paymentFlagged(text)).toBe(false);
    },
  );
  it.each(['אפשר להזמין בלי עליבאבא, ישירות מאיתנו.'])('flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(true);
  });
});

describe('German: "nichts (mehr) über / an" the platform refuses the platform', () => {
  it.each([
    'Bitte nichts mehr über die Plattform bezahlen, ab jetzt alles per Banküberweisung an unsere Firma.',
    'Ab sofort bezahlen Sie nichts mehr über Alibaba, sondern überweisen direkt an unsere Firma.',
    'Zahlen Sie nicht mehr über Alibaba, bitte nur direkt auf das Firmenkonto.',
  ])('flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(true);
  });
  it.each([
    'Zahlen Sie nichts außerhalb von Alibaba.',
    'Überweisen Sie nichts auf unser Konto, bezahlen Sie nur über die Bestellung.',
    'Zahlen Sie nichts an Dritte, nur über Alibaba.',
    'Sie müssen nichts mehr über Alibaba bezahlen, die Bestellung ist komplett bezahlt.',
    'Sie müssen nicht mehr über die Plattform zahlen, alles ist beglichen.',
  ])('not flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(false);
  });
});

describe('a reward already sent to the buyer’s wallet', () => {
  it.each([
    'I have sent a small bonus to your PayPal for the photos. Thanks!',
    'We gave a 3 USD reward to your PayPal. The next order you can pay through Alibaba as always.',
  ])('not flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(false);
  });
  it.each([
    'We sent a gift to your PayPal as thanks. You can pay the next order to us by PayPal too.',
    'We sent a gift to your PayPal. You can pay the next order by PayPal instead of on Alibaba.',
  ])('flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(true);
  });
});
