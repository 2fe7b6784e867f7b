import { describe, expect, it } from 'vitest';
import { rules } from './chat-lines';

/**
 * Stop 38: a number after "call me" or German "rufen Sie mich an" is the seller's own phone (the cue list had "text
 * me", "reach us" and "ring me" but not the plainest verb), and "our Wise" / "to my Wise" names the wallet as the
 * payee the way "our PayPal" does. The ordinary adjective ("a wise choice", "our wise customers") stays quiet.
 */

describe('a phone number after "call me"', () => {
  it.each([
    'Call me: 0171 2345678',
    'pls call me at 0171 2345678 for the price',
    'Bitte rufen Sie mich an: 0171 2345678',
    'Ruf mich gerne an unter 0171 2345678',
  ])('flagged: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));

  it.each([
    'The courier will call you at 0171 2345678 before delivery.',
    'Please call me back about order 1234567 here in the chat, thanks',
    'call me when the goods arrive',
  ])('not a contact: %s', (text) => expect(rules(text)).not.toContain('offplatform-contact'));
});

describe('"our Wise" as the payee', () => {
  it.each(['Use our Wise for the deposit.', 'Send the balance to my Wise, faster for both of us.'])(
    'flagged: %s',
    (text) => expect(rules(text)).toContain('offplatform-payment'),
  );

  it.each([
    'You made a wise choice, our wise customers order two sets.',
    'It is wise to pay through the Alibaba order.',
  ])('not a payment: %s', (text) => expect(rules(text)).not.toContain('offplatform-payment'));
});
