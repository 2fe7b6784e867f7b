import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop-45 narrowing after the red team: a claim answered by a figure of its own kind elsewhere on the clause (a
 * period for a shelf life, a load in kg for a washer's capacity, a bond class for a board's water resistance, a
 * Russian unit), Arabic "شحن" read as shipping beside days, a carrier or a place; an old-bulb wattage only on a
 * light source; a per-lot date sent to the pack once the period is given; a standard code or a certificate number
 * backing an organic or food-contact claim; a warranty period with the maker named as who honours it; an origin
 * with a place after the comma. Our own sentences.
 */

describe('a claim answered by a figure of its own kind', () => {
  flags([
    ['Latte a lunga conservazione', 'vague-performance'],
    ['Biscotti a lunga durata, garanzia 2 anni', 'vague-performance'],
    ['Power bank large capacity, weight 2 kg', 'vague-performance'],
    ['Фанера водостойкая, 18 мм', 'vague-performance'],
    ['Power bank, ёмкий аккумулятор', 'vague-performance'],
    ['شحن سريع', 'vague-performance'],
  ]);
  clear([
    ['Panna a lunga conservazione, scadenza 9 mesi', 'vague-performance'],
    ['Lavadora de gran capacidad, carga 8 kg', 'vague-performance'],
    ['Waterproof plywood WBP, 18 mm', 'vague-performance'],
    ['Фанера влагостойкая ФК, 12 мм', 'vague-performance'],
    ['Батарея: ёмкостью 10000 мАч', 'vague-performance'],
    ['شحن سريع إلى دبي عبر DHL', 'vague-performance'],
  ]);
});

describe('an old bulb’s wattage counts only for a light source', () => {
  flags([
    ['Brightness: equivalent to 100W', 'vague-performance'],
    ['Лампа светодиодная, аналог 75 Вт', 'vague-performance'],
  ]);
  clear([
    ['Kettle element: equivalent to 2200W, 240V', 'vague-performance'],
    ['Дрель: аналог 900 Вт, 220 В', 'vague-performance'],
    ['Halogen heater, replacement for 1200W halogen heater', 'vague-performance'],
  ]);
});

describe('a per-lot date sent to the pack, with the period on the line', () => {
  flags([
    ['Shelf life: see package', 'vague-performance'],
    ['Best before: see lid', 'vague-performance'],
    ['Warranty 12 months; expiry date: see bottle', 'vague-performance'],
  ]);
  clear([
    ['Haltbarkeit 18 Monate, MHD: siehe Deckel', 'vague-performance'],
    ['Validade: ver embalagem, 12 meses após fabricação', 'vague-performance'],
  ]);
});

describe('a standard code or a certificate number backs the claim', () => {
  flags([
    ['有机茶', 'vague-performance'],
    ['Пищевой пластик PP', 'vague-performance'],
  ]);
  clear([
    ['Organic honey, certificate no. BIO-2024-00871', 'vague-performance'],
    ['有机蜂蜜，认证证书号 0980P2300456', 'vague-performance'],
    ['Organic rice, to NY/T 419-2014', 'vague-performance'],
    ['Пищевой силикон, соответствует ТР ТС 005/2011', 'vague-performance'],
  ]);
});

describe('a warranty period with the maker named as who honours it', () => {
  flags([
    ['Warranty: as per manufacturer', 'vague-performance'],
    ['Gewährleistung: laut Hersteller', 'vague-performance'],
  ]);
  clear([
    ['Garantie : 24 mois selon le fabricant', 'vague-performance'],
    ['Warranty: 18 months from delivery, as per supplier', 'vague-performance'],
  ]);
});

describe('an origin with a place after the comma', () => {
  flags([
    ['Origin: selected farms, various countries', 'vague-material'],
    ['Origin: own farm', 'vague-material'],
  ]);
  clear([
    ['Origin: partner cooperatives, Sidamo, Ethiopia', 'vague-material'],
    ['产地：精选产区，云南省', 'vague-material'],
  ]);
});
