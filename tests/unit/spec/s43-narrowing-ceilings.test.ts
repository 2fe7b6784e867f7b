import { describe, expect, it } from 'vitest';
import { quotes, rules } from './spec-lines';

/**
 * Stop 43, narrowed after the red team: a ceiling that is a limit the goods are installed or accepted to (a standard,
 * a drawing, a named limit, a placement distance, a duty per cycle), a ceiling beside a floor or a typical figure, an
 * efficiency span measured under a named test, ingress ratings all held at once or written in two halves, a mark
 * applied to the goods, and a warranty range settled on its own line. The vague wordings stay flagged. Our own lines.
 */

describe('a distance, coverage or light ceiling that is a limit, not a best case', () => {
  it.each([
    'Cable run between switch and camera: max 90 m, per IEEE 802.3af',
    'Fire alarm detector coverage: max 60 m² per detector, per NFPA 72',
    'Mounting distance to ceiling: max 0.3 m as drawing DW-318',
    'Khoảng cách treo đèn tối đa 1,5 m so với trần, theo bản vẽ BV-07',
    '固定距离：离地面最大1.2米，按图纸 GD-12 安装',
    'gap from cabinet to wall: max 1 m (site plan)',
    'Safety distance: max 3 m from the machine',
    'Khoảng cách an toàn tối đa 4 m',
    'Short-throw distance: max 2 m for 100" screen',
    'Illuminance: max 300 lux (glare limit of the office brief)',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-performance'));

  it.each([
    ['Transmission distance: up to 120 m', 'up to 120 m'],
    ['Router coverage: up to 150 m²', 'up to 150 m'],
    ['Distance: up to 80 m', 'up to 80 m'],
    ['Beam distance: up to 400 m', 'up to 400 m'],
    ['Khoảng cách truyền: tối đa 50 m', 'tối đa 50 m'],
    ['遥控距离：最大30米', '最大30米'],
    ['Helligkeit: bis zu 900 Lumen', 'bis zu 900 Lumen'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-performance')).toContain(quote));
});

describe('a runtime ceiling that is a duty limit, or stands beside a floor or a typical figure', () => {
  it.each([
    'Pump working time: max 6 h per day (S2 duty)',
    'Sterilizer runtime: max 90 min, max 3 h per cycle',
    'Playtime: 20 hours typical, up to 30 hours',
    'Battery life: up to 14 h; 10 h minimum guaranteed',
    'Runtime: up to 9 h; min. 6 h',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-performance'));

  it.each([
    ['Battery life: up to 20 h per charge', 'up to 20 h'],
    ['Runtime: up to 12 h; charging 3 h', 'up to 12 h'],
    ['Playtime: up to 40 hours', 'up to 40 hours'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-performance')).toContain(quote));

  it('a typical span, or a typical figure of another mode, is still not a figure the goods meet', () => {
    expect(rules('Playtime: 15-18 h typical, up to 24 h')).toContain('vague-performance');
    expect(rules('Battery life: up to 40 days standby, 12 days typical use')).toContain('vague-performance');
  });
});

describe('an efficiency span measured under a named test', () => {
  it.each([
    'Module efficiency: 20.9%-21.4% (flash-tested, bin C)',
    'Pump motor efficiency: 88.5–89.7% measured per IEC 60034-2-1',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-performance'));
  it.each([
    ['Module efficiency: 19-22%', '19-22%'],
    ['Wirkungsgrad: 93–95 % (je nach Modell)', '93–95 %'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-performance')).toContain(quote));
});

describe('ingress ratings held at once, or one rating in two halves', () => {
  it.each([
    'Protection: IP65/IP66/IP69K (all tested, lab report LR-5521)',
    'Enclosure: IP5X/IPX4',
    'Ingress rating: IP6X/IPX7 (1 m, 30 min)',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-performance'));
  it.each([
    ['Protection: IP64/IP65/IP66', 'IP64/IP65/IP66'],
    ['Protection: IP6X or IPX8', 'IP6X or IPX8'],
    ['Protection: IP55/IP56', 'IP55/IP56'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-performance')).toContain(quote));
});

describe('a mark applied to the goods is no certificate applied for', () => {
  it.each([
    'UKCA mark will be applied on the nameplate by engraving; UKCA DoC no. 2026-31 attached',
    'CE marking can be applied by pad printing',
    'We can apply the CE logo on each carton',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-material'));
  it.each([
    ['Certificates: UKCA can be applied for', 'can be applied for'],
    ['Certificates: CE, FCC (we can apply)', 'we can apply'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-material')).toContain(quote));
});

describe('a warranty range settled on its own line', () => {
  it.each([
    'Optional extended warranty 2-4 years for a fee; standard warranty 1 year from delivery',
    'Warranty 6-18 months by item: item X 6 months, item Y 18 months',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-performance'));
  it.each([
    ['Warranty: 2-4 years', '2-4 years'],
    ['Warranty 6-18 months by item: item X 6 months', '6-18 months'],
    ['Extended warranty 2-4 years for a fee; battery 1 year', '2-4 years'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-performance')).toContain(quote));
});
