import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 44 narrowing (contact): the number asks, "add me" words and shop-moved readings of this stop also caught
 * harmless messages — a handset sent as a sample, a count or an order number, the platform's own verification, the
 * driver's call, a shoe size, a courier's page, a V-shaped part, a meeting that closes no deal, the tenge, a holiday
 * closure beside a tracking site, "follow our store". Each is narrowed by its reading, and the asks stay flagged.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const CONTACT = 'offplatform-contact';

describe('harmless messages the contact readings no longer flag', () => {
  it.each([
    // Hebrew: a handset as a thing sent, not a number asked for.
    'תשלחו לנו נייד אחד מהסדרה הזאת ונבדוק שהמגן מתאים',
    'שלח טלפון לדוגמה ונחזיר אותו עם המארז',
    // Greek: a count or an order's number.
    'Πείτε μου τον αριθμό των κουτιών που θέλετε και το μέγεθος',
    'Στείλε μου τον αριθμό παραγγελίας σου να δω την κατάσταση εδώ',
    // Romanian: how many pieces or colours.
    'Spuneți-mi numărul de modele dorite și vă trimit prețul aici',
    'trimiteti-mi numarul de cutii pe care le doriti',
    // German: the platform's own service at the number on record.
    'Der Support von Alibaba wird Sie unter der Telefonnummer erreichen, die Sie im Konto hinterlegt haben',
    'Der Kundenservice kann Sie unter der Handynummer kontaktieren, die Sie angegeben haben',
    // Dutch: the number entered in one's own profile, or given to the driver.
    'Vul je 06-nummer in in je account voor de sms-code',
    'Geef de chauffeur je 06-nummer, dan belt hij bij aankomst',
    // Thai: a shoe size or a shade, and the recipient's number for the parcel label.
    'ขอเบอร์เสื้อของลูกค้าด้วยนะคะ',
    'ขอเบอร์ลิปสติกที่ชอบค่ะ',
    'ขอเบอร์โทรผู้รับด้วยครับ จะเขียนบนกล่อง',
    // Tagalog: another firm's page.
    'paki-message na lang po sa FB page ng LBC, sila ang may hawak ng padala',
    // Chinese: V-shaped parts.
    '可以加个V扣在包上，价格一样',
    '这件外套可以加个V标，在阿里下单就行',
    // English: a meeting that closes no deal.
    'our engineer will sign the test record in person when the goods are loaded',
    'feel free to pay us a visit in person at the showroom; the order stays on Alibaba',
    // Russian in Latin letters: prices in tenge.
    'Ceny v tg, dostavka po Almaty besplatno',
    'Stoimost 25000 v tg, oplata na platforme',
    // A holiday closure beside a catalogue or a tracking site.
    'We are closed for the National Day holiday; go to www.acme-parts.com to download the price sheet',
    'Office closed during the typhoon, visit www.parcelsapp.com to track your shipment',
    // Pinyin: follow the store on the platform.
    'Qing jia wo men dian pu guan zhu, mei zhou shang xin',
  ])('%s → no contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});

describe('the asks stay flagged', () => {
  it.each([
    'תשלחי לי את הטלפון שלך, אשלח לך את התמונות',
    'Δώστε μου τον αριθμό σας, σας στέλνω εκεί τον κατάλογο',
    'lasati-mi numarul dvs, va trimit oferta pe whatsapp',
    'Sie erreichen mich unter meiner Handynummer schneller als hier',
    'Rufen Sie mich bitte unter meiner Mobilnummer an, im Chat bin ich selten',
    'Kontaktieren Sie uns bitte unter unserer WhatsApp-Nummer, der Chat hier ist langsam',
    'geef me je 06-nummer, dan app ik je de foto’s',
    'ขอเบอร์หน่อยค่ะ ในนี้ส่งรูปได้ไม่เยอะ',
    'paki-message po sa FB page ng shop namin, doon ang buong catalog',
    '加个V吧，视频发你',
    'we sign the purchase contract in person when you come to Dubai',
    'you can pay the deposit in person at our office, no need for the order',
    'pishite mne v tg, tam bystree',
    'This store is closing for good, please order at www.acme-parts.com from now on',
    'Jia wo wei xin ba, tu pian fa ni',
    'My phone +86 139 1234 5678 — only for the courier, or ring me there any time about the price',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it('a number said to be for the courier alone stays shipping', () => {
    expect(rules('Warehouse phone +86 755 8123 4567 — only for the courier, please')).not.toContain(CONTACT);
  });
});
