import { describe, expect, it } from 'vitest';
import { quoteOf, quotes, rules } from './spec-lines';

/**
 * Stop 36, red team round (b): stainless known by its other names and structural steels on their strength ladder
 * clear an "or better"; a count of days written in words or in id/vi/nl/th/pl units keeps a ship date counted; a
 * hedge written after the count is still a hedge; a state, a coast or a port left to be chosen is no place after a
 * trade term; a report named by its number in Chinese is agreed, not offered.
 */

describe('grade floor: stainless by its other names, structural steel by strength', () => {
  it.each([
    // Stainless bolt classes: A2 is 304, A4 is 316, the figure the tensile class.
    'Screws: A2-70 or better, DIN 912',
    'Nuts: A4-80 or higher',
    // 17-4PH under its JIS name.
    'Pump shaft: SUS630 or better',
    // Old Chinese names with one carbon digit, and GOST names in Cyrillic.
    '螺栓材质：0Cr18Ni9或以上',
    '材料：1Cr18Ni9Ti或更好',
    'Корпус: сталь 12Х18Н10Т или лучше',
    // Structural steels named by their minimum yield strength: "higher" is a known order.
    'Frame: ASTM A36 or better',
    'Träger: S355JR oder höher',
    'Base plate: Q345B or higher grade',
    'Column: SS400 or better',
  ])('"%s" is not vague-material', (line) => {
    expect(rules(line)).not.toContain('vague-material');
  });
  it.each([
    ['Spindle: 42CrMo4 or better', 'or better'],
    ['Housing: 6061-T6 or better', 'or better'],
    ['Pinion: 20CrMnTi or higher', 'or higher'],
    ['Axle: 40Cr or better', 'or better'],
  ])('"%s" stays vague-material quoting "%s"', (line, quote) => {
    expect(quoteOf(line, 'vague-material')).toBe(quote);
  });
});

describe('ship date: a count in words or in the units of id/vi/nl/th/pl', () => {
  it.each([
    'Pengiriman: tiga minggu setelah pembeli menyetujui sampel',
    'Pengiriman: sebulan setelah pembeli menyetujui sampel',
    'Giao hàng: mười lăm ngày sau khi bên mua xác nhận mẫu',
    'Levering: drie weken na goedkeuring van het monster',
    'การจัดส่ง: สามสัปดาห์หลังจากลูกค้าอนุมัติตัวอย่าง',
    'Dostawa: trzy tygodnie po akceptacji wzoru',
  ])('"%s" is not vague-ship-date', (line) => {
    expect(rules(line)).not.toContain('vague-ship-date');
  });
  it.each([
    ['Teslimat: numune onayından sonra', 'numune onayından sonra'],
    ['Shipment: after the buyer approves the sample', 'after the buyer approves the sample'],
  ])('an event with no count stays flagged: "%s"', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toBe(quote);
  });
  it('a timing already quoted as vague is the one finding: "Shipment: as soon as possible after you approve the proof"', () => {
    expect(quotes('Shipment: as soon as possible after you approve the proof', 'vague-ship-date')).toEqual([
      'as soon as possible',
    ]);
  });
});

describe('ship date: a hedge after the count, and whose confirmation', () => {
  it.each([
    ['Shipment: 45 days or so after approval', '45 days or so'],
    ['Shipment: 45 days approx. after approval', '45 days approx.'],
    ['Shipment: 45 days after the customer approves the proof, roughly', 'roughly'],
    ['Shipment: 45 days after approval, more or less', 'more or less'],
    ['Envío: 20 días más o menos tras la aprobación de la muestra', '20 días más o menos'],
    ['交货期：确认订单后两周左右', '两周左右'],
    ['交货期：收到定金后1个月左右', '1个月左右'],
    // The supplier confirms his own order: the count starts on a day he picks.
    ['Shipment: 25 days after we confirm the order', '25 days'],
    // A confirmation of nothing named: an order confirmation is the supplier's as often as the buyer's.
    ['Shipment: 25 days after confirmation', '25 days'],
    ['Shipment: after confirmation', 'after confirmation'],
  ])('"%s" is vague-ship-date quoting "%s"', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toBe(quote);
  });
  it.each([
    'Shipment: 25 days after approval',
    'Shipment: 25 days after you confirm the order',
    'Shipment: 25 days after customer confirmation',
    'Shipment: 25 days after order confirmation',
  ])('"%s" is not vague-ship-date', (line) => {
    expect(rules(line)).not.toContain('vague-ship-date');
  });
});

describe('place after a trade term: states, coasts and ports to be chosen', () => {
  it.each([
    ['CFR USA, Any Main Port', 'CFR USA'],
    ['CFR USA, Closest Major Port', 'CFR USA'],
    ['CFR USA, Buyer’s Designated Port', 'CFR USA'],
    ['CFR USA, FL', 'CFR USA'],
    ['CFR USA, Georgia', 'CFR USA'],
    ['CFR USA, USEC', 'CFR USA'],
    ['CFR Australia, QLD', 'CFR Australia'],
    ['CFR Canada, ON', 'CFR Canada'],
    ['目的港：美国，佛州', '美国'],
    ['目的港：美国，加利福尼亚州', '美国'],
    ['目的港：美国，西海岸港口', '美国'],
    ['目的港：美国，附近港口', '美国'],
    ['目的港：美国，买家指定', '美国'],
    ['目的港：美国，另行告知', '美国'],
    ['目的港：日本，未定', '日本'],
  ])('"%s" is vague-ship-date quoting "%s"', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toBe(quote);
  });
  it.each([
    'CFR USA, LA',
    'CFR USA, LAX',
    'CFR USA, USLGB',
    'CFR USA, NYC',
    'CFR USA, Long Beach',
    'CFR Australia, Melbourne',
    '目的港：美国，洛杉矶',
    'FOB 中国，广州',
  ])('"%s" is not vague-ship-date', (line) => {
    expect(rules(line)).not.toContain('vague-ship-date');
  });
});

describe('certificates: a report named by its number in Chinese', () => {
  it('"证书：FCC（报告编号SZ2024-88）、CE都有" is not an offer', () => {
    expect(rules('证书：FCC（报告编号SZ2024-88）、CE都有')).toEqual([]);
  });
  it('"证书：FCC、CE都有" with no number is still an offer', () => {
    expect(quoteOf('证书：FCC、CE都有', 'vague-material')).toBe('都有');
  });
});
