import { describe, expect, it } from 'vitest';
import { quotes, rules } from './spec-lines';

describe('pallet lines are packing lines, read by their pallet facts', () => {
  it('a pallet labelled with its footprint, treatment, stack height and wrap is precise, its wood no material question', () => {
    const line =
      'Palletising: 1100x1100 mm ISPM 15 heat-treated softwood, stacked max height 1.4 m, edge protectors, stretch wrapped';
    expect(rules(line)).toEqual([]);
  });
  it('an EUR pallet with stack height and film, in Polish and German, is precise', () => {
    expect(rules('Opakowanie: paleta EUR 800x1200, wysokość max 1,5 m, folia stretch, narożniki')).toEqual(
      [],
    );
    expect(rules('Verpackung: Europalette, Höhe max. 1,8 m, Stretchfolie')).toEqual([]);
    expect(rules('Packing: EPAL pallets 1200x800, max 1.7 m high, shrink wrap')).toEqual([]);
  });
  it('a pallet left to "if needed" is flagged under a pallet label, in Russian and English', () => {
    expect(quotes('Поддон: по необходимости', 'vague-packaging')).toEqual(['по необходимости']);
    expect(quotes('Pallet: if required', 'vague-packaging')).toEqual(['if required']);
  });
  it('a pallet named alone is still asked its facts', () => {
    expect(quotes('Packing: pallet', 'vague-packaging')).toEqual(['pallet']);
  });
  it('what is counted per pallet, and a colour palette, are not pallet labels', () => {
    expect(rules('Cartons per pallet: 36; pallet height max 1.5 m; shrink-wrapped')).not.toContain(
      'vague-packaging',
    );
    expect(rules('Colour palette: Pantone 7621 C / Pantone 432 C')).toEqual([]);
    expect(rules('Palette: 8 shades, see colour card CC-14')).not.toContain('vague-packaging');
  });
});

describe('a delivery counted from the advance payment in Turkish', () => {
  it('the payment noun in the ablative with its possessive is the recorded start event', () => {
    expect(rules('Teslim süresi: peşinat ödemesinden sonra 25 iş günü')).toEqual([]);
    expect(rules('Teslimat: kaporadan itibaren 30 gün')).toEqual([]);
  });
  it('a bare working-day count is still flagged', () => {
    expect(rules('Teslim süresi: yaklaşık 25 iş günü')).toContain('vague-ship-date');
  });
});

describe('"natural" as the bare colour of a graded metal', () => {
  it('natural with the finish named, on a line giving the metal grade, is precise', () => {
    expect(rules('Body: AISI 316L, 1.2 mm / Colour: natural, polished')).toEqual([]);
    expect(rules('材质：SUS430 1.0mm；颜色：原色拉丝')).toEqual([]);
  });
  it('natural beside a shade word, or on a line with no graded metal, stays a colour question', () => {
    expect(quotes('Frame: SUS304 / Colour: natural grey', 'vague-color')).toEqual(['natural grey']);
    expect(quotes('Frame: oak / Colour: natural', 'vague-color')).toEqual(['natural']);
  });
});

describe('a power given only at its peak', () => {
  it('"up to" or "peak" watts with no rated figure are flagged', () => {
    expect(quotes('Motor: up to 1600 W peak', 'vague-performance')).toEqual(['up to 1600 W peak']);
    expect(quotes('Amplifier output: 600W PMPO', 'vague-performance')).toEqual(['600W PMPO']);
    expect(quotes('Leistung: bis zu 2200 W', 'vague-performance')).toEqual(['bis zu 2200 W']);
  });
  it('a rated figure beside the peak makes it a measured claim', () => {
    expect(rules('Motor: rated 800 W, up to 1600 W peak')).toEqual([]);
    expect(rules('Output: 40 W RMS / 80 W peak')).toEqual([]);
    expect(rules('Heater power: 1800 W')).toEqual([]);
    // A charger's "up to" is the most it hands a device, the figure it is rated and certified by.
    expect(rules('Wall charger: up to 45W, USB-C PD 3.0')).not.toContain('vague-performance');
  });
});

describe('a foam labelled with a density word', () => {
  it('is a material left open, in Spanish, English, German and Chinese', () => {
    expect(quotes('Espuma: densidad alta', 'vague-material')).toEqual(['densidad alta']);
    expect(quotes('Foam: super density', 'vague-material')).toEqual(['super density']);
    expect(quotes('Kaltschaum: hohe Dichte', 'vague-material')).toEqual(['hohe Dichte']);
    expect(quotes('海绵：高密度', 'vague-material')).toEqual(['高密度']);
  });
  it('is graded by its density figure', () => {
    expect(rules('Espuma: alta densidad, 32 kg/m³')).toEqual([]);
    expect(rules('Foam: HR foam 40D')).toEqual([]);
  });
  it('"Foam density:" stays the performance label it was', () => {
    expect(quotes('Foam density: good', 'vague-performance')).toEqual(['Foam density: good']);
  });
});

describe('performance labels built as German compounds and written in Thai', () => {
  it('a compound label with a level word is flagged', () => {
    expect(quotes('Kühlleistung: sehr gut', 'vague-performance')).toEqual(['Kühlleistung: sehr gut']);
    expect(quotes('Akkukapazität: hoch', 'vague-performance')).toEqual(['Akkukapazität: hoch']);
  });
  it('a Thai label with a level word is flagged', () => {
    expect(quotes('แรงดูด: แรงมาก', 'vague-performance')).toEqual(['แรงดูด: แรงมาก']);
    expect(quotes('ความสว่าง: สูง', 'vague-performance')).toEqual(['ความสว่าง: สูง']);
  });
  it('the same labels with a figure are measured', () => {
    expect(rules('Kühlleistung: 2,6 kW')).toEqual([]);
    expect(rules('ความสว่าง: 1200 lm')).toEqual([]);
  });
});

describe('tolerances the seller keeps open', () => {
  it('the manual-measurement disclaimer is flagged with its band, in English and Chinese', () => {
    expect(quotes('Note: please allow 2-4 cm difference due to manual measurement', 'vague-size')).toEqual([
      '2-4 cm difference due to manual measurement',
    ]);
    expect(rules('因手工测量，会有1-2厘米误差')).toContain('vague-size');
  });
  it('a band of tolerances depending on the process is flagged; one tolerance, or a band by size, is not', () => {
    expect(quotes('Tolerance: ±0.1mm-±0.5mm depending on the material', 'vague-size')).toEqual([
      '±0.1mm-±0.5mm depending on the material',
    ]);
    expect(rules('Tolerance: ±0.2 mm')).toEqual([]);
    expect(rules('Tolerance: ±0.1mm to ±0.3mm (up to 100 mm: ±0.1, over 100 mm: ±0.3)')).toEqual([]);
  });
});

describe('the Romance "last order" with the adjective first', () => {
  it('is an unrecorded reference', () => {
    expect(quotes('Requisitos: igual que el último lote', 'vague-material')).toEqual([
      'igual que el último lote',
    ]);
    expect(quotes('Especificação: o mesmo da última encomenda', 'vague-material')).toEqual([
      'o mesmo da última encomenda',
    ]);
  });
  it('a numbered earlier order answers it', () => {
    expect(rules('Especificação: igual ao último pedido (PO 77120)')).toEqual([]);
  });
});
