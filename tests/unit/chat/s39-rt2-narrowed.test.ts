import { describe, expect, it } from 'vitest';
import { rules } from './chat-lines';

// Second red team of stop 39's chat changes: four new readings narrowed to the construction each was added for.
// Sentences written for these tests, both directions.

const PAY = ['offplatform-payment', 'bank-details-change', 'payment-details'];
const flagsPayment = (t: string) => rules(t).some((r) => PAY.includes(r));
const flagsContact = (t: string) => rules(t).includes('offplatform-contact');

describe('an inspection, QC or certification fee is no fee paid through a link', () => {
  it.each([
    'Should you want a pre-shipment check, book Bureau Veritas on your side and pay the inspection fee at bureauveritas.com.',
    'The buyer pays the QC fee to Intertek at intertek.com when ordering the audit; just share the booking code.',
    'CE certification fee is 150 USD and goes into the Alibaba order; once paid, post the screenshot here.',
  ])('leaves %s', (t) => {
    expect(flagsPayment(t)).toBe(false);
  });
  it.each([
    'Your parcel is stuck at customs: pay the clearance fee on parcel-free.top and send us the receipt.',
    'To release the goods pay the customs deposit of 90 USD through this link: bit.ly/xx12',
  ])('still flags the parcel held for a fee: %s', (t) => {
    expect(flagsPayment(t)).toBe(true);
  });
});

describe('a proof of payment asked by e-mail: English and Turkish imperatives, not negated, not a contract', () => {
  it.each([
    'Please do not send the payment slip to us by email; attach it to the Alibaba order.',
    'Kindly email the signed agreement to us by email for the legal department, payment stays on Alibaba.',
    'Lütfen dekontu bize e-postayla göndermeyin, Alibaba siparişine yükleyin.',
    'Vă rugăm să nu ne trimiteți chitanța pe e-mail, încărcați-o în comandă.',
    'Kérjük, ne küldje el a bizonylatot e-mailben, hanem töltse fel az Alibabára.',
    'Στείλτε μας την απόδειξη εδώ, όχι στο email.',
  ])('leaves %s', (t) => {
    expect(flagsContact(t)).toBe(false);
  });
  it.each([
    'After the transfer, send the bank receipt to us by email so we can start.',
    'Send us the proof of payment via email today.',
    'Havale sonrası makbuzu bize e-postayla gönderin.',
  ])('flags %s', (t) => {
    expect(flagsContact(t)).toBe(true);
  });
});

describe("someone's account in Romanian and Hungarian: the reader told to pay", () => {
  it.each([
    'Am plătit deja agentului nostru din Shanghai transportul; dumneavoastră achitați doar comanda pe Alibaba.',
    'Tavaly már utaltunk a hongkongi cégünk számlájára, most csak az Alibabán kell fizetni.',
  ])('leaves the seller telling its own payment: %s', (t) => {
    expect(flagsPayment(t)).toBe(false);
  });
  it.each([
    'Achitați 300 USD agentului nostru din Shenzhen.',
    'Kérem, fizesse be az összeget a szingapúri cégünk számlájára.',
  ])('flags %s', (t) => {
    expect(flagsPayment(t)).toBe(true);
  });
});

describe('a refund outside the platform: not the platform’s own refund, and the negation must govern the IBAN', () => {
  it.each([
    'After the cancellation the amount is refunded by AliExpress straight away, to your card or your IBAN.',
    'Suma vă va fi rambursată de Alibaba imediat, pe card sau în IBAN-ul dvs.',
  ])('leaves %s', (t) => {
    expect(flagsPayment(t)).toBe(false);
  });
  it.each([
    "We don't need your bank's name, just your IBAN, and I pay you back directly.",
    'Refunds by AliExpress are slow; send me your IBAN and I refund you directly.',
  ])('flags %s', (t) => {
    expect(flagsPayment(t)).toBe(true);
  });
});
