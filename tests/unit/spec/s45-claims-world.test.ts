import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop-45 mechanisms (performance and compliance of electronics, lighting, food and cosmetics): performance claims
 * with no figure in Dutch, Polish, Italian, Russian, Arabic, Hindi and Korean; a lamp's light given as an old bulb's
 * wattage; an ingress rating with no code; a figure left to the nameplate or pack, or taken back by "actual … subject
 * to test"; natural, organic, vegan and food-contact claims with nothing behind them; a warranty left to the
 * seller's word; an origin praised with no place. And false alarms: a test signal's colour name, a shelf-life period
 * read as a weight label, and an ingredient list sorted by weight. Our own sentences.
 */

describe('performance claimed with no figure, in more languages', () => {
  flags([
    ['Powerbank: snelle lading, grote capaciteit', 'vague-performance'],
    ['Buitenlamp, waterbestendig, zeer helder licht', 'vague-performance'],
    ['Lampa ogrodowa, bardzo jasne światło, wodoszczelna obudowa', 'vague-performance'],
    ['Latarka z szybkim ładowaniem i długim czasem pracy', 'vague-performance'],
    ['Auricolari con ricarica rapida e lunga autonomia', 'vague-performance'],
    ['Siero viso altamente concentrato', 'vague-performance'],
    ['Serum with vitamin C, highly concentrated formula', 'vague-performance'],
    ['Фонарь, быстрая зарядка, водонепроницаемый корпус', 'vague-performance'],
    ['Ёмкость батареи большая', 'vague-performance'],
    ['Аккумулятор: увеличенный', 'vague-performance'],
    ['سماعة لاسلكية، ضد الماء، عمر بطارية طويل', 'vague-performance'],
    ['مصباح يدوي بسعة كبيرة وشحن سريع', 'vague-performance'],
    ['पावर बैंक: फास्ट चार्जिंग, वाटरप्रूफ बॉडी', 'vague-performance'],
    ['स्पीकर, बैटरी: लंबी', 'vague-performance'],
    ['배터리: 오래감, 급속 충전 지원', 'vague-performance'],
    ['보조배터리 초대용량', 'vague-performance'],
    ['Scheinwerfer: Akku mit langer Lebensdauer', 'vague-performance'],
    ['Desk lamp with long lifespan', 'vague-performance'],
  ]);
  clear([
    ['Powerbank: snelle lading 20 W, 10000 mAh', 'vague-performance'],
    ['Lampa LED 1000 lm, IP65 wodoszczelna', 'vague-performance'],
    ['Siero viso con vitamina C al 10%, alta concentrazione', 'vague-performance'],
    ['Serum: niacinamide 10% w/w, highly concentrated', 'vague-performance'],
    ['Ёмкость аккумулятора 5000 мАч, увеличенная', 'vague-performance'],
    ['سماعة لاسلكية IPX5 ضد الماء', 'vague-performance'],
    ['पावर बैंक: 22.5W फास्ट चार्जिंग', 'vague-performance'],
    ['보조배터리 20000mAh, 22.5W 급속 충전', 'vague-performance'],
  ]);
});

describe('a lamp’s light given only as the old bulb it replaces', () => {
  flags([
    ['LED filament lamp 7W, 75W equivalent, E14', 'vague-performance'],
    ['Spot LED GU10 5 W, as bright as a 50W halogen', 'vague-performance'],
    ['Ampoule LED 10 W, équivalente à une ampoule de 75 W halogène', 'vague-performance'],
    ['LED-Leuchtmittel 8 W, Helligkeit wie 60 W Glühlampe', 'vague-performance'],
    ['LED лампа 12 Вт, аналог лампы накаливания 100 Вт', 'vague-performance'],
    ['LED球泡 12W，相当于100W白炽灯', 'vague-performance'],
  ]);
  clear([
    ['LED bulb 9W, 806 lm, replaces a 60W incandescent', 'vague-performance'],
    ['Lampe LED 10 W (806 lm), équivalent 60 W', 'vague-performance'],
    ['Work light 20W, like a 100W floodlight, 2000 lumens', 'vague-performance'],
    ['Electric kettle 2200W, same as the 2000W model in size', 'vague-performance'],
    ['Leistung: 8 W (entspricht 60 W Glühlampe)', 'vague-performance'],
  ]);
});

describe('an ingress rating named without its code', () => {
  flags([
    ['Garden spotlight, IP rated for outdoor use', 'vague-performance'],
    ['Wandleuchte mit IP-Schutz für Bad geeignet', 'vague-performance'],
  ]);
  clear([
    ['Garden spotlight, IP rated IP65 for outdoor use', 'vague-performance'],
    ['Floodlight: IP protection class IP66, 5000 lm', 'vague-performance'],
  ]);
});

describe('a figure left to the nameplate or the pack, or taken back once given', () => {
  flags([
    ['Air fryer 4 L, rated power: see nameplate', 'vague-performance'],
    ['Wasserkocher 1,7 L, Leistung: siehe Typenschild', 'vague-performance'],
    ['Olive oil 1 L, best before: printed on the lid', 'vague-performance'],
    ['Geleia de morango, validade: ver rótulo', 'vague-performance'],
    ['饼干 200克，保质期：见包装', 'vague-performance'],
    ['Power bank 10000 mAh, the real capacity is subject to actual testing', 'vague-performance'],
    ['Batería 5000 mAh, la capacidad real puede variar', 'vague-performance'],
    ['移动电源 10000mAh，实际电量以实测为准', 'vague-performance'],
  ]);
  clear([
    ['Air fryer 4 L, rated power 1500 W ±5%', 'vague-performance'],
    ['Shelf life: 18 months from production, date printed on the lid', 'vague-performance'],
    ['Logo: see packaging artwork', 'vague-performance'],
  ]);
});

describe('natural, organic, vegan and food-contact claims with nothing behind them', () => {
  flags([
    ['Shampoo with all natural ingredients, no chemicals', 'vague-performance'],
    ['Hand cream, chemical-free formula', 'vague-performance'],
    ['Organic coffee beans, 500 g', 'vague-performance'],
    ['Azeite orgânico extra virgem, 500 ml', 'vague-performance'],
    ['Бальзам для губ, натуральный состав, без химии', 'vague-performance'],
    ['साबुन, प्राकृतिक तत्व, केमिकल फ्री', 'vague-performance'],
    ['크림, 천연 성분, 유기농 원료', 'vague-performance'],
    ['Nail polish, vegan and cruelty-free', 'vague-performance'],
    ['Mascara, non testé sur les animaux', 'vague-performance'],
    ['Pojemnik bezpieczny dla żywności, bez BPA', 'vague-performance'],
    ['Broodtrommel van bamboe, voedselveilig', 'vague-performance'],
  ]);
  clear([
    ['Organic honey 500 g, EU organic certificate no. DE-ÖKO-006', 'vague-performance'],
    ['Lipstick, vegan, Leaping Bunny approved', 'vague-performance'],
    ['Face oil, natural origin index 98% per ISO 16128-2', 'vague-performance'],
    ['Gloves: natural rubber latex, powder free', 'vague-performance'],
    ['Sofa in vegan leather, oak legs', 'vague-performance'],
    ['Pojemnik do kontaktu z żywnością zgodnie z (WE) 1935/2004', 'vague-performance'],
    ['Deksel volgens EN 1186, voedselveilig', 'vague-performance'],
  ]);
});

describe('a standard named only as the one in force, in Dutch and German', () => {
  flags([
    ['Snijplank van bamboe, conform de geldende normen', 'vague-material'],
    ['Schneidebrett aus Bambus, gefertigt nach geltenden Normen', 'vague-material'],
  ]);
  clear([['Snijplank van bamboe, conform EN 1186', 'vague-material']]);
});

describe('a warranty left to the seller’s word', () => {
  flags([
    ['Guarantee: if any issue, just message me and we will fix it', 'vague-performance'],
    ['Warranty: as per company', 'vague-performance'],
    ['Garantía: según el fabricante', 'vague-performance'],
    ['Gewährleistung: laut Hersteller', 'vague-performance'],
    ['मिक्सर, वारंटी: निर्माता के अनुसार', 'vague-performance'],
  ]);
  clear([
    [
      'Warranty: 12 months from delivery; any problem contact us within 7 days with photos',
      'vague-performance',
    ],
    [
      'Warranty: 24 months, according to the manufacturer’s warranty card terms attached',
      'vague-performance',
    ],
  ]);
});

describe('an origin praised with no place named', () => {
  flags([
    ['Green tea 250 g, origin: various premium gardens', 'vague-material'],
    ['Café en grano, origen: fincas seleccionadas de altura', 'vague-material'],
    ['Honig 500 g, Herkunft: verschiedene Anbaugebiete', 'vague-material'],
    ['红茶 100克，产地：精选高山茶园', 'vague-material'],
  ]);
  clear([
    ['Coffee beans, origin: selected farms in Huila, Colombia', 'vague-material'],
    ['Cocoa nibs, origin: Ghana', 'vague-material'],
  ]);
});

describe('false alarms: a test signal, a shelf-life period, a list sorted by weight', () => {
  clear([
    ['Sleep machine with 20 sounds incl. white noise and brown noise, 5 W speaker', 'vague-color'],
    ['Test signal: bruit rose, 85 dB SPL at 1 m', 'vague-color'],
    ['Produk: keripik, masa berlaku 9 bulan sejak produksi', 'vague-weight'],
    ['Kopi bubuk 200 g, masa kedaluwarsa 18 bulan', 'vague-weight'],
    ['Composition by weight: cotton 60%, polyester 40%', 'vague-weight'],
    ['Ingredientes en orden decreciente de peso: harina 55%, azúcar, sal', 'vague-weight'],
  ]);
  flags([
    ['Case colour: pink, noise level 30 dB', 'vague-color'],
    ['Masa netă: ușoară', 'vague-weight'],
    ['Weight: light', 'vague-weight'],
  ]);
});
