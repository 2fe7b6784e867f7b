import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/index';

const vague = (t: string) => checkSpecLine(t).filter((f) => f.rule.startsWith('vague-'));

describe('s48specB: precise constructions stay clean', () => {
  it.each([
    // A colour-difference limit beside the identified sample it is measured against.
    'Amostra padrão nº CP-118 aprovada pelo comprador, tolerância de cor ΔE ≤ 2,0',
    'Pantone 2945 C, colour tolerance: dE2000 < 1.0',
    // A pack's board, protection and weight ceiling define the habit word.
    'Standard export packing: 5-ply carton, corner protectors, max 20 kg gross per carton',
    'Emballage standard : carton double cannelure, cornières, max 22 kg brut par colis',
    // A shoe curve whose counts add up to the pairs in the carton named after it.
    'Sandalia: talla 35-40, curva 35:1 36:1 37:2 38:2 39:1 40:1 por caja de 8 pares',
    'Size curve: 39/1 40/2 41/2 42/1 per carton of 6 pairs',
    // The rounded count answered by a numbered record that binds.
    'About 4,800 pcs per 40HQ; exact quantity per packing list PK-2207',
    'Cantidad: aprox. 1.500 uds, cantidad exacta según pedido PO-3318',
    // A sample identified by its batch code.
    'Surface finish: same as sample lot 25-0412 kept by QC',
    // A calendar week bounded by a latest date.
    'Delivery: week 41 ex works, no later than 10 Oct 2025',
    // An Indonesian per-colour count.
    'Jumlah per warna: Biru 400, Hitam 600 pcs',
    // A carton marking spelled out in quotes, under the French and German labels.
    'Marquage des cartons : « FABRIQUÉ EN CHINE / PO 5520 / C/No. 1-80 »',
    'Kartonbeschriftung: „MADE IN CHINA / PO 5520 / C/No. 1-80“',
    // A print set up by its coded inks, sides and press.
    'Druck: 2-farbig, PMS 286 C und PMS 021 C, einseitig, Offset',
    'Impresión: 1 color, Pantone 485 C, una cara, flexo',
    // Steel grades written beside the family word.
    'Knife blade SK5 high-carbon steel, HRC 56-58',
    'Sprężyna: stal 65Mn, hartowana',
    'Muelle de acero 65Mn, 40 mm',
    // A webbing's load held for a set time is a test it passes or fails.
    'Leash: 20mm nylon webbing, static load 120 kg held for 30 s, no tearing',
  ])('leaves clear %s', (text) => {
    expect(vague(text)).toEqual([]);
  });

  it.each([
    // The vague neighbours still fire.
    ['Finish: same as sample', 'vague-material', 'same as sample'],
    ['Surface: as sample batch', 'vague-material', 'as sample'],
    ['Standard export packing, max 25 kg per carton', 'vague-packaging', 'Standard export packing'],
    ['Imballo standard: scatola a 5 onde', 'vague-packaging', 'Imballo standard'],
    ['Approx. 3,000 pcs per 20GP, exact count per packing list', 'vague-quantity', 'Approx. 3,000 pcs'],
    ['About 4,800 pcs, exact quantity per PO 7781 to be confirmed', 'vague-quantity', 'About 4,800 pcs'],
    ['Delivery: week 41 ex works', 'vague-ship-date', 'week 41'],
    ['Printing: 4 colours, Pantone 186 C, 1 side, offset', 'vague-customization', undefined],
    ['Printing: 2 colours, offset, 1 side', 'vague-customization', undefined],
    ['Marquage carton : selon vos souhaits', 'vague-packaging', 'selon vos souhaits'],
    ['Blade: carbon steel, HRC 58', 'vague-material', 'carbon steel'],
    ['Spring: stal, 205 mm', 'vague-material', 'stal'],
    ['Collar: nylon webbing 25mm, 150kg', 'vague-material', 'nylon'],
    ['Size curve: 38:1 39:2 40:2 41:1 per carton of 10 pairs', 'vague-size', undefined],
  ])('flags %s', (text, rule, quote) => {
    const found = vague(text).filter((f) => f.rule === rule);
    expect(found.length).toBeGreaterThan(0);
    if (quote) expect(found.map((f) => f.quote)).toContain(quote);
  });
});
