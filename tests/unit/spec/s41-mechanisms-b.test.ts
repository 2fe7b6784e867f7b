import { describe, expect, it } from 'vitest';
import { quoteOf, rules } from './spec-lines';

/**
 * Stop 41 (second spec helper): a zinc plating's passivation colour, a standard's part number, an OEM part number,
 * a rating estimated in any language, a standard named by no document, the supplier's own criteria, and Japanese
 * fields written as the topic of their clause ("サイズは…") or listed with the ideographic comma.
 */

describe('the colour of a zinc passivation is the plating, not a shade', () => {
  it.each([
    'Screws M5x16, yellow zinc plated, 2,000 pcs per carton',
    'Finish: zinc plated white, 10 µm',
    'Schrauben M8, Zink gelb passiviert, 500 Stück',
    'Vis M6 : zingage blanc, 300 pièces',
    'Pernos M10, cincado amarillo, 800 uds',
    'Nakrętki M12, ocynk biały, 1000 szt.',
  ])('%s', (line) => {
    expect(rules(line)).not.toContain('vague-color');
  });

  it.each([
    'Screws M5x16, zinc plated, colour: yellow',
    'Tornillos M6 cincados, color rojo, 300 uds',
    'Housing: white, zinc plated screws',
  ])('a colour not joined to the zinc word is still read: %s', (line) => {
    expect(rules(line)).toContain('vague-color');
  });
});

describe("a standard's number and part is a code, not a range of pieces", () => {
  it.each([
    '第5项：平垫圈 M8，数量8000件，公差按ISO 4759-3 A级',
    'Item 2: washers M8, 8000 pcs, tolerances per ISO 4759-3 product grade A',
    '数量3000件，螺纹按GB/T 197-2018 6g',
  ])('%s', (line) => {
    expect(rules(line)).not.toContain('vague-quantity');
  });

  it.each([
    ['数量：3000-5000件，公差按ISO 4759-3', '3000-5000件'],
    ['Cantidad: en 2000-4000 unidades', '2000-4000 unidades'],
  ])('a count range is still an estimate: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-quantity')).toBe(quote);
  });
});

describe('OEM before a part number names the part, it offers no branding', () => {
  it.each([
    'Ölfilter, OEM-Nr. 03C115561H, 400 Stück',
    'Filtro de aire, referencia OEM 17801-0D060, 250 uds',
    'Wheel bearing OEM 51720-2H000, 150 pcs',
    'Disque de frein, réf. OEM 4249.K1, 80 pièces',
  ])('%s', (line) => {
    expect(rules(line)).not.toContain('vague-customization');
  });

  it.each(['OEM 800 pcs', 'Logo: OEM', 'Box: OEM available'])('an offer of OEM is still read: %s', (line) => {
    expect(rules(line)).toContain('vague-customization');
  });
});

describe('a rating given as an estimate, in any language and on either side of the figure', () => {
  it.each([
    ['Moc silnika: ok. 750 W', 'ok. 750 W'],
    ['Potencia del motor: aprox. 900 W', 'aprox. 900 W'],
    ['Potência do motor: próxima de 600 W', 'próxima de 600 W'],
    ['Moteur : puissance proche de 1200 W', 'proche de 1200 W'],
    ['Аккумулятор: примерно 4000 mAh', 'примерно 4000 mAh'],
    ['Power bank: 10000mAh (approx.)', '10000mAh (approx.)'],
    ['Speaker: 20 W circa', '20 W circa'],
  ])('%s', (line, quote) => {
    expect(quoteOf(line, 'vague-performance')).toBe(quote);
  });

  it.each(['Moc silnika: 750 W ±5%', 'Power bank: 10000mAh, tested to IEC 62133', 'Potencia: 900 W'])(
    'a rating given as a figure is clear: %s',
    (line) => {
      expect(rules(line)).not.toContain('vague-performance');
    },
  );
});

describe('a standard named by no document', () => {
  it.each([
    ['Cable: tinned copper, to the prevailing standards', 'to the prevailing standards'],
    ['Lamp shade finish as per market standard', 'as per market standard'],
    ['Lampade: conformi alle norme di legge', 'conformi alle norme di legge'],
    ['Tessuto: rispondente alle normative vigenti', 'rispondente alle normative vigenti'],
    ['Товар: соответствует международным нормам', 'соответствует международным нормам'],
    ['المنتج: وفق المواصفات العالمية', 'وفق المواصفات العالمية'],
  ])('%s', (line, quote) => {
    expect(quoteOf(line, 'vague-material')).toBe(quote);
  });

  it.each(['Lampade: conformi alla norma EN 60598-1', 'Lamp housing: conforms to EN 60598-1'])(
    'a numbered standard is clear: %s',
    (line) => {
      expect(rules(line)).not.toContain('vague-material');
    },
  );
});

describe("the supplier's own criteria, after 'according to'", () => {
  it.each([
    ['Inspección: según nuestros criterios antes del envío', 'según nuestros criterios'],
    ['Vérification : suivant nos normes avant départ', 'suivant nos normes'],
    ['Prüfung: nach unseren üblichen Kriterien', 'nach unseren üblichen Kriterien'],
    ['Final check: according to our criteria', 'according to our criteria'],
    ['Контроль: по нашим стандартам', 'по нашим стандартам'],
  ])('%s', (line, quote) => {
    expect(quoteOf(line, 'vague-material')).toBe(quote);
  });

  it.each([
    'Final check: according to AQL 2.5 level II, ISO 2859-1',
    'Packing: our standard packing, 20 pcs/carton',
  ])('a named rule, or "standard" qualifying packing, is not the own-standard rule: %s', (line) => {
    expect(rules(line)).not.toContain('vague-material');
  });
});

describe('Japanese fields as the topic of their clause, listed with the ideographic comma', () => {
  it.each([
    ['素材：綿、サイズは標準', 'vague-size', '標準'],
    ['色はお任せ', 'vague-color', 'お任せ'],
    ['数量は約800個', 'vague-quantity', '約800個'],
    ['納期は未定', 'vague-ship-date', '未定'],
  ])('%s', (line, rule, quote) => {
    expect(quoteOf(line, rule)).toBe(quote);
  });

  it.each(['サイズは30×20×10cm、重さは1.2kg', '色はPANTONE 286 C、数量は800個'])(
    'precise values stay clear: %s',
    (line) => {
      expect(rules(line)).toEqual([]);
    },
  );
});

describe('the count itself called approximate, with no figure', () => {
  it.each([
    ['Clause 4: the seller delivers the approximate quantity of the order', 'the approximate quantity'],
    ['Cláusula 4: el vendedor entrega la cantidad aproximada del pedido', 'cantidad aproximada'],
    ['Art. 4: Vânzătorul livrează cantitatea aproximativă din contract', 'cantitatea aproximativă'],
    ['Article 4 : le vendeur livre la quantité approximative commandée', 'quantité approximative'],
  ])('%s', (line, quote) => {
    expect(quoteOf(line, 'vague-quantity')).toBe(quote);
  });

  it.each([
    'Clause 4: the seller delivers the quantity of the order, 6,000 pcs',
    'Cláusula 4: cantidad 6.000 uds',
  ])('a counted quantity is clear: %s', (line) => {
    expect(rules(line)).not.toContain('vague-quantity');
  });
});
