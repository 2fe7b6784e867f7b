import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop 46 (textiles, garments, bags): what an order for cloth goods leaves open while reading like a spec — a
 * fastness grade with no test method, room or fill answered with "enough", a wash handed to an unwritten request,
 * a print placed and sized at will, and the cloth praised in Hindi or Arabic. Each with its precise counterpart.
 */

describe('a colour-fastness grade with no test method', () => {
  flags([
    ['Colour fastness: level 3-4 minimum', 'vague-performance'],
    ['Wash fastness 4 or higher', 'vague-performance'],
    ['Solidez del color: grado 4', 'vague-performance'],
    ['Farbechtheit: Note 4', 'vague-performance'],
    ['耐洗色牢度4级及以上', 'vague-performance'],
  ]);
  clear([
    ['Colour fastness to washing: ≥ 4 (ISO 105-C06 A2S)', 'vague-performance'],
    ['Rubbing fastness: grade 3 wet, AATCC 8', 'vague-performance'],
    ['耐摩擦色牢度：干摩4级（GB/T 3920）', 'vague-performance'],
  ]);
});

describe('room or fill answered with "enough"', () => {
  flags([
    ['Backpack capacity: big enough for a 17 inch notebook', 'vague-performance'],
    ['Pillow: sufficient filling, keeps shape', 'vague-performance'],
    ['Relleno: suficiente', 'vague-performance'],
    ['Kapazität: ausreichend für Laptop 15 Zoll', 'vague-performance'],
    ['填充：足够饱满', 'vague-performance'],
  ]);
  clear([
    ['Backpack capacity: 30 L, big enough for a 17 inch notebook', 'vague-performance'],
    ['Pillow filling: 650 g microfibre, enough for a firm feel', 'vague-performance'],
    ['Capacity: 18 L', 'vague-performance'],
  ]);
});

describe('a wash or finish handed to an unwritten request', () => {
  flags([
    ['Jeans: 12 oz denim, enzyme wash as per customer requirement', 'vague-material'],
    ['Wash: according to buyer request', 'vague-material'],
    ['Lavado: según instrucciones del cliente', 'vague-material'],
    ['洗水：按客户要求', 'vague-material'],
  ]);
  clear([
    ['Wash: enzyme wash as per customer requirement, standard WS-14 rev 2', 'vague-material'],
    ['Wash: enzyme stone wash, shade matched to approved standard STD-09', 'vague-material'],
  ]);
});

describe('a print or embroidery placed and sized at will', () => {
  flags([
    ['พิมพ์โลโก้ได้ทุกตำแหน่ง', 'vague-customization'],
    ['ปักชื่อแบรนด์ ขนาดตามที่เหมาะสม', 'vague-customization'],
    ['Logo işleme dilediğiniz yere yapılır', 'vague-customization'],
    ['Baskı: boyutu isteğe göre', 'vague-customization'],
    ['Embroidered logo anywhere on the cap, size as required', 'vague-customization'],
  ]);
  clear([
    ['ปักโลโก้ที่แขนซ้าย ขนาด 6x4 ซม.', 'vague-customization'],
    ['Baskı sırt ortasına, ölçü 25 x 30 cm', 'vague-customization'],
    ['Embroidered logo: front panel centre, 60 x 40 mm, 7 colours', 'vague-customization'],
  ]);
});

describe('the cloth praised in Hindi or Arabic', () => {
  flags([
    ['फैब्रिक बहुत अच्छा', 'vague-material'],
    ['प्रीमियम क्वालिटी का माल', 'vague-material'],
    ['القماش رائع جدا', 'vague-material'],
    ['نسيج فاخر ومريح', 'vague-material'],
  ]);
  clear([
    ['कपड़ा: 100% कॉटन, 160 GSM', 'vague-material'],
    ['الألوان حسب بانتون 186C', 'vague-material'],
  ]);
});
