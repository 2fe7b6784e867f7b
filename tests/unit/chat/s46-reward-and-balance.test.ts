import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 46: a reward sent to the buyer's wallet is not a payment elsewhere, but the exception is judged over the whole
 * message — when another clause asks the buyer to pay or settle with the seller through that wallet, the wallet is
 * the way to pay after all (stop 45's red team: the exception was judged per clause and cleared the next clause's ask).
 */
function flaggedAsPayment(text: string): boolean {
  return scanMessage({ from: 'supplier', text }).some((f) => f.rule === 'offplatform-payment');
}

describe('a reward to the buyer’s wallet with a request to pay there in another clause', () => {
  it.each([
    'We send you a small bonus to your PayPal, and the rest of the invoice you can settle with us the same way.',
    'Thanks for the review! We will send you 2 USD gift to your PayPal; next time you just pay us there, cheaper.',
    'Le mandamos un bono a su PayPal; la próxima compra nos la paga por PayPal directamente.',
    'Te enviamos um cashback no seu PayPal, e da próxima vez você pode pagar no PayPal com desconto.',
  ])('flagged: %s', (text) => {
    expect(flaggedAsPayment(text)).toBe(true);
  });
});

describe('a reward to the buyer’s wallet alone, or a refund to the original method', () => {
  it.each([
    'We send you a small bonus to your PayPal after your photo review. Thank you!',
    'Le enviamos un bono de regalo a su PayPal por su reseña; su saldo en la tienda no cambia.',
    'We refund you to your original payment method PayPal, the balance will show in 3 days.',
  ])('not flagged as payment: %s', (text) => {
    expect(flaggedAsPayment(text)).toBe(false);
  });
});
