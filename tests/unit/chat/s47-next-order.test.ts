import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 47: "the next order" names the order the money is for, not the platform order the money is paid on, so it no
 * longer clears a request to pay a later order by PayPal (a pattern buyers quote from AliExpress sellers in Spanish and
 * Portuguese). The platform itself named in the clause still keeps it clean.
 */
const paymentFlagged = (text: string) =>
  scanMessage({ from: 'supplier', text }).some((f) => f.rule === 'offplatform-payment');

describe('a later order paid outside', () => {
  it.each([
    'Amigo, o próximo pedido pode me pagar no PayPal que sai mais barato pra você.',
    'El siguiente pedido me lo pagas por PayPal y te hago descuento.',
    'Pour la prochaine commande vous pouvez payer par Western Union, sans frais.',
    'Il prossimo ordine puoi pagare con PayPal amici, costa meno.',
  ])('flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(true);
  });
  it.each([
    'O próximo pedido você paga normalmente pelo AliExpress, com cupom.',
    'El próximo pedido lo haces en la plataforma igual, con PayPal en el checkout.',
    'Thanks for the order! For the next order we can give a 3% discount on the Alibaba order too.',
  ])('not flagged: %s', (text) => {
    expect(paymentFlagged(text)).toBe(false);
  });
});
