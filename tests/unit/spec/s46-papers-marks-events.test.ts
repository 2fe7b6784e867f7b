import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop 46 (B): clauses that name where a figure is written, a paper, an approval or the sample a lead time counts
 * from, read as what they are; the same words with nothing pinning the value stay flagged.
 */

describe('a weight printed on the pack, beside a weight figure', () => {
  clear([
    ['Peso neto 8,2 kg ±0,2 kg; peso bruto impreso en cada caja', 'vague-weight'],
    ['Poids net 3,5 kg ; poids brut imprimé sur chaque carton', 'vague-weight'],
    ['N.W. 2.1 kg ±0.05 kg; gross weight marked on every outer carton', 'vague-weight'],
  ]);
  flags([
    ['Gross weight printed on each carton', 'vague-weight'],
    ['Weight: printed on carton', 'vague-weight'],
    ['Net weight: light, gross weight marked on box', 'vague-weight'],
  ]);
});

describe('a lead time counted from the approval of a named kind of sample', () => {
  clear([
    ['Dostawa: 30 dni po akceptacji próbki przedprodukcyjnej', 'vague-ship-date'],
    ['Wysyłka: 60 dni od zatwierdzenia próbki wzorcowej', 'vague-ship-date'],
    ['Delivery: 40 days after approval of the master sample', 'vague-ship-date'],
    ['Ship within 35 days from reference sample approval', 'vague-ship-date'],
  ]);
  flags([
    ['Delivery: 30 days after golden sample, maybe later', 'vague-ship-date'],
    ['Wysyłka: 45 dni', 'vague-ship-date'],
  ]);
});

describe('black as the dye of an anodising held by its film thickness, in any word order', () => {
  clear([
    ['外壳：铝合金6063，阳极氧化处理，颜色黑色，膜厚12μm', 'vague-color'],
    ['Acabado: anodizado negro, espesor 15 µm', 'vague-color'],
    ['Oberfläche: eloxiert schwarz, Schichtdicke 20 µm', 'vague-color'],
  ]);
  flags([
    ['表面：阳极氧化黑色', 'vague-color'],
    ['Surface: anodized black', 'vague-color'],
    ['Finition : anodisé bleu, 15 µm', 'vague-color'],
  ]);
});

describe('a paper or an approval under a material label, beside what pins the material', () => {
  clear([
    ['Material: PC, Covestro Makrolon 2407, mill certificate for each batch', 'vague-material'],
    ['Housing: POM, DuPont Delrin 100P, material COA with every lot', 'vague-material'],
    ['Part no. 0986494294 brake shoes, friction material: homologated to ECE R90', 'vague-material'],
    [
      'OE no. 58101-2SA70 front pads, friction material ECE R90 approved, E-mark stamped on the backing plate',
      'vague-material',
    ],
    ['Fabric: 100% cotton 180 gsm, OEKO-TEX or similar certificate', 'vague-material'],
    [
      'Mattress foam 40 kg/m³, hardness 160 N (ISO 2439), CertiPUR or equivalent lab report',
      'vague-material',
    ],
  ]);
  flags([
    ['Material: plastic, CoA per lot', 'vague-material'],
    ['Material: CoA provided, good quality', 'vague-material'],
    ['Brake pads, friction material: ECE R90 approved', 'vague-material'],
    ['Material: 304 stainless or equivalent', 'vague-material'],
    ['Material: SUS304 or equivalent, test report provided', 'vague-material'],
  ]);
});
