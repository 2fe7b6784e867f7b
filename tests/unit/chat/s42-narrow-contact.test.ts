import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 42's new contact readings, narrowed after a red team: a model or catalogue number in a photo, a sample
 * business card, an app's notifications on a watch in Urdu or Bengali, a production line numbered in brackets, a
 * device or a colour that "calls you", a logistics agent, and an order number whose page is where "there" points.
 * Both sides are kept, in our own wording.
 */
const contact = (text: string) =>
  scanMessage({ from: 'supplier', text }).some((f) => f.rule === 'offplatform-contact');

describe('harmless: not a move of the talk', () => {
  it.each([
    // A number that names a thing of the goods, shown in a photo.
    ['fr', 'Notre numéro de catalogue figure sur la photo, référence BX-31.'],
    ['it', 'Il nostro numero di catalogo è sulla foto, serie R5.'],
    ['pl', 'Nasz numer modelu widać na zdjęciu, to seria M-90.'],
    ['ru', 'Наш номер артикула виден на фото, партия готова.'],
    // A business card shown only as a sample of the printing.
    [
      'de',
      'Auf dem Foto sind unsere Kontaktdaten nur als Beispiel gedacht, auf Ihren Karten stehen Ihre eigenen.',
    ],
    ['fr', 'Sur la photo, notre contact figure comme exemple, vos cartes porteront vos coordonnées.'],
    // Notifications of an app on a wearable, in Urdu and Bengali script.
    ['ur', 'یہ اسمارٹ واچ ٹیلیگرام اور واٹس ایپ کی نوٹیفکیشن دکھاتی ہے، بیٹری 5 دن۔'],
    ['bn', 'এই ঘড়িতে টেলিগ্রাম নোটিফিকেশন দেখা যায়, স্ক্রিন ১.৪ ইঞ্চি।'],
    // A numbered production line.
    ['en', 'Your batch runs on Line (No. 15) from Monday.'],
    // The "caller" is a device, a colour, a clock, a logistics agent, or the call stays on the platform.
    ['es', 'Este diseño le llamará mucho la atención a su público, se vende muy bien.'],
    ['fr', "Si la porte s'ouvre, la centrale d'alarme vous appellera aussitôt."],
    ['de', 'Der Rauchmelder ruft Sie sofort an, wenn er Rauch erkennt.'],
    ['ro', 'Alarma vă va suna de trei ori, apoi se oprește singură.'],
    ['en', 'Our shipping agent will call you before delivery to confirm the address.'],
    ['fr', 'Demain notre technicien vous appellera en vidéo depuis la plateforme.'],
    // An order number, and the order page where the talk goes on.
    ['en', 'Our order number is 5520; open the order page, we continue there.'],
    ['es', 'Mi número de pedido es 3301, ábralo en la web y seguimos por ahí.'],
  ])('[%s] %s', (_lang, text) => {
    expect(contact(text)).toBe(false);
  });
});

describe('scams: the talk still moves off the platform', () => {
  it.each([
    ['fr', 'Notre numéro est sur la photo, ajoutez-nous directement.'],
    ['ru', 'Мой номер на фото, напишите туда.'],
    ['ur', 'میرا واٹس ایپ نمبر 03001234567 ہے، مجھے میسج کریں۔'],
    ['bn', 'আমার হোয়াটসঅ্যাপে যোগাযোগ করুন।'],
    ['en', 'Add me on LINE (ID: shop_kim) for the price list.'],
    ['en', 'Find us on LINE (No. kimshop88), we reply faster.'],
    ['es', 'Nuestro gerente le llamará mañana para cerrar el precio.'],
    ['fr', 'Notre commerciale vous appellera ce soir pour le devis.'],
    ['de', 'Unser Vertriebsleiter Herr Wang ruft Sie morgen an.'],
    ['ro', 'Colegul meu vă va suna diseară pentru preț.'],
    ['en', 'Our sales manager will call you tonight about the discount.'],
    ['en', 'Send me your email, we continue there.'],
    ['es', 'Dame tu correo y seguimos por ahí.'],
  ])('[%s] %s', (_lang, text) => {
    expect(contact(text)).toBe(true);
  });
});
