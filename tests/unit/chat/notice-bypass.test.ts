import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * A safety notice ("beware of scammers, pay only via Alibaba") excuses the accounts it warns against, never a
 * request in the same message to pay the sender's own side. Stop 29's red team found a warning sentence plus one
 * harmless "no" or "don't" in the paying sentence silenced the critical rule; each line here was flagged before the
 * notice shape existed and must stay flagged.
 */
const rulesOf = (text: string) => scanMessage({ from: 'supplier', text }).map((f) => f.rule);

describe('a warning wrapped around a request to pay outside does not hide the request', () => {
  for (const text of [
    'Careful, fake sellers copy our shop, pay only via the Alibaba order. No need to wait for the link, send the deposit by PayPal to paypal.me/sunnytrade.',
    'Scam alert: pay only through Alibaba. Please wire the balance to our Payoneer account today, do not worry about the fee.',
    'Beware of impostors, only pay on Alibaba. For bulk orders pay by Western Union to our manager, no invoice needed.',
    'Pay only through Alibaba. To stay safe from fraud, pay the deposit to our boss personal PayPal.',
    'Warning, scammers use our name. Pay only via Alibaba. Not through the order this time, Western Union to our director is faster.',
    '注意防骗，只通过阿里巴巴订单付款。不用等了，定金请付到我们老板的支付宝。',
    "Attention aux escrocs, payez uniquement via la commande Alibaba. Pas besoin de facture, envoyez l'acompte par Western Union à notre directeur.",
  ]) {
    it(`still flags: ${text}`, () => {
      expect(rulesOf(text)).toContain('offplatform-payment');
    });
  }

  it('the notice itself, and one that reports what an impostor asks, stay clear', () => {
    expect(
      rulesOf(
        'Beware: someone sends fake invoices with our logo. Our account never changes, pay via Trade Assurance only.',
      ),
    ).toEqual([]);
    expect(
      rulesOf(
        'Warning: people pretend to be our shop and ask buyers to pay by Alipay. Never pay anyone outside the Alibaba order.',
      ),
    ).toEqual([]);
  });
});
