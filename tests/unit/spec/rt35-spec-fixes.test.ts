import { describe, expect, it } from 'vitest';
import { quotes, rules } from './spec-lines';

/** Red team of stop 35: false alarms of the new performance and tolerance readings, and the cases they still catch. */
describe('an IP code with no water digit does not answer a water claim', () => {
  it('flags waterproof beside IP20 / IPX0 / IP6X', () => {
    expect(quotes('Outdoor power supply waterproof, IP20', 'vague-performance')).toContain('waterproof');
    expect(quotes('Garden lamp, waterproof, IPX0', 'vague-performance')).toContain('waterproof');
    expect(quotes('Waterproof IP6X junction box', 'vague-performance').join(' ')).toMatch(/Waterproof/);
  });
  it('still clears waterproof beside a water rating', () => {
    expect(rules('Outdoor power supply waterproof, IP65')).not.toContain('vague-performance');
    expect(rules('Waterproof IPX7 junction box')).not.toContain('vague-performance');
  });
});

describe('peak power: only a line whose sole wattage is a peak or best case', () => {
  it('is silent when a plain wattage stands beside the peak', () => {
    for (const line of [
      'Output: 800W (1600W peak)',
      'Drill motor: 600W, 1200W peak',
      'Power inverter: 2000W, surge up to 4000W',
      'Petrol generator: 2800W running, 3200W peak',
      'Fan heater: up to 1800W, two settings (900/1800W)',
    ])
      expect(quotes(line, 'vague-performance'), line).toEqual([]);
  });
  it('is silent on "up to" as the most a holder, dimmer, plug or pad takes', () => {
    for (const line of [
      'Ceiling socket E14, for lamps up to 40W',
      'Rotary dimmer for LED loads up to 150W',
      'Power strip: max load up to 3000W',
      'Wifi socket, handles up to 3500W',
      'Charging mat: up to 10W',
    ])
      expect(quotes(line, 'vague-performance'), line).toEqual([]);
  });
  it('flags a peak that stands alone, whatever "rated" or "USB" names elsewhere', () => {
    expect(
      quotes('Party speaker, up to 200W peak, USB and SD playback', 'vague-performance').join(' '),
    ).toMatch(/200W peak/);
    expect(
      quotes('Car amplifier: up to 800W PMPO, rated voltage 14.4V', 'vague-performance').join(' '),
    ).toMatch(/800W PMPO/);
    expect(quotes('Portable speaker, output: up to 60W', 'vague-performance').join(' ')).toMatch(/up to 60W/);
  });
  it('is silent once a rated wattage is given', () => {
    expect(quotes('Party speaker, 100W rated, 200W peak', 'vague-performance')).toEqual([]);
  });
});

describe('manual-measurement excuse: only an allowance, not a checked tolerance', () => {
  it('is silent on a line that holds its own tolerance or refuses the error', () => {
    for (const line of [
      'Size tolerance: ±0.3 mm, verified by manual measurement with a micrometer',
      'Hand measurement error shall not exceed ±1 mm',
      'Length tolerance ±2 mm; manual measurement deviations of 1-2 cm not accepted',
      'Maßtoleranz: ±0,5 mm, manuelle Messung mit Maßband',
    ])
      expect(quotes(line, 'vague-size').join(' '), line).not.toMatch(/measure|Messung|deviation/i);
  });
  it('still flags the allowance in centimetres or as a range', () => {
    expect(quotes('Kindly allow 2-4cm difference due to manual measurement', 'vague-size').join(' ')).toMatch(
      /2-4cm difference/,
    );
    expect(quotes('Size: 40 x 60 cm, manual measurement error of 1-2cm', 'vague-size').join(' ')).toMatch(
      /manual measurement error/,
    );
  });
});

describe('a figure of the kind anywhere in the clause is read once per clause', () => {
  it('a long list of claims beside one figure keeps its reading', () => {
    expect(rules(`${'waterproof, '.repeat(50)}IP67`)).not.toContain('vague-performance');
    expect(rules('waterproof, '.repeat(50))).toContain('vague-performance');
  });
});

describe('foam grades and light measures written other ways', () => {
  it('a foam grade as D28, RG 40, T35 or in pounds is a density figure', () => {
    for (const line of [
      'Foam: high density D30',
      'Foam: high density, RG 35',
      'Foam: high density T40',
      'Foam: high density 2.0 lb density',
    ])
      expect(quotes(line, 'vague-material'), line).toEqual([]);
    expect(quotes('Foam: high density', 'vague-material').length).toBeGreaterThan(0);
  });
  it('lúmenes, ลูเมน and candela measure a lamp brightness', () => {
    for (const line of [
      'Linterna 10W, 900 lúmenes, super brillante',
      'Flashlight 5W, 30 kcd, super bright',
      'Headlamp 3W, 300 ลูเมน, super bright',
    ])
      expect(quotes(line, 'vague-performance'), line).toEqual([]);
    expect(quotes('Flashlight 5W, super bright', 'vague-performance')).toContain('super bright');
  });
});

describe('a hardness word beside its figure, and watts beside the light they give', () => {
  it('clears a hardness word measured on its scale', () => {
    for (const line of [
      '硬度：偏硬，邵氏A 70度',
      'Hardness: medium, 45 Asker C',
      'Twardość: twarda, 80 ShA',
      'Hardness: firm (ILD 40)',
    ])
      expect(rules(line)).not.toContain('vague-performance');
  });
  it('still flags the word alone', () => {
    expect(rules('Hardness: firm')).toContain('vague-performance');
    expect(rules('硬度：偏硬')).toContain('vague-performance');
  });
  it('clears watts when the luminous flux is given elsewhere on the line', () => {
    for (const line of [
      'Brightness: 12W; luminous flux 1100 lm',
      'Brightness: 12W | Lumen: 1100',
      '亮度：12W，光通量1100',
    ])
      expect(rules(line)).not.toContain('vague-performance');
  });
  it('still flags watts alone or with another wattage', () => {
    expect(rules('Brightness: 12W')).toContain('vague-performance');
    expect(rules('Brightness: 12W; Power: 12W')).toContain('vague-performance');
  });
});

describe('a coat measured in the units suppliers write', () => {
  it('clears a finish whose thickness or coating mass is given', () => {
    for (const line of [
      'Finish: zinc plated 10μ, blue passivation',
      '表面处理：镀锌12μ',
      'Acabado: cromado duro, 20 micras',
      'Покрытие: никелированное, 6 мкм',
      'Finish: hot-dip galvanised, 350 g/m²',
      'Finish: galvanised coil Z200',
      'Finish: anodised AA20, black',
      'Finish: nickel-free polished brass',
    ])
      expect(rules(line)).not.toContain('vague-performance');
  });
  it('still flags a coat with no figure', () => {
    expect(rules('Finish: nickel plated')).toContain('vague-performance');
    expect(rules('Acabado: cromado')).toContain('vague-performance');
  });
});
