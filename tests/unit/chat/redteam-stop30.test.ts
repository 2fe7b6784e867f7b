import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 30's red team attacked the chat round's new patterns and exemptions. Each line is our own wording of an
 * attack it found: a seller's pitch dressed as what "other buyers got", a look-alike carrier host, a carrier named in
 * another sentence; and everyday after-sales talk the new patterns flagged as critical.
 */
const rulesOf = (text: string) => scanMessage({ from: 'supplier', text }).map((f) => f.rule);

describe('requests the new exemptions must not excuse', () => {
  for (const text of [
    // What other buyers "received" is a pitch when it is a discount for paying the seller directly.
    'Lots of our clients received 4% off when they paid into our bank account directly, you may do the same.',
    'Several buyers got free shipping by paying with Western Union to us, you can also.',
    // A carrier's name at the end of a look-alike host is not the carrier's site.
    'Import tax is due, settle it with the payment link we send: https://duty-dhl.com/inv/5521',
    'We will send you a payment link for the customs fee, pay it here: https://secure-fedex.com/pay',
    // A carrier in another sentence does not excuse the seller's own link or fee.
    'I will send you a payment link for the balance, please pay there. Shipping is by DHL, tracking on dhl.com later.',
    'Refund is approved. Send 12 usd handling to our finance first. The return goes by DHL, pay them for the label.',
  ]) {
    it(`flags: ${text}`, () => {
      expect(rulesOf(text)).toContain('offplatform-payment');
    });
  }
});

describe('after-sales talk the new patterns must leave alone', () => {
  for (const text of [
    'Scan the QR on the box to pair the plug with the Smart Life app; refund if it does not work with your router.',
    'Please scan the QR code in the manual for the setup video. If it still fails we will resend a new unit.',
    'Scan the QR on the parcel label to track it. Anything broken, we refund you through AliExpress.',
    'Your payment was transferred to the Citibank account designated by Alibaba, we can see it now.',
    'The freight is a separate payment for the shipping, you will see it on the order page as a second line.',
    'FedEx will e-mail you a link to pay the import VAT at fedex.com/billing, please pay it there to avoid delay.',
    // A fee paid in a new order on the platform is the route to take; the seller's own past payment is no demand.
    'For the resend, kindly pay the postage first in a new order, here: https://www.alibaba.com/order/778',
    'We will reship the broken lid; we have already paid the freight to our forwarder, nothing for you to pay.',
  ]) {
    it(`clear: ${text}`, () => {
      expect(rulesOf(text)).not.toContain('offplatform-payment');
      expect(rulesOf(text)).not.toContain('bank-details-change');
    });
  }

  it("a tracking or order number sent in the next message is not a contact handed on; a colleague's number is", () => {
    expect(rulesOf('The waybill number is in the next message, please check it.')).not.toContain(
      'offplatform-contact',
    );
    expect(rulesOf('Your order id is in the following message.')).not.toContain('offplatform-contact');
    expect(rulesOf('My colleague handles resends, her number is in the next message.')).toContain(
      'offplatform-contact',
    );
  });

  it('Polish "add me to your favourite sellers" stays on the platform; "add me on the messenger" does not', () => {
    expect(
      rulesOf('Zachęcam, proszę dodać mnie do obserwowanych sklepów, co tydzień nowe promocje.'),
    ).not.toContain('offplatform-contact');
    expect(rulesOf('Proszę dodać mnie na komunikatorze, tam wyślę zdjęcia.')).toContain(
      'offplatform-contact',
    );
  });

  it('Arabic: "will contact you directly through Alibaba / here in the chat" stays on the platform', () => {
    expect(rulesOf('سيتواصل معك قسم ما بعد البيع مباشرة عبر علي بابا.')).not.toContain('offplatform-contact');
    expect(rulesOf('سيتواصل معك مدير المبيعات مباشرة على الواتساب.')).toContain('offplatform-contact');
  });

  it('a fee first through a link on a look-alike of the platform is still flagged', () => {
    expect(
      rulesOf('For the resend, pay the postage first via this link: https://www.alibaba.com.fee-pay.top/o/1'),
    ).toContain('offplatform-payment');
  });

  it('a QR that leads to paying in a refund message is still flagged', () => {
    expect(
      rulesOf('Your refund is ready, just scan the QR I send on WhatsApp and pay 1 dollar to verify.'),
    ).toContain('offplatform-payment');
  });
});
