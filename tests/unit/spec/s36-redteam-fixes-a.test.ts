import { describe, expect, it } from 'vitest';
import { quoteOf, rules } from './spec-lines';

/**
 * Stop 36 red team (first set of fixes): the new checks of this stop misread settings, adjustable lengths, rates,
 * labelled noise figures, Thai units, Russian foam marks and payment shares. Each mechanism is tested on sentences
 * of our own, beside the vague wording that must stay flagged.
 */

describe('s36-rt-a: a power range the goods switch through is clear', () => {
  it.each([
    'Power: 600-1800W, 4 gears',
    'Rated power: 200-800W, 5 stages',
    'Power: 80-400W, stepless speed control',
    'Power: 500-1200W (low/high setting)',
    'Power: 900W-1800W dual element',
    'Heating power: 300-1000W with thermostatic control',
    'Мощность: 1000-2200 Вт, 2 ступени нагрева',
    'Potencia: 400-1200W, 3 velocidades',
    'Puissance: 500-1500 W, 2 allures de chauffe',
    'Leistung: 800-2000 W, 3 Leistungsstufen',
    'Güç: 900-1800W, 3 kademeli',
    'Công suất: 500-1500W, 3 mức',
    '功率：600-1800W，两挡调节',
    '功率：500-1500W，三挡',
    'Potência: 700-1400W, 3 níveis',
    'Moc: 600-1500 W, 2 stopnie',
    'Daya: 200-500W, 3 tingkat',
  ])('"%s" is not a vague performance', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });

  it.each(['Output power: 7.5-15W wireless pad', 'Output: 5W-15W, Qi, depending on the phone'])(
    '"%s": a wireless charger gives what the phone draws, not flagged',
    (line) => {
      expect(rules(line)).not.toContain('vague-performance');
    },
  );

  it.each([
    ['Power: 200W-900W', '200W-900W'],
    ['Output Power: 6-12W', '6-12W'],
    // A heater's two settings written only as a range cannot be told from two products by the figures alone.
    ['Power: 1-2kW', '1-2kW'],
    ['Güç: 900-1800W', '900-1800W'],
  ])('"%s" stays flagged quoting "%s"', (line, quote) => {
    expect(quoteOf(line, 'vague-performance')).toBe(quote);
  });
});

describe('s36-rt-a: adjustable and clamping lengths in more languages are clear', () => {
  it.each([
    'Altura: 80-120 cm regulable',
    'Mango: 0,9-1,8 m telescópico',
    'Tinggi: 70-110 cm bisa diatur',
    'Chiều cao: 80-120 cm, có thể điều chỉnh',
    'Высота: 90-150 см, регулируемая',
    'Hoogte: 70-120 cm verstelbaar',
    'Durchmesser: 12-22 mm Klemmbereich',
    'Diámetro: 10-18 mm, rango de ajuste',
    'Çap: 15-25 mm sıkma aralığı',
    'Diâmetro: 12-20 mm (faixa de fixação)',
  ])('"%s" is not a vague size', (line) => {
    expect(rules(line)).not.toContain('vague-size');
  });

  it.each([
    ['Grubość: 0,5-4 mm lub na życzenie', '0,5-4 mm'],
    ['Largo: 40-90 cm', '40-90 cm'],
  ])('"%s" stays a vague size quoting "%s"', (line, quote) => {
    expect(quoteOf(line, 'vague-size')).toBe(quote);
  });
});

describe('s36-rt-a: a speed claim is answered by any rate per unit of time', () => {
  it.each([
    'High-speed overlock machine, up to 6500 spm',
    'High speed embroidery, 1200 stitches/min',
    'High speed galvo scanner, 9000 mm/s',
    'High speed conveyor, 5-45 m/min',
    'High speed filling line, 3000 bottles/h',
    '高速电机，10万转',
  ])('"%s" is not a vague performance', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });

  it.each([
    ['Super fast charging, 0-60% in 25 min', undefined],
    ['Ultra fast charging 45W', undefined],
  ])('"%s" is a charging claim answered by its charge rate or time', (line, quote) => {
    expect(quoteOf(line, 'vague-performance')).toBe(quote);
  });

  it.each([
    ['Ultra fast charging, 20 hours playback', 'Ultra fast charging'],
    ['32 GB card, high speed', 'high speed'],
    ['High speed, 1500W motor', 'High speed'],
  ])('"%s" stays flagged quoting "%s"', (line, quote) => {
    expect(quoteOf(line, 'vague-performance')).toBe(quote);
  });
});

describe('s36-rt-a: a dB figure named as the noise is the goods’ own, whatever follows', () => {
  it('"Quiet purifier, noise level 30 dB(A), filter change alarm" is clear', () => {
    expect(rules('Quiet purifier, noise level 30 dB(A), filter change alarm')).not.toContain(
      'vague-performance',
    );
  });
  it('"Low noise pump, noise 40 dB with buzzer" is clear', () => {
    expect(rules('Low noise pump, noise 40 dB with buzzer')).not.toContain('vague-performance');
  });
  it('"Silent operation, buzzer 80 dB" stays flagged: the figure is the buzzer', () => {
    expect(quoteOf('Silent operation, buzzer 80 dB', 'vague-performance')).toBe('Silent operation');
  });
});

describe('s36-rt-a: Thai units measure a Thai claim', () => {
  it.each(['โคมไฟ: สว่างมาก 800 ลูเมน', 'ชั้นวาง: รับน้ำหนักได้ดี 120 กก.'])('"%s" is clear', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });
  it('"โคมไฟ: สว่างมาก" alone stays flagged', () => {
    expect(quoteOf('โคมไฟ: สว่างมาก', 'vague-performance')).toBe('สว่างมาก');
  });
});

describe('s36-rt-a: a Russian foam mark gives its density', () => {
  it.each(['Сиденье: поролон высокой плотности HL 3545', 'Матрас: пена высокой плотности HR 3028'])(
    '"%s" is clear',
    (line) => {
      expect(rules(line)).not.toContain('vague-performance');
    },
  );
  it('"Спинка: поролон высокой плотности" stays flagged', () => {
    expect(quoteOf('Спинка: поролон высокой плотности', 'vague-performance')).toBe(
      'поролон высокой плотности',
    );
  });
});

describe('s36-rt-a: a payment share is not a figure of the goods', () => {
  it.each(['Payment terms: 50% deposit or as required', 'Terms: 40% T/T in advance or as per your request'])(
    '"%s" is not vague customization',
    (line) => {
      expect(rules(line)).not.toContain('vague-customization');
    },
  );
  it('"Capacity: 250 ml or as required" stays flagged', () => {
    expect(rules('Capacity: 250 ml or as required')).toContain('vague-customization');
  });
});
