import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 53 (s53chat): a changed payee said as "beneficiary is now", a customs fee into "their" account, the account
 * story told with the platform as the one that locked it, "not through Alibaba" in brackets, the buyer's address asked
 * for in more languages, video calls proposed on an app, Feishu rooms, channels followed by QR code and the seller's own
 * app; and the benign look-alikes (the platform's own messenger, a hacked-mailbox warning, a BOM by e-mail, Swahili "wa
 * us…", goods for video calls). Cases written for this stop.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const CONTACT = 'offplatform-contact';
const PAY = ['offplatform-payment', 'bank-details-change'];
const paid = (text: string) => rules(text).some((r) => PAY.includes(r));

describe('payment asked outside the order', () => {
  it.each([
    'Please note the beneficiary is now Guangzhou Huaxin Trading Ltd., our collection partner, due to tax rules.',
    'El beneficiario ahora es nuestra empresa en Hong Kong, por la nueva norma de divisas.',
    'Der Begünstigte ist ab sofort unsere Partnerfirma in Shenzhen.',
    'De douane houdt het pakket vast, de inklaringskosten graag overmaken op hun rekening hieronder.',
    'Customs stopped the parcel; kindly wire the clearance fee to the account of our logistics company.',
    'La douane bloque le colis, merci de virer les frais sur leur compte.',
    'The platform froze our store, please settle by USDT to finish the order.',
    'Alibaba has locked my account, we accept bank transfer or crypto now.',
    'Encik, bayar terus ke akaun syarikat kami (bukan melalui Alibaba), dapat potongan 3%.',
    'Pague directamente a nuestra cuenta (no por Alibaba) y le hacemos descuento.',
  ])('%s → payment', (text) => {
    expect(paid(text)).toBe(true);
  });

  it.each([
    'Our beneficiary is now shown on the Alibaba order page, please pay there.',
    'Customs duties are collected by DHL at your door, nothing to pay to us.',
    'Please pay via Alibaba, not directly to any account.',
    'Our account was locked for two days last week, it is fine now, please pay via the Alibaba order as usual.',
  ])('%s → no payment finding', (text) => {
    expect(paid(text)).toBe(false);
  });
});

describe('contact moved elsewhere', () => {
  it.each([
    'Καλησπέρα, μπορείτε να μου στείλετε το email σας για τον τιμοκατάλογο;',
    'Αφήστε μας ένα τηλέφωνο και ο διευθυντής θα σας καλέσει.',
    'Îmi puteți lăsa un număr de telefon? Vă sună managerul mâine.',
    'Tafadhali nitumie barua pepe yako, nitakutumia bei.',
    'Bisa kirim email anda? Nanti saya kirim katalog.',
    'Mogę prosić o numer telefonu? Szef zadzwoni jutro.',
    'Puoi lasciarmi un numero di telefono? Ti chiama il titolare.',
    'Una videollamada por WhatsApp es más cómoda para ver las muestras.',
    'LINEのビデオ通話が便利です。工場をお見せします。',
    'Chame no WhatsApp para ver os modelos.',
    'Join the review here: vc.feishu.cn/j/555666777',
    'Scan the QR code and follow our channel for new arrivals.',
    'Descargue nuestra app y regístrese con mi código de invitación.',
    'Register in our app with my referral code, then order there.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'You can talk to our engineer live with the video button inside Alibaba messenger, no other app needed.',
    'Warning: our mailbox was hacked, emails with a new bank account are fake. Pay only in the Alibaba order.',
    'Please send the bill of materials by e-mail so we can quote.',
    'Kindly share the gerber files by email for the PCB quote.',
    'Tafadhali lipa kwa wakala wa usafirishaji, ada ya bandari ni dola 200.',
    'Handyhalter, ideal für Videoanrufe über WhatsApp.',
    'Suporte de celular ideal para videochamadas no WhatsApp.',
    'LINEのビデオ通話に便利なスマホスタンドです。',
    'Download the Tuya app to control the bulb from your phone.',
    'Scan the QR to follow us on Instagram.',
    'Στείλτε μου το τηλέφωνο του κούριερ για την παράδοση.',
    'Îmi puteți lăsa un număr de telefon pentru curier?',
  ])('%s → no contact finding', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});
