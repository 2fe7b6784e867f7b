import { describe, expect, it } from 'vitest';
import { rules } from './chat-lines';

const rulesOf = (text: string) => [...new Set(rules(text))].sort();

describe('duties to the driver at delivery clear no other request to pay', () => {
  it.each([
    // A second request, another way to pay, or a driver said to be the seller's.
    'The VAT goes to the UPS driver when the parcel arrives. The lamp itself, please pay me directly and save 15%.',
    'Оплатите сбор напрямую курьеру при доставке, а перед этим переведите 900 рублей по СБП на номер 8 900 123 45 67.',
    'Zapłacisz cło bezpośrednio kurierowi przy dostawie, ale wcześniej wyślij BLIK 80 zł na numer 600 700 800.',
    'Pay the customs directly to the courier on delivery, but first buy a 50 USD gift card and send me the code.',
    'Pay the driver directly at the door, 90 EUR in cash. He works for our shop, he is my cousin.',
  ])('flags %s as payment', (t) => {
    expect(rulesOf(t)).toContain('offplatform-payment');
  });
  it.each([
    'The import tax is collected by the carrier: you pay it directly to the UPS driver on delivery, nothing to us.',
    'Die Einfuhrabgaben zahlen Sie direkt dem DHL-Fahrer bei der Lieferung, wir verlangen nichts.',
  ])('leaves %s without payment', (t) => {
    expect(rulesOf(t)).not.toContain('offplatform-payment');
  });
});

describe('a customs fee to an agent: a request, not a report or a warning', () => {
  it.each([
    'The clearance fee was already paid to our customs agent Mrs. Lopez, nothing more is due.',
    'Customs is settled by us. Do not pay anyone who calls you, not even a Mr. Smith.',
    'Der Zoll ist erledigt. Überweisen Sie nichts an Frau Becker, falls sie anruft.',
    'Customs documents attached; the duty payment is on line 7 of the form.',
    'Clearance done. Signal light at the depot is for the payment lane, drivers only.',
  ])('leaves %s without payment', (t) => {
    expect(rulesOf(t)).not.toContain('offplatform-payment');
  });
  it.each([
    'Parcel held at customs: please transfer the 70 USD duty to our broker Mr. Alvarez today.',
    'Customs hold. Our agent will write you on the LINE app to arrange the clearance payment.',
    'Customs: contact our clerk on Signal +49 151 2345678 for the duty payment.',
  ])('flags %s as payment', (t) => {
    expect(rulesOf(t)).toContain('offplatform-payment');
  });
});

describe("a refund by transfer is the seller's only when the seller sends it", () => {
  it('leaves the platform refund to the original bank account alone', () => {
    expect(
      rulesOf(
        'The platform will refund you; if you paid by bank transfer, the sum goes back to your bank account. A notice comes by e-mail.',
      ),
    ).not.toContain('offplatform-payment');
  });
  it('flags the seller who refunds by transfer after another channel', () => {
    expect(
      rulesOf('Cancel the dispute and I will send the refund by bank transfer, write me on Viber.'),
    ).toContain('offplatform-payment');
  });
});

describe('a shop moved, not an order moved', () => {
  it.each([
    'Your parcel was moved to the eBay-style returns shelf, it ships tomorrow.',
    'The order moved to the Amazon packing station an hour ago.',
  ])('leaves %s without contact', (t) => {
    expect(rulesOf(t)).not.toContain('offplatform-contact');
  });
  it.each([
    'Our shop has moved to Etsy, find the same lamps there.',
    'We are moving to Shopee next week, look for us there.',
  ])('flags %s as contact', (t) => {
    expect(rulesOf(t)).toContain('offplatform-contact');
  });
});
