import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { quotes, rules } from './spec-lines';

/**
 * Round 33: constructions a tuning set showed missing or over-read, written again in our own sentences and in the
 * other languages where the same construction is natural.
 */

describe('a colour code named only as a neighbourhood', () => {
  for (const [line, quote] of [
    ['Body colour: near to Pantone 7546 C', 'near to Pantone 7546 C'],
    ['Color: similar to RAL 6018', 'similar to RAL 6018'],
    ['Couleur : proche du RAL 3020', 'proche du RAL 3020'],
    ['Farbe: ähnlich RAL 9005', 'ähnlich RAL 9005'],
    ['颜色：接近潘通 485C', '接近潘通 485C'],
  ] as const) {
    it(`is flagged: ${line}`, () => {
      expect(quotes(line, 'vague-color')).toEqual([quote]);
    });
  }
  it('is clear when the allowed difference is written', () => {
    expect(quotes('Color: close to Pantone 7546 C, ΔE ≤ 1.0 under D65', 'vague-color')).toEqual([]);
  });
  it('the code alone stays clear', () => {
    expect(quotes('Color: Pantone 7546 C', 'vague-color')).toEqual([]);
  });
});

describe('the approximation words of Indonesian and Arabic', () => {
  it('an Indonesian weight with "kira-kira"', () => {
    expect(quotes('Berat: kira-kira 1,2 kg', 'vague-weight')).toEqual(['kira-kira 1,2 kg']);
  });
  it('an Arabic weight with "حوالي"', () => {
    expect(quotes('الوزن: حوالي 750 جم', 'vague-weight')).toEqual(['حوالي 750 جم']);
  });
  it('an exact Indonesian weight stays clear', () => {
    expect(rules('Berat: 750 gram')).toEqual([]);
  });
});

describe('a lead time tied to stock or written in Indonesian and Arabic', () => {
  it('Indonesian weeks left to stock', () => {
    expect(quotes('Waktu produksi: 4-6 minggu tergantung ketersediaan', 'vague-ship-date')).toEqual([
      '4-6 minggu',
      'tergantung ketersediaan',
    ]);
  });
  it('an Indonesian count from the down payment is a recorded start', () => {
    expect(rules('Pengiriman: 20 hari setelah pembayaran DP')).toEqual([]);
  });
  it('an Arabic "from X to Y days" window', () => {
    expect(quotes('موعد الشحن: من 20 إلى 60 يوم', 'vague-ship-date')).toEqual(['من 20 إلى 60 يوم']);
  });
  it('an Arabic count from the deposit is a recorded start', () => {
    expect(rules('مدة التسليم: 25 يوم بعد استلام العربون')).toEqual([]);
  });
  it('a Turkish count from the deposit, with its suffixes, is a recorded start', () => {
    expect(rules('Teslim süresi: kaporanın yatırılmasından itibaren 30 gün')).toEqual([]);
  });
});

describe('a trade term with no named place', () => {
  for (const [line, quote] of [
    ['Incoterm: CIF main port', 'CIF main port'],
    ['Shipping terms: FOB Vietnam', 'FOB Vietnam'],
    ['Condiciones: FOB cualquier puerto', 'FOB cualquier puerto'],
  ] as const) {
    it(`is flagged: ${line}`, () => {
      expect(quotes(line, 'vague-ship-date')).toEqual([quote]);
    });
  }
  for (const line of ['Incoterm: FOB Xiamen', 'Terms: CIF Rotterdam port', 'FOB China (Qingdao)']) {
    it(`a named port stays clear: ${line}`, () => {
      expect(rules(line)).toEqual([]);
    });
  }
});

describe('a plug list offered as a menu', () => {
  it('"selectable" after the list', () => {
    expect(quotes('Plug: UK/AU/EU selectable', 'vague-size')).toEqual(['UK/AU/EU selectable']);
  });
  it('a French list "au choix"', () => {
    expect(quotes('Fiche : EU/UK au choix', 'vague-size')).toEqual(['EU/UK au choix']);
  });
  it('a Chinese list marked 可选', () => {
    expect(quotes('插头：英规/澳规可选', 'vague-size')).toEqual(['英规/澳规可选']);
  });
  it('a travel adapter that carries every plug is not a menu', () => {
    expect(rules('Adapter set with UK/EU/AU plugs included')).toEqual([]);
  });
});

describe('the accessories field answered by a word or a picture', () => {
  for (const line of [
    'Accessories: like the photo',
    'Accesorios: incluidos',
    'Zubehör: enthalten',
    'Phụ kiện: đầy đủ',
  ]) {
    it(`is flagged: ${line}`, () => {
      expect(quotes(line, 'vague-quantity')).toEqual([line]);
    });
  }
  it('a list of the parts stays clear', () => {
    expect(rules('Accessories: 1 × strap, 1 × USB-C cable, 1 × manual')).toEqual([]);
  });
});

describe('marks held to an instruction the order does not carry', () => {
  it('shipping marks per the customer requirement', () => {
    expect(quotes('Shipping marks: according to the customer requirements', 'vague-packaging')).toHaveLength(
      1,
    );
  });
  it('a Spanish label field per the buyer’s indications', () => {
    expect(quotes('Etiquetas: según indicaciones del comprador', 'vague-packaging')).toHaveLength(1);
  });
  it('a numbered instruction sheet is the record', () => {
    expect(rules('Shipping marks: as per customer instruction sheet SM-204')).toEqual([]);
  });
});

describe('the make of the goods held to a picture', () => {
  for (const [line, quote] of [
    ['Workmanship: like the photo', 'like the photo'],
    ['Ausführung: wie auf dem Bild', 'wie auf dem Bild'],
    ['Acabado: como en la imagen', 'como en la imagen'],
  ] as const) {
    it(`is flagged: ${line}`, () => {
      expect(quotes(line, 'vague-material')).toEqual([quote]);
    });
  }
});

describe('a tolerance left to the factory’s habit', () => {
  for (const [line, quote] of [
    ['Tolerance: manufacturer standard', 'Tolerance: manufacturer standard'],
    ['Tolérances : norme usine', 'Tolérances : norme usine'],
    ['Tolerancia: norma del fabricante', 'Tolerancia: norma del fabricante'],
    ['公差：工厂标准', '公差：工厂标准'],
  ] as const) {
    it(`is flagged: ${line}`, () => {
      expect(quotes(line, 'vague-size')).toEqual([quote]);
    });
  }
  it('a figure beside it stays clear', () => {
    expect(rules('Tolerance: ±0.1 mm (factory standard)')).toEqual([]);
  });
});

describe('labels of Arabic, Korean, Indonesian and Polish sheets', () => {
  it('an Arabic colour left to the order', () => {
    expect(quotes('اللون: حسب رغبة العميل', 'vague-color')).toEqual(['حسب رغبة العميل']);
  });
  it('a Korean thickness given as a word', () => {
    expect(quotes('두께: 얇음', 'vague-size')).toEqual(['얇음']);
  });
  it('a Korean thickness given in millimetres stays clear', () => {
    expect(rules('두께: 1.5mm')).toEqual([]);
  });
  it('an Arabic carton counted and measured stays clear', () => {
    expect(rules('التعبئة: 24 قطعة لكل كرتونة، مقاس الكرتونة 60×40×35 سم')).toEqual([]);
  });
});

describe('precise lines that were over-read', () => {
  it('an undyed (natural) anodising names no colour to choose', () => {
    expect(quotes('Frame: 6063-T5 aluminium, clear anodised, coating 12 µm', 'vague-color')).toEqual([]);
    expect(quotes('Housing: aluminium anodized natural silver, 15 µm', 'vague-color')).toEqual([]);
  });
  it('a dyed anodising named by its colour is still a colour', () => {
    expect(quotes('Housing: aluminium, anodized blue', 'vague-color')).toEqual(['blue']);
  });
  it('a JIS aluminium alloy with its temper is a grade', () => {
    expect(quotes('材質：A6063-T5 t=1.5mm', 'vague-material')).toEqual([]);
    expect(quotes('Material: A5083-O plate 4 mm', 'vague-material')).toEqual([]);
  });
  it('a design file written noun-first with its date is a named file', () => {
    expect(
      rules('Logo: in theo tệp AI khách gửi ngày 03/04/2025, kích thước 25x10 mm, nắp hộp'),
    ).not.toContain('vague-customization');
  });
  it('OEM offered in a logo field is still open', () => {
    expect(rules('Logo: OEM')).toContain('vague-customization');
  });
});
