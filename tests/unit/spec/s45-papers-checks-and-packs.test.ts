import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop-45 mechanisms (papers, inspection, packing, trade terms, counts): a paper said to be passed after a list of
 * standards, sent only once the buyer has paid or the goods have left, praised as a heap in Polish, Dutch and
 * Russian, or said to be within reach ("can do", "対応可能"); a scheme worn as a grade ("LFGB grade"); the supplier's
 * own inspection and an inspection only possible, its level left to talk about; a pack part made optional and pack
 * items offered instead of fixed; an open port typed with two letters swapped. And false alarms: German carton
 * board and drop test named by their German names, a paper sent with the pre-production sample, and a rounded count
 * the same line states as exact. Our own sentences.
 */

describe('papers claimed or offered rather than agreed', () => {
  flags([
    ['Certification: ISO 9001, CE, RoHS, all passed', 'vague-material'],
    ['Zertifikate: CE, RoHS, alle bestanden', 'vague-material'],
    ['Certificados: CE, RoHS, todos aprobados.', 'vague-material'],
    ['CE certificate will be sent after payment.', 'vague-material'],
    ['Certificado CE: lo enviamos después del pago', 'vague-material'],
    ['Certificat CE disponible, envoyé après expédition.', 'vague-material'],
    ['Сертификат соответствия вышлем после оплаты.', 'vague-material'],
    ['CE证书付款后提供', 'vague-material'],
    ['Certyfikaty: mamy wszystkie wymagane certyfikaty dla Europy', 'vague-material'],
    ['Certificaten: alle benodigde certificaten voor de EU', 'vague-material'],
    ['Сертификаты: все необходимые сертификаты для ЕС есть.', 'vague-material'],
    ['UKCA mark can do, contact us for details', 'vague-material'],
    ['CCC認証取得可能です', 'vague-material'],
  ]);
  clear([
    ['Certification: CE to EN 55014, report no. SH2401-7781, before shipment', 'vague-material'],
    ['CE certificate no. TR-55012 must be sent before balance payment.', 'vague-material'],
    ['Certificado CE n.º 88213, enviado antes del embarque.', 'vague-material'],
    ['检测报告：FCC由SGS出具，报告编号SZ240517，随产前样一起寄出', 'vague-material'],
    ['证书：可提供FCC，大货生产前寄出SGS报告', 'vague-material'],
    ['Certificate of origin: Form E, issued after shipment', 'vague-material'],
    ['Documents: B/L, invoice and certificate of origin sent after shipment', 'vague-material'],
  ]);
});

describe('a food-contact scheme worn as a grade', () => {
  flags([
    ['Material: LFGB grade silicone', 'vague-performance'],
    ['Silicone tray, LFGB-grade, safe for kids', 'vague-performance'],
    ['Material: silicona de grado LFGB', 'vague-performance'],
  ]);
  clear([
    ['Silicone: food contact per LFGB §30/31, migration test report from SGS', 'vague-performance'],
    ['Material: platinum silicone, LFGB tested, report SGS-2291847', 'vague-performance'],
  ]);
});

describe("the supplier's own inspection, or an inspection only possible", () => {
  flags([
    ['Quality: inspección al 100% por nuestro equipo antes del embarque', 'vague-material'],
    ['Qualität: Prüfung durch unser QC-Team vor Versand', 'vague-material'],
    ['QC : contrôle par notre service qualité avant emballage', 'vague-material'],
    ['Inspection: third party inspection possible, level to be agreed', 'vague-material'],
    ['Inspección: inspección AQL posible, nivel a convenir', 'vague-material'],
    ['Inspectie: controle door ons eigen team', 'vague-material'],
  ]);
  clear([
    ['Contrôle : inspection par SGS au niveau AQL 2.5, niveau II', 'vague-material'],
    ['Keuring: AQL 2.5 / 4.0, niveau II, door SGS voor verzending', 'vague-material'],
    ['Inspección: AQL 1.5, nivel II, por SGS antes del embarque', 'vague-material'],
    ['Price level negotiable', 'vague-material'],
  ]);
});

describe('a pack part made optional, pack items offered instead of fixed', () => {
  flags([
    ['Packing: 5-ply carton 60x40x40 cm, 24 pcs/carton, pallet optional', 'vague-packaging'],
    ['Embalaje: caja de 5 capas, 24 pcs por caja, palé opcional', 'vague-packaging'],
    ['包装：五层瓦楞纸箱，每箱24个，托盘可选', 'vague-packaging'],
    ['Insert card: can add if you need', 'vague-packaging'],
    ['Manual: can be included according to your requirement', 'vague-packaging'],
    ['说明书：可以根据您的需要放入盒内', 'vague-packaging'],
    ['Instructions: Spanish manual included, other languages on request', 'vague-packaging'],
    ['Instrucciones: manual en inglés, otros idiomas disponibles', 'vague-packaging'],
    ['Barcode: we can print UPC barcode on each polybag', 'vague-packaging'],
    ['Podemos imprimir el código de barras en la caja', 'vague-packaging'],
  ]);
  clear([
    [
      'Packing: 5-ply carton 60x40x40 cm, 24 pcs/carton, on EUR pallet 1200x800 mm, stretch wrapped',
      'vague-packaging',
    ],
    ['Manual: English and German, 2 languages, in each box', 'vague-packaging'],
    ['Packing: can be packed as per your packing spec PK-07', 'vague-packaging'],
    ['Barcode: EAN-13 6901234567892 printed on each box', 'vague-packaging'],
    ['Barcode: we can print the EAN code from your file EAN-list.pdf on the box', 'vague-packaging'],
  ]);
});

describe('German carton board and drop test are packing facts', () => {
  clear([
    ['Verpackung: Karton aus dreiwelliger Wellpappe, 12 Stück pro Karton', 'vague-packaging'],
    ['Verpackung: Versandkarton, zweiwellig, Falltest aus 76 cm nach ISTA 1A bestanden', 'vague-packaging'],
    ['Embalaje: caja de cartón corrugado, prueba de caída según ISTA 2A superada', 'vague-packaging'],
  ]);
  flags([
    ['Verpackung: stabiler Karton', 'vague-packaging'],
    ['Verpackung: Wellpappe', 'vague-packaging'],
  ]);
});

describe('an open port typed with two letters swapped', () => {
  flags([
    ['Terms: FOB China majro port', 'vague-ship-date'],
    ['Price: USD 2.10/pc CIF Europe mian port', 'vague-ship-date'],
    ['FOB Vietnam naerest port', 'vague-ship-date'],
  ]);
  clear([
    ['FOB Xiamen port', 'vague-ship-date'],
    ['FOB China, Ningbo', 'vague-ship-date'],
  ]);
});

describe('a rounded count the same line states as exact', () => {
  clear([
    ['Quantity: about 5000 pcs per container; exactly 5000 pcs ordered', 'vague-quantity'],
    ['Cantidad: aproximadamente 1.200 piezas; cantidad exacta 1.200 piezas según PO', 'vague-quantity'],
  ]);
  flags([
    ['Quantity: about 2,400 pcs, exact quantity to follow', 'vague-quantity'],
    ['Quantity: about 2,400 pcs; exact quantity 2,350 pcs', 'vague-quantity'],
    ['Quantity: approx 2,400 pcs', 'vague-quantity'],
  ]);
});
