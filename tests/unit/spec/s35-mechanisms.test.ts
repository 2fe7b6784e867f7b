import { describe, expect, it } from 'vitest';
import { findings, quoteOf, rules } from './spec-lines';

/**
 * Stop 35 (issue 13): kinds of wording the lead's scoring sets showed, each tested on sentences of our own and
 * beside the precise wording a buyer would write instead.
 */

describe('s35: a destination port named only by its country or region', () => {
  it.each([
    ['Port of destination: Canada', 'Canada'],
    ['Destination port: South America', 'South America'],
    ['POD: any port in Germany', 'any port in Germany'],
    ['Puerto de destino: Estados Unidos', 'Estados Unidos'],
    ['目的港：欧洲', '欧洲'],
  ])('"%s" is a ship-date finding quoting the region', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toBe(quote);
  });
  it('asks for the port by name, not the loading port', () => {
    const f = findings('Port of discharge: UK').find((x) => x.rule === 'vague-ship-date');
    expect(f?.fix).toContain('port of destination');
    expect(f?.message).toContain('country or region');
  });
  it.each([
    'Port of destination: Felixstowe, UK',
    'Destination port: Savannah (USSAV)',
    'Port of discharge: Canada (Vancouver)',
    '目的港：汉堡',
  ])('"%s" names the port and is not flagged', (line) => {
    expect(rules(line)).not.toContain('vague-ship-date');
  });
  it('a C- or D-term followed only by a region leaves the place open, unless the warehouse is named', () => {
    expect(quoteOf('Unit price EUR 4.10 CIF Europe', 'vague-ship-date')).toBe('CIF Europe');
    expect(rules('DAP Canada, to our warehouse in Mississauga')).not.toContain('vague-ship-date');
  });
});

describe('s35: a protective coat named under the finish field with no thickness', () => {
  it.each([
    ['Surface treatment: nickel plated', 'nickel plated'],
    ['Finish: bright chrome', 'bright chrome'],
    ['Acabado: galvanizado', 'galvanizado'],
    ['表面处理：镀铬', '镀铬'],
    ['Finish: powder coated', 'powder coated'],
  ])('"%s" is a performance finding quoting the coat', (line, quote) => {
    expect(quoteOf(line, 'vague-performance')).toBe(quote);
  });
  it.each([
    'Finish: zinc plated 8-12 µm',
    'Surface treatment: hot-dip galvanized per ISO 1461',
    'Finish: nickel plated, 48 h neutral salt spray',
    'Finish: powder coat, RAL 7016, 70-90 µm',
    'Finish: powder coat, RAL 7016',
    'Finish: brushed, Ra 0.8',
  ])('"%s" has its figure or is a look, not a coat, and is not flagged', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });
  it('the metal of a coat is not read as the material of the goods', () => {
    expect(rules('Surface treatment: zinc plated')).not.toContain('vague-material');
  });
});

describe('s35: hardness given by a word', () => {
  it.each([
    ['Hardness: medium', 'Hardness: medium'],
    ['Foam hardness: firm', 'Foam hardness: firm'],
    ['Dureza: blanda', 'Dureza: blanda'],
    ['Härte: weich', 'Härte: weich'],
    ['硬度：偏软', '硬度：偏软'],
  ])('"%s" is a performance finding', (line, quote) => {
    expect(quoteOf(line, 'vague-performance')).toBe(quote);
  });
  it.each(['Hardness: 70 Shore A ±3', 'Hardness: HRC 45-50', 'Härte: 200 HV10', '硬度：邵氏A 50±5度'])(
    '"%s" gives the figure and is not flagged',
    (line) => {
      expect(rules(line)).not.toContain('vague-performance');
    },
  );
});

describe("s35: a lamp's brightness and its figures", () => {
  it('wattage given as the brightness is flagged, with why watts are not light', () => {
    const f = findings('Brightness: 30 W').find((x) => x.rule === 'vague-performance');
    expect(f?.quote).toBe('Brightness: 30 W');
    expect(f?.message).toContain('watts');
    expect(f?.fix).toContain('lm');
  });
  it('lumens beside the watts answer it', () => {
    expect(rules('Brightness: 30 W, 3300 lm')).not.toContain('vague-performance');
  });
  it("a brightness claim on a product line whose figures give the lumens is the product's description", () => {
    expect(rules('Ceiling panel 24W, 2400 lumens, ultra bright')).not.toContain('vague-performance');
  });
  it('the same claim with only watts, or with nothing, is still flagged', () => {
    expect(quoteOf('Ceiling panel 24W, ultra bright', 'vague-performance')).toBe('ultra bright');
    expect(quoteOf('ultra bright ceiling panel', 'vague-performance')).toBe('ultra bright');
  });
  it('a capacity claim beside a capacity figure is answered; beside a weight it is not', () => {
    expect(rules('Power bank 10000mAh, large capacity')).not.toContain('vague-performance');
    expect(rules('Power bank 220 g, large capacity')).toContain('vague-performance');
  });
});

describe('s35: steel grades written without the word steel', () => {
  it.each([
    'Material: 42CrMo4',
    'Material: 40Cr, quenched and tempered',
    'Werkstoff: 16MnCr5 einsatzgehärtet',
    'Material: S50C',
    'Material: SCM415',
    'Material: SUJ2 bearing grade',
    '材质：45#钢',
    '材质：20CrMnTi',
    'Material: 4340',
    'Material: SAE 8620, carburized',
  ])('"%s" names a grade and is not flagged', (line) => {
    expect(rules(line)).not.toContain('vague-material');
  });
  it.each([
    ['Material: carbon steel', 'carbon steel'],
    ['Material: 1200', '1200'],
    ['Material: 4140 pcs', '4140 pcs'],
  ])('"%s" is still a material finding (a family, a round hundred, a count)', (line, quote) => {
    expect(quoteOf(line, 'vague-material')).toBe(quote);
  });
  it('a voltage is not an alloy code', () => {
    expect(rules('Material: 12V steel')).toContain('vague-material');
  });
});

describe('s35: a numbered link or option is a choice, a bare link or picture is not', () => {
  it.each([
    'Style: as per link no. 3',
    'Model: same as link #2',
    'Estilo: como el enlace 4',
    '款式：同链接3号',
  ])('"%s" is not flagged', (line) => {
    expect(findings(line)).toEqual([]);
  });
  it.each(['Style: same as the link', 'Model: as per listing', '款式：按链接'])(
    '"%s" is still flagged',
    (line) => {
      expect(findings(line).length).toBeGreaterThan(0);
    },
  );
});

describe('s35: "OEM" as a brand field', () => {
  it('"Brand Name: OEM" is the seller\'s brand classification, not a print promise', () => {
    expect(rules('Brand Name: OEM')).not.toContain('vague-customization');
    expect(rules('Marke: OEM')).not.toContain('vague-customization');
  });
  it('"OEM / blank" still leaves the choice open, and a logo under OEM is still read', () => {
    expect(rules('Brand: OEM / blank')).toContain('vague-customization');
    expect(rules('Brand: OEM, customer logo printed')).toContain('vague-customization');
    expect(rules('Logo: OEM')).toContain('vague-customization');
  });
});
