import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 54 (s54nchat): mends to the stop's chat fixer. An official's "account" that is their report of events, not a
 * payee; a QR the seller prints on the goods for the buyer's own customers to follow the buyer's account; the
 * seller's official account followed by scanning "the code" with no "QR" named; an Indonesian request for the
 * buyer's bank-account number read as a phone asked. Cases written for this stop.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const CONTACT = 'offplatform-contact';
const PAY = ['offplatform-payment', 'bank-details-change', 'payment-details'];
const paid = (text: string) => rules(text).some((r) => PAY.includes(r));
const moved = (text: string) => rules(text).includes(CONTACT);

describe("an official's account as payee stays flagged", () => {
  it.each([
    'Duty must be transferred to the customs officer’s account before they release the pallets.',
    'Please pay the port fee into the officer’s personal account today.',
    'The inspection charge has to be paid to the customs official’s bank card, otherwise the goods stay.',
  ])('%s', (text) => expect(paid(text)).toBe(true));
});

describe("an official's account that is their report stays clear", () => {
  it.each([
    'Going by the harbour officer’s account of the check, the tax came to 6% and our CIF price covers it.',
    'According to the port officer’s account, a storage fee of USD 45 applied, which we paid already.',
    'As per the customs officer’s account, duties are 10% and included in the DDP offer.',
    'The customs official’s account of the hold-up: inspection fee USD 70, already settled by us.',
  ])('%s', (text) => expect(paid(text)).toBe(false));
});

describe('a QR on the goods for the buyer’s customers stays clear', () => {
  it.each([
    'Auf jedem Karton ist ein QR-Code, Ihre Endkunden scannen ihn und folgen Ihrem offiziellen Kanal.',
    'Nous imprimons un QR code sur chaque boîte : vos clients le scannent et suivent votre compte officiel.',
    'Cada caja trae un código QR para que sus clientes sigan su cuenta oficial.',
    'Ogni confezione ha un codice QR: i tuoi clienti lo scansionano per seguire il tuo account ufficiale.',
    '包装盒上印二维码，贵司的顾客扫码即可关注贵司公众号。',
  ])('%s', (text) => expect(moved(text)).toBe(false));
});

describe('the seller’s official account by scanning a code', () => {
  it.each([
    'Scan the code in my last photo and follow our official account, price updates go there first.',
    'Follow our official account by scanning this code, we post the new catalogue there.',
    '扫码关注我们的公众号，新品每周更新。',
  ])('%s', (text) => {
    expect(moved(text)).toBe(true);
    expect(paid(text)).toBe(false);
  });
  it.each([
    'Scan the code on the label to check the batch number before you sign for the goods.',
    'Your official account can be printed on the carton, just send us the artwork.',
  ])('%s stays clear', (text) => expect(moved(text)).toBe(false));
});

describe('Indonesian: a bank-account number asked is no phone asked', () => {
  it('asks for the account number for a refund: payment, not contact', () => {
    const text = 'Dananya kami kembalikan langsung ya kak, kirim nomor rekening kakak.';
    expect(moved(text)).toBe(false);
  });
  it('asks for the phone number: contact', () => {
    expect(moved('Boleh minta nomor WA kakak? biar cepat koordinasinya.')).toBe(true);
  });
});
