import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 55 (chatcontact): the contact side. A number of one of the seller's people followed by "call / write him"; a
 * LINE official account by its "@" id; another marketplace's page given by its address, or its shop name to search
 * there; China's short-video apps with an id; the official account followed by QR in Arabic; a PayPal address named
 * as "my e-mail". And look-alikes that stay clear: a courier's or driver's phone for the delivery, a product's app
 * features, an impostor warning, the platform's own store link, a reference product link. Cases written for this stop.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const moved = (text: string) => rules(text).includes('offplatform-contact');

describe("one of the seller's people reached on the number given", () => {
  it.each([
    'Our export manager Kevin is in Shenzhen today, 0755 8812 3345, call him about the samples.',
    'Ibu Sari dari gudang kami pegang barangnya, 0813 2255 7788. Telepon beliau saja ya.',
    'A Júlia do nosso escritório cuida das amostras, 21 99876-5544, fale com ela diretamente.',
    'Em Hương bên em giữ hàng mẫu, 0912 345 678, chị liên hệ với em ấy nhé.',
    'مسؤول المبيعات خالد في جدة، 0561112233، اتصل به مباشرة.',
    'Depo sorumlumuz Murat Bey, 0533 987 65 43, sevkiyat için onu arayın.',
    'Nuestra asesora Marta, 612 345 678, contáctela para la muestra.',
    'Notre responsable export, 06 45 67 89 12, contactez-le pour le devis.',
    'Наш представитель Игорь, 8 916 222 33 44, напишите ему в любое время.',
    'हमारे प्रतिनिधि अमित, 91234 56789, उनसे बात करें।',
  ])('%s', (text) => expect(moved(text)).toBe(true));
});

describe("a courier's or driver's phone for the delivery stays clear", () => {
  it.each([
    'The DHL driver will come on Monday, 0803 555 1212, call him if nobody is at the gate.',
    'Kurir JNE namanya Pak Agus, 0812 9988 7766, hubungi dia kalau paket belum sampai.',
    'O entregador dos Correios, 11 91234-5678, ligue para ele se não estiver em casa.',
    'السائق سيصل غدا، 0509988776، اتصل به عند الاستلام.',
    'Your tracking number is 7712345678, message him the tracking number here if it does not update.',
  ])('%s', (text) => expect(moved(text)).toBe(false));
});

describe('a LINE official account by its @id', () => {
  it.each([
    'Please add LINE @gadgetbkk so you can send the unboxing video.',
    'รบกวนแอดไลน์ @homedeco99 แล้วส่งรูปปัญหามาให้ดูครับ',
    'You can follow our LINE OA @lampshop.th for the next batch.',
  ])('%s', (text) => expect(moved(text)).toBe(true));
  it.each([
    'The production line @ 400 pcs per hour is running, goods ready Friday.',
    'ไม่มีปัญหาครับ สินค้าส่งออกพรุ่งนี้',
  ])('%s', (text) => expect(moved(text)).toBe(false));
});

describe("another marketplace's page given by its address", () => {
  it.each([
    'Same lamp is 10% cheaper in our Lazada shop: lazada.com.my/shop/brightlite',
    'Mamy też nasz sklep, tam taniej: allegro.pl/uzytkownik/lampy-dom',
    'Наш магазин на Wildberries: wildberries.ru/seller/778899',
    'Toko kami di Shopee lebih murah: shopee.co.id/rumahlampu',
    'Nossa loja no Mercado Livre: mercadolivre.com.br/loja/casabela',
  ])('%s', (text) => expect(moved(text)).toBe(true));
  it.each([
    'Please check more items in our store: aliexpress.com/store/1103344',
    'My buyer sent me this amazon.com/dp/B0XYZ12345 picture, we can make the same shape.',
    'Our price is lower than amazon.com/dp/B0XYZ12345 for the same quality.',
    'Attention: a fake shop shopee.ph/brightlite.official copies our photos, we only sell on AliExpress.',
  ])('%s', (text) => expect(moved(text)).toBe(false));
});

describe("a shop's name to search there, in the next sentence", () => {
  it.each([
    'Nous avons aussi une boutique sur Cdiscount. Recherchez « LAMPES-GZ » pour la trouver.',
    'Mamy sklep na Allegro. Proszę wpisać w wyszukiwarkę "LAMPY-CN" i kupić tam.',
    '저희 스마트스토어도 있어요. 네이버에서 "반짝조명" 검색해 보세요.',
  ])('%s', (text) => expect(moved(text)).toBe(true));
  it.each([
    'We also sell on Amazon. Search "LX-200" in our AliExpress store to find the cable.',
    'Type "LX-200" in the search box on this page to see the spare parts.',
  ])('%s', (text) => expect(moved(text)).toBe(false));
});

describe("China's short-video and social apps with an id", () => {
  it.each([
    '我们的抖音号是 lampfactory01，直播看货',
    '快手搜索 denggongchang 就能找到我们',
    'Our Douyin ID: lampfactory01, we show the workshop there.',
    'my instagram is @bright.lamps, dm me for the wholesale list',
  ])('%s', (text) => expect(moved(text)).toBe(true));
  it.each(['这款灯是抖音同款，卖得很好', '支持抖音和快手直播推流，画质1080P'])('%s', (text) =>
    expect(moved(text)).toBe(false),
  );
});

describe('the official account followed by QR, in Arabic', () => {
  it('is a move', () =>
    expect(moved('امسحوا رمز QR وتابعوا حسابنا الرسمي لمعرفة الأسعار الجديدة.')).toBe(true));
  it('a QR on the box for the app stays clear', () =>
    expect(moved('امسح رمز QR الموجود على العلبة لتحميل تطبيق الساعة.')).toBe(false));
});

describe("a PayPal address named as the seller's own mailbox", () => {
  it.each([
    'Pague por PayPal a mi correo ventas.lamp@gmail.com y le envío hoy.',
    'Оплатите PayPal на мою почту lamp.shop@gmail.com, отправлю сегодня.',
    '请用PayPal付到我的邮箱 lamp.shop@gmail.com',
  ])('%s', (text) => {
    expect(moved(text)).toBe(true);
    expect(rules(text)).toContain('offplatform-payment');
  });
  it('a bare PayPal address stays a payment only', () =>
    expect(moved('PayPal friends and family please: lamp.shop@gmail.com')).toBe(false));
});

// Red team of stop 55: the number of the buyer's own person, or a rival's shop shown for its price, moves nothing.
describe("the buyer's own person, or a rival's shop", () => {
  it.each([
    'Su electricista, el señor Ruiz, 611 222 333, llámelo para la instalación del cuadro.',
    'O seu despachante, Sr. Lima, 21 2233-4455, fale com ele sobre os documentos da importação.',
    'Tukang listrik langganan Ibu, 0813 5555 6666, hubungi dia untuk pasang lampunya ya.',
    'Compare the shelf price at amazon.com/stores/BrightHome/page/1200 — that is your competitor; our FOB is far lower.',
  ])('%s', (text) => expect(moved(text)).toBe(false));
  it.each([
    'Nuestro técnico, el señor Ruiz, 611 222 333, llámelo para la instalación.',
    'Para o seu pedido, o nosso vendedor Lima, 21 98888-7777, fale com ele direto.',
  ])("the seller's own person stays a move: %s", (text) => expect(moved(text)).toBe(true));
});
