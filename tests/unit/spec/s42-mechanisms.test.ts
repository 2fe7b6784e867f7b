import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * s42 (spec A): values handed to the supplier's stock, measured properties given a level word, papers offered "when
 * needed" in more languages, warranties held to the seller's own policy, grades by hardness or melt flow, options
 * left unchosen; and the clear readings of gold alloys, wire insulation colours, a polymer's natural colour, a
 * percentage after "more or less", an estimate bound by a tolerance, a ratio per 100 g and a named certification.
 */

describe('a value handed to what the supplier holds', () => {
  flags([
    ['Dispatch: 3 working days from order, if in stock', 'vague-ship-date'],
    ['Entrega: 48 horas si hay stock', 'vague-ship-date'],
    ['납기: 재고 있을 시 3일', 'vague-ship-date'],
    ['배송 기간: 재고 여부에 따라 다름', 'vague-ship-date'],
    ['التسليم: خلال 10 أيام حسب المخزون', 'vague-ship-date'],
    ['موعد الشحن: بحسب الإنتاج', 'vague-ship-date'],
    ['Cashew kernels W240 or W320 depending on stock', 'vague-material'],
    ['Nhôm 6061 hoặc 6063 tùy theo tồn kho', 'vague-material'],
    ['Natural rubber SVR 10 หรือเทียบเท่า แล้วแต่สต็อก', 'vague-material'],
    ['Fındık kalibre 13-15 veya 15-17 stok durumuna göre', 'vague-material'],
    ['Size: 40x60 cm, depending on inventory', 'vague-size'],
  ]);
  clear([
    ['Dispatch: 10 working days after deposit, 5000 pcs already in stock', 'vague-ship-date'],
    ['Cashew W240 or W320 as selected by the buyer on the PO', 'vague-material'],
    ['배송: 무료', 'vague-ship-date'],
  ]);
});

describe('a measured property given a level word instead of its figure', () => {
  flags([
    ['Cocoa beans grade A, humidity low, bean count good', 'vague-performance'],
    ['Aspiradora 1200 W, ruido bajo, filtro HEPA', 'vague-performance'],
    ['Lüfter 120 mm, Geräusch gering', 'vague-performance'],
    ['Quạt hút 40W, độ ồn thấp', 'vague-performance'],
    ['Gạo thơm, độ ẩm bình thường', 'vague-performance'],
    ['선풍기 소음 낮음', 'vague-performance'],
  ]);
  clear([
    ['Cocoa beans, moisture 7.5% max, bean count 100/100g', 'vague-performance'],
    ['Extractor fan, noise low (48 dB(A) at 1 m)', 'vague-performance'],
    ['Desk fan 120 mm, noise level low, 22 dB(A)', 'vague-performance'],
  ]);
});

describe('papers offered when needed, in more languages', () => {
  flags([
    ['الشهادات: نرسلها عند الطلب', 'vague-material'],
    ['Certificatul de analiză se trimite la cerere', 'vague-material'],
    ['Chứng chỉ xuất xứ: cung cấp khi cần', 'vague-material'],
    ['Chứng nhận: FCC nếu quý khách yêu cầu', 'vague-material'],
    ['Sertifikalar gerekirse gönderilir', 'vague-material'],
    ['Сертификаты: при необходимости предоставим', 'vague-material'],
  ]);
  clear([
    ['Chứng nhận: CE số báo cáo SHES2401234501, cung cấp trước khi giao hàng', 'vague-material'],
    ['Certificatul CE nr. SHES2401234501 este obligatoriu înainte de livrare', 'vague-material'],
  ]);
});

describe("a warranty or a check held to the seller's own policy or people", () => {
  flags([
    ['Warranty: according to the manufacturer’s policy', 'vague-performance'],
    ['Garantía: según la política del fabricante', 'vague-performance'],
    ['Warranty: quality guaranteed, in case of any problem we will find a solution', 'vague-performance'],
    ['Bảo hành: nếu có vấn đề chúng tôi sẽ giải quyết', 'vague-performance'],
    ['Garanti: bir sorun olursa çözülür', 'vague-performance'],
    ['QC: goods tested 100%, inspected before packing by our own QC team', 'vague-material'],
  ]);
  clear([
    [
      'Warranty: 12 months from B/L date covering manufacturing defects, repair or replacement at supplier’s cost',
      'vague-performance',
    ],
    ['Inspection: 100% checked by our QC per ISO 2859-1 AQL 1.0', 'vague-material'],
  ]);
});

describe('a time judged, not counted', () => {
  flags([
    ['Entrega: en un plazo razonable tras la producción', 'vague-ship-date'],
    ['Доставка: в разумный срок после оплаты', 'vague-ship-date'],
    ['Lead time: we dispatch when the raw material comes', 'vague-ship-date'],
  ]);
  clear([['Παράδοση: 20 εργάσιμες ημέρες μετά την προκαταβολή', 'vague-ship-date']]);
});

describe('a grade given as a wide hardness or melt-flow range', () => {
  flags([
    ['Rubber gasket EPDM 50~90 Shore A', 'vague-material'],
    ['HDPE resin, melt index 2-20 g/10 min', 'vague-material'],
    ['LDPE pellets, MFR 1-25', 'vague-material'],
  ]);
  clear([
    ['Silicone seal, hardness 65-70 Shore A', 'vague-material'],
    ['PP homopolymer, MFI 10-12 g/10 min', 'vague-material'],
    ['Steel shaft 42CrMo4, hardened 28-32 HRC', 'vague-material'],
  ]);
});

describe('options listed and none chosen', () => {
  flags([
    ['Handle: aluminium or stainless steel (optional)', 'vague-material'],
    ['Tay cầm: nhôm hoặc inox (tùy chọn)', 'vague-material'],
    ['Box: kraft / white card (optional)', 'vague-material'],
    ['सामग्री: स्टील या एल्युमिनियम', 'vague-material'],
    ['Материал: латунь или медь', 'vague-material'],
  ]);
  clear([
    ['Handle: stainless steel 304, gift box optional', 'vague-material'],
    ['सामग्री: पीतल (CuZn37)', 'vague-material'],
    ['Material: 18/10 stainless steel', 'vague-material'],
    ['材质：SUS316或以上', 'vague-material'],
  ]);
});

describe('clear readings', () => {
  clear([
    ['14K white gold pendant, stamped 585, chain 40 cm', 'vague-color'],
    ['Catena in oro giallo 750, 45 cm', 'vague-color'],
    ['Building wire 1.5 mm², PVC insulation 0.7 mm, grey', 'vague-color'],
    ['ABS granules, natural color, 25 kg bags', 'vague-color'],
    ['Cantidad: 5.000 unidades, más o menos 5% a opción del vendedor', 'vague-quantity'],
    ['Peso: aprox. 2,5 kg por unidad, tolerancia ±3%', 'vague-weight'],
    ['Oil absorption: max 21 g/100 g', 'vague-weight'],
    ['HDMI 2.1 cable, Premium High Speed certified, label on pack', 'vague-performance'],
    ['Packing: individual kraft box with UPC-A label from buyer', 'vague-packaging'],
    ['Провод медный 1.5 мм², изоляция PVC 0.7 мм, бухта 100 м', 'vague-material'],
  ]);
  flags([
    ['Gold chain, yellow color, 45 cm', 'vague-color'],
    ['Wooden tray, natural colour', 'vague-color'],
    ['Hook-up wire 18 AWG, PVC insulation, colour as you like', 'vague-color'],
    ['Quantity: 2,000 pcs, more or less, 3 cartons', 'vague-quantity'],
    ['Weight: approx. 1.8 kg, carton 20 kg ±1 kg', 'vague-weight'],
    ['HDMI cable, high speed, CE certified', 'vague-performance'],
    ['Packing: good packing', 'vague-packaging'],
    ['Charging cable 1 m, 22AWG, TPE jacket, white', 'vague-color'],
  ]);
});
