import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 56 (chatmiss): requests the guard missed. A seller's person reached after the number in more forms (infinitives,
 * pronouns of respect, pronouns inside the verb, "to this number") and languages; "my number" in Urdu and Swahili; the
 * seller's own shop on another marketplace pointed to without a link; the buyer's mailbox asked in Italian and
 * Vietnamese, and a bare address asked where the message sends by mail; a refund traded for the dispute in more
 * languages; "tk cá nhân". And look-alikes that stay clear. Cases written for this stop.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const moved = (text: string) => rules(text).includes('offplatform-contact');
const PAY = new Set(['offplatform-payment', 'bank-details-change', 'payment-details']);
const paid = (text: string) => rules(text).some((r) => PAY.has(r));

describe("one of the seller's people reached after the number, in more forms", () => {
  it.each([
    'Notre technicienne Sophie, 06 22 33 44 55, vous pouvez lui téléphoner pour le réglage.',
    'Nuestra encargada Rosa, 655 443 322, puede llamarla para la muestra.',
    'La nostra collega Giulia, 333 555 6677, potete chiamarla per i colori.',
    'Unsere Kollegin Frau Wang, 0176 5544332, Sie können sie direkt erreichen.',
    'Наш инженер Павел, 8 903 765 43 21, можете позвонить ему после обеда.',
    'Muhasebeden Ayşe Hanım, 0532 765 43 21, kendisine yazabilirsiniz.',
    'المهندس سامي ٠٥٥١٢٣٤٥٦٧ يمكنك الاتصال به لأي سؤال',
    'همکار ما خانم احمدی 0935 111 2233 می‌توانید با ایشان صحبت کنید',
    'ہماری ٹیم کے حسن، 0301 7654321، ان سے رابطہ کریں۔',
    'Afisa wetu Amina, 0754 321 987, mwandikie kuhusu sampuli.',
    'Η συνάδελφός μας Μαρία, 697 111 2233, μιλήστε μαζί της για το δείγμα.',
    'הנציגה שלנו מיכל, 054-3216549, אפשר להתקשר אליה בכל שעה.',
    'Si kuya Ben po ang sales namin, 0918 555 6677, i-text nyo po siya.',
    '영업 담당 박지훈 010-9876-5432 로 직접 전화 주세요.',
    'Text our manager Lina 0917 888 2211 for the final price.',
  ])('%s', (text) => expect(moved(text)).toBe(true));
});

describe("'my number' in Urdu and Swahili", () => {
  it.each(['ہمارا نمبر 0333 1122334 ہے، بات کریں', 'Namba yetu ni 0765 432 198, tupigie.'])('%s', (text) =>
    expect(moved(text)).toBe(true),
  );
});

describe("a courier, the buyer's own agent, or a count stays clear", () => {
  it.each([
    'Le livreur Colissimo, 06 98 76 54 32, vous pouvez lui téléphoner si vous êtes absent.',
    'Su agente de aduanas Pedro, 611 222 333, puede llamarlo para el despacho.',
    'Kargo kuryesi Hasan Bey, 0544 222 33 44, teslimat için kendisine yazabilirsiniz.',
    'Dereva wa kampuni ya usafirishaji, 0711 222 333, mpigie siku ya kufika.',
    'השליח של UPS, 052-1112223, אפשר להתקשר אליו לתיאום המסירה.',
    'Your tracking number 7712345678 is active, the parcel left today.',
  ])('%s', (text) => expect(moved(text)).toBe(false));
});

describe("another marketplace named without the seller's shop stays clear", () => {
  it.each([
    'Our price is lower than on Amazon, and Trade Assurance covers you here.',
    'We can label the cartons for your Amazon FBA warehouse.',
    'Your Etsy shop looks lovely, we can print your logo on the boxes.',
    'Fake stores on Shopee copy our photos, please buy only here on AliExpress.',
    'We also sell on Amazon, but wholesale orders are only here on Alibaba.',
    'Amazon lists this lamp at 30 dollars, our wholesale price is 12.',
    'Muchos clientes venden este modelo en Mercado Libre y se vende bien allí.',
  ])('%s', (text) => expect(moved(text)).toBe(false));
});

describe("the buyer's mailbox asked for", () => {
  it.each([
    'Mi mandi la sua email, le giro il listino.',
    'Chị cho em xin email, em gửi bảng giá nhé.',
    'Laissez-moi votre adresse, je vous fais suivre les plans par mail.',
    'Geben Sie mir Ihre Adresse, die Zeichnungen kommen per Mail.',
  ])('%s', (text) => expect(moved(text)).toBe(true));
  it.each([
    'Donnez-moi votre adresse pour la livraison du colis.',
    'Mi dia il suo indirizzo per la spedizione del campione.',
    'Please give me your address for the DHL shipment, tracking will come by e-mail from DHL.',
  ])('a shipping address stays clear: %s', (text) => expect(moved(text)).toBe(false));
});

describe('a refund traded for the dispute, in more languages', () => {
  it.each([
    'Trek het geschil in, dan maak ik het geld meteen terug via Tikkie.',
    'Proszę zamknąć spór, zwrócę pieniądze od razu przelewem.',
    'Închideți disputa și vă returnez banii pe Revolut.',
    'Закрийте спір, я поверну гроші вам на картку сьогодні.',
    'Keinen Streitfall eröffnen bitte, ich überweise das Geld direkt zurück.',
  ])('%s', (text) => expect(paid(text)).toBe(true));
  it.each([
    'Open gerust een geschil, AliExpress betaalt u het bedrag terug via de bestelling.',
    'Proszę jeszcze nie otwierać sporu, paczka jest na cle, dotrze w tym tygodniu.',
    'Nu deschideți disputa încă, coletul ajunge mâine.',
  ])('the platform refunds, or no refund offered: %s', (text) => expect(paid(text)).toBe(false));
});

describe("the remainder to a personal account written 'tk'", () => {
  it('tk cá nhân with a transfer', () =>
    expect(paid('Chị chuyển khoản số còn lại vào tk cá nhân của em nhé.')).toBe(true));
  it('a login word stays clear', () =>
    expect(paid('Em đã cập nhật tk cá nhân trên Alibaba, anh đăng nhập xem đơn nhé.')).toBe(false));
});
