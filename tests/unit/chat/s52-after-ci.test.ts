import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 52, after the CI run: the buyer told to send something "by e-mail" moves the talk when it is a payment proof
 * or a confirmation, not when it is a named paper for the seller's office (a signed agreement, a contract, an NDA, a
 * bill of materials) while the payment stays in the order. Cases written for this stop.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const CONTACT = 'offplatform-contact';

describe('a named paper sent by e-mail is no move; a payment proof is', () => {
  it.each([
    'Kindly send the signed sales contract to us by email for our legal department, payment stays on Alibaba.',
    'Please forward the signed NDA by e-mail to our lawyer; the order and payment stay on Alibaba.',
  ])('%s → clean', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    'After paying, kindly send the bank slip by email so finance can check.',
    'Please send the payment confirmation to our e-mail as well.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });
});
