import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 51 (s51nchat): the readings the s51chat change added, narrowed where a red team found them too wide — "available
 * there" beside the seller's own account, "all via Alibaba" as a complaint, a production line's id, a device's app by
 * its icon colour, the platform's own app, a free resend without an order, a related company only named in Hebrew.
 */
const rulesOf = (text: string) => new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule));
const pay = (text: string) => rulesOf(text).has('offplatform-payment');
const contact = (text: string) => rulesOf(text).has('offplatform-contact');

describe('"available there" does not clear a payment to the seller\'s own account', () => {
  it.each([
    'Zasílám odkaz na objednávku. Platba na můj soukromý účet je rovněž k dispozici.',
    'Odkaz na objednávku pošlu, zaplatit ale můžete také přímo na náš bankovní účet, číslo účtu máte k dispozici.',
    'लिंक भेज दिया है, बाकी रकम मेरे निजी खाते में भेजें, डिटेल वहां उपलब्ध है।',
  ])('flagged: %s', (text) => {
    expect(pay(text)).toBe(true);
  });
  it.each([
    'Posílám odkaz na objednávku na Alibabě, karta i PayPal jsou tam k dispozici.',
    'मैं ऑर्डर लिंक भेज रहा हूँ, कार्ड और PayPal वहाँ उपलब्ध हैं।',
  ])('still clean: %s', (text) => {
    expect(pay(text)).toBe(false);
  });
});

describe('"all via Alibaba" said as a complaint', () => {
  it.each([
    'Swisha hellre till mitt privata konto, allt via Alibaba tar för lång tid.',
    'Pay me with PayPal instead, all through Alibaba takes far too long.',
  ])('flagged: %s', (text) => {
    expect(pay(text)).toBe(true);
  });
  it('the checkout list still clean', () => {
    expect(pay('Kort, Klarna eller PayPal, allt i Alibabas kassa.')).toBe(false);
  });
});

describe('a LINE id only in the app sense', () => {
  it.each([
    'Every assembly line, ID stamped on the pallet for tracking.',
    'Packing line - ID 33871 is reserved for your goods.',
    'Our injection line, ID plates are fixed on each mould.',
  ])('not flagged: %s', (text) => {
    expect(contact(text)).toBe(false);
  });
  it.each(['Talk on Line, ID mei_sz, much quicker.', 'Line - ID: kenji.gz8, message me there'])(
    'flagged: %s',
    (text) => {
      expect(contact(text)).toBe(true);
    },
  );
});

describe("an app called by its icon's colour", () => {
  it('a device found in its app is no move', () => {
    expect(
      contact('Once paired, open it in the app with the green icon (Smart Life) to set the schedule.'),
    ).toBe(false);
    expect(contact('Find it in the green app and switch the lamp on.')).toBe(false);
  });
  it('the seller found there is', () => {
    expect(contact('Look for us in the app with the blue logo, we answer faster.')).toBe(true);
    expect(contact('Better to chat in the app with the green icon.')).toBe(true);
  });
});

describe("the platform's own app with the seller's name", () => {
  it.each([
    'Find us in the AliExpress app, the store has the same name as here.',
    'Búscanos en la app de Alibaba, mismo nombre que aquí.',
  ])('not flagged: %s', (text) => {
    expect(contact(text)).toBe(false);
  });
  it('another app with the same name still is', () => {
    expect(contact('Search me on the chat app, same name as here.')).toBe(true);
  });
});

describe('no new order needed for goods sent free', () => {
  it.each([
    'No need to order on Alibaba again, the 15 missing units come with the next container at no charge.',
    'No need to place another order on Alibaba, the spare lids ship for free with your next batch.',
    'You don’t need to order through Alibaba, we add the missing parts without any charge.',
  ])('not flagged: %s', (text) => {
    expect(pay(text)).toBe(false);
  });
  it('with money asked elsewhere, flagged', () => {
    expect(pay('No need to order on Alibaba, shipping is free, just pay 300 usd to my bank account.')).toBe(
      true,
    );
  });
});

describe("Hebrew: a related company's account", () => {
  it.each([
    'חברת הבת שלנו נמצאת בגואנגג׳ו, התשלום רק דרך עליבאבא.',
    'החברה האחות שלנו עושה את ההדפסה; התשלום רק בהזמנה בעליבאבא.',
  ])('only named: %s', (text) => {
    expect(pay(text)).toBe(false);
  });
  it.each(['שלמו בבקשה לחשבון הבנק של חברת האם שלנו בהונג קונג.', 'את היתרה תעבירו לחברה הקשורה שלנו.'])(
    'paid there: %s',
    (text) => {
      expect(pay(text)).toBe(true);
    },
  );
});

describe("the seller's own web shop to escape the platform's fee (Swedish)", () => {
  it.each([
    'Köp i vår webbutik, då undviker du Alibabas avgifter.',
    'Beställ direkt i vår webbshop så slipper ni Alibabas avgift.',
  ])('flagged: %s', (text) => {
    expect(pay(text)).toBe(true);
  });
  it.each([
    'Tack för att du handlar i vår webbshop!',
    'Beställ via Alibaba som vanligt, vi skickar på måndag.',
  ])('not flagged: %s', (text) => {
    expect(pay(text)).toBe(false);
  });
});

describe('call apps a camera or a microphone works with (es, de, pt)', () => {
  it.each([
    'Cámara web 1080p, funciona con Zoom, Meet y WhatsApp, MOQ 200 pcs.',
    'Konferenz-Mikrofon, funktioniert mit Teams, Zoom und WeChat, MOQ 30 Stück.',
    'Câmera 4K, funciona com Zoom e Teams, MOQ 100 unidades.',
  ])('not flagged: %s', (text) => {
    expect(contact(text)).toBe(false);
  });
  it('the seller asking to move still is', () => {
    expect(contact('Cámara 4K, MOQ 100 pcs, escríbeme por WhatsApp para el precio.')).toBe(true);
  });
});
