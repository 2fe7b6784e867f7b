import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 53 (s53nchat), mending the stop-53 readings: the payee "now shown" on the order page in every language, goods
 * described for video calls whatever their noun, a QR printed on the box, software whose users pay in "our app", a
 * number for customs in the newly read languages; and "not through Alibaba" set in brackets, "the payee is now …",
 * Spanish "transfiera". Cases written for this stop.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const CONTACT = 'offplatform-contact';
const PAY = ['offplatform-payment', 'bank-details-change'];
const paid = (text: string) => rules(text).some((r) => PAY.includes(r));

describe('the payee shown where it always is', () => {
  it.each([
    "Il beneficiario è ora visualizzato nella pagina dell'ordine.",
    'Il beneficiario ora è indicato sulla fattura di Alibaba.',
    'El beneficiario ahora es mostrado en la página del pedido.',
    'Le bénéficiaire est désormais indiqué sur la facture Alibaba.',
    'Der Begünstigte ist jetzt angegeben auf der Alibaba-Rechnung.',
    'The payee is now displayed on your Alibaba order page.',
    'The beneficiary is now the same as before, nothing changed.',
  ])('%s → clean', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    'Kindly note the payee is now Hengda HK Ltd, our collecting agent.',
    'O beneficiário agora é a nossa parceira em Hong Kong, faça a transferência para ela.',
    'Il beneficiario ora è la nostra società di Hong Kong.',
  ])('%s → payment', (text) => {
    expect(paid(text)).toBe(true);
  });
});

describe('goods for video calls, whatever they are', () => {
  it.each([
    'Wireless earphones with noise cancelling, clear sound on WhatsApp video calls.',
    'Dieser Ohrhörer eignet sich prima für WhatsApp-Videoanrufe.',
    'Lampe LED pour selfies et appels vidéo WhatsApp.',
  ])('%s → clean', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });

  it.each([
    'A WhatsApp video call is handier to show you the factory.',
    'La videollamada por WhatsApp es más cómoda para ver los productos.',
    'We can do a WhatsApp video call tomorrow at 9.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });
});

describe('a QR printed on the goods, an app sold as the product', () => {
  it.each([
    'The QR on the carton takes you to our channel with setup videos.',
    'Scan the QR code on the product to follow our channel for assembly tutorials.',
    'Point-of-sale demo: customers scan the QR at the table, order and pay in our app, the bar gets the ticket.',
    'Our booking software lets your guests pay inside our app or by card link.',
    'The self-order kiosk: diners order in our app and pay at the till.',
  ])('%s → clean', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    'Scan this QR code to follow our channel and get the price list.',
    'You can order in our app and get 5% off.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });
});

describe('a number for customs in the newly read languages', () => {
  it.each([
    'Dați-mi un număr de telefon pentru vameș, e necesar la import.',
    'Îmi puteți da un număr de telefon pentru vamă?',
    'Στείλτε μου ένα τηλέφωνο για το τελωνείο.',
    'Naomba namba yako ya simu kwa forodha.',
  ])('%s → clean', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });

  it('a number with nothing of customs is still asked for', () => {
    expect(rules('Dați-mi un număr de telefon, vă sun eu.')).toContain(CONTACT);
  });
});

describe('"not through Alibaba" in brackets', () => {
  it.each([
    'Pague con transferencia (no por Alibaba) y le hacemos un 5% de descuento.',
    'Transfiera a la cuenta de nuestra oficina en Ningbo (no a través de Alibaba) y se ahorra la comisión.',
    'Payez par virement (pas par Alibaba) pour 5% de remise.',
    'Paghi con bonifico (non tramite Alibaba), sconto del 5%.',
    'Zahlen Sie per Überweisung (nicht über Alibaba), dann 3% Rabatt.',
    'Pay by bank transfer (not via Alibaba) for a 5% discount.',
  ])('%s → payment', (text) => {
    expect(paid(text)).toBe(true);
  });

  it.each([
    'Pague por Alibaba (no por transferencia), es más seguro.',
    'Please pay through Alibaba, not by bank transfer.',
  ])('%s → no payment finding', (text) => {
    expect(paid(text)).toBe(false);
  });
});

describe('fees into the forwarder, the seller’s own app as the till', () => {
  it.each([
    'Clearance charges are 90 USD, kindly wire them to the forwarder’s account below.'.replace('’', "'"),
    'Dogana: 45 euro di dazi, paghi sul loro conto qui sotto.',
    'Get our app, sign up with my invite code KT21 and pay in the app, 8% cheaper.',
    'Descargue nuestra aplicación y pague dentro de nuestra app, le sale más barato.',
    'Better to pay in our app than here.',
  ])('%s → payment', (text) => {
    expect(paid(text)).toBe(true);
  });

  it.each([
    'UPS will bill the import duty; pay it on their account page at ups.com once the SMS arrives.',
    'Our hotel software lets your guests pay in our app or at the desk.',
  ])('%s → no payment finding', (text) => {
    expect(paid(text)).toBe(false);
  });

  it.each([
    'Install our app and type invitation code QX77, then order there.',
    'Bisa share nomor WA anda? lebih cepat.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it('a tracking number asked for in Indonesian is shipping', () => {
    expect(rules('Bisa share nomor resi anda untuk cek pengiriman?')).not.toContain(CONTACT);
  });
});
