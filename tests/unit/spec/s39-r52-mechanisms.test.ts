import { describe, expect, it } from 'vitest';
import { quotes, rules } from './spec-lines';

/**
 * Mechanisms an independent writer's lines (R52) showed missing: Czech order-sheet labels and the Czech words for
 * "as sample", "usual export packing", "approx." and quality praise; a maker's part made substitutable; shipping
 * tied to the end of production; Japanese and Thai estimates; and precise lines that must stay clear (a lead time
 * from a signed or paid event, PCB finishes, a numbered packing specification, materials by their trade type).
 * Our own sentences.
 */
describe('Czech labels and vocabulary', () => {
  it.each([
    ['Barva: podle vzorku', 'vague-color', 'podle vzorku'],
    ['Barva: stejná jako na fotce', 'vague-color', 'stejná jako na fotce'],
    ['Balení: standardní exportní', 'vague-packaging', 'standardní exportní'],
    ['Stůl, běžné exportní balení', 'vague-packaging', 'běžné exportní balení'],
    ['Kvalita: pevné, odolné vůči vodě', 'vague-material', 'pevné, odolné vůči vodě'],
    ['Lampa, vysoce kvalitní', 'vague-material', 'vysoce kvalitní'],
    ['Dodací lhůta: přibližně 4 týdny od připsání zálohy', 'vague-ship-date', 'přibližně 4 týdny'],
    ['Dodací lhůta: co nejdříve', 'vague-ship-date', 'co nejdříve'],
    ['Termín dodání: 30 dní', 'vague-ship-date', '30 dní'],
  ])('flagged: %s', (line, rule, quote) => expect(quotes(line, rule)).toContain(quote));

  it.each([
    ['Barva: podle vzorku č. BV-7 schváleného 12. 4.', 'vague-color'],
    ['Barva: Pantone 2945 C', 'vague-color'],
    ['Balení: exportní karton 7vrstvý 50×30×30 cm', 'vague-packaging'],
    ['Balení: exportní balení, karton 5vrstvý 60×40×40 cm, 6 ks/karton', 'vague-packaging'],
    ['Materiál: nerezová ocel AISI 316', 'vague-material'],
    ['Dodací lhůta: 35 dní od podpisu smlouvy', 'vague-ship-date'],
    ['Velikost: 40 × 25 cm ± 0,5 cm', 'vague-size'],
  ])('not flagged: %s', (line, rule) => expect(rules(line)).not.toContain(rule));
});

describe('a maker’s part named, then made substitutable', () => {
  it.each([
    ['Bearing: NSK 6204 or similar', 'or similar'],
    ['Zip: Riri or similar quality', 'or similar quality'],
    ['Cells: Samsung 21700 or equivalent', 'or equivalent'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-material')).toContain(quote));

  it.each([
    'Bearing: NSK 6204, sealed 2RS',
    'Cells: Samsung 21700 or equivalent only if approved by the buyer in writing',
    'Courier: UPS or similar',
  ])('not flagged: %s', (line) => expect(rules(line)).not.toContain('vague-material'));
});

describe('shipping tied to the end of production, and estimates in Japanese and Thai', () => {
  it.each([
    [
      'Deposit 40%, dispatch as soon as production is completed',
      'dispatch as soon as production is completed',
    ],
    ['We deliver the goods once the order is ready', 'deliver the goods once the order is ready'],
    ['出荷時期：受注後、およそ20日', 'およそ20日'],
    ['ระยะเวลาส่ง: ประมาณ 10 วัน', 'ประมาณ 10 วัน'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-ship-date')).toContain(quote));

  it.each([
    'Dispatch within 12 days after the buyer approves the PP sample',
    'Final inspection after production is completed, before shipment',
    '納期：ご入金確認後20営業日',
  ])('not flagged: %s', (line) => expect(rules(line)).not.toContain('vague-ship-date'));
});

describe('a lead time counted from a recorded event', () => {
  it.each([
    'Prazo de entrega: 40 dias corridos contados da assinatura do contrato',
    'Срок отгрузки: 30 дней с даты поступления предоплаты',
    'Waktu pengiriman: 14 hari setelah pelunasan',
  ])('not flagged: %s', (line) => expect(rules(line)).not.toContain('vague-ship-date'));

  it.each([
    ['Срок отгрузки: 30 дней с даты готовности продукции', '30 дней'],
    ['Waktu pengiriman: 14 hari setelah barang siap', '14 hari'],
    ['Prazo de entrega: 40 dias contados do fim da produção', '40 dias'],
  ])('flagged, the event the supplier’s own word: %s', (line, quote) =>
    expect(quotes(line, 'vague-ship-date')).toContain(quote),
  );
});

describe('PCB finishes and percentage tolerances on a length', () => {
  it.each([
    'Board: FR-4, 1.0 mm ±10%, 4 layers, ENIG, black solder mask, white legend, per Gerber rev B',
    'Panel thickness: 2 mm ±5%',
  ])('not flagged: %s', (line) => {
    expect(rules(line)).not.toContain('vague-color');
    expect(rules(line)).not.toContain('vague-size');
  });

  it.each([
    ['T-shirt: white silkscreen print on chest', 'vague-color', 'white'],
    ['Size: 50 cm ±25%', 'vague-size', '50 cm ±25%'],
  ])('flagged: %s', (line, rule, quote) => expect(quotes(line, rule)).toContain(quote));
});

describe('packing held to a numbered specification', () => {
  it('not flagged: the specification by its code', () =>
    expect(
      rules('Embalaje: caja individual y caja máster, según especificación EMB-22 adjunta'),
    ).not.toContain('vague-packaging'));
  it('flagged: a specification with no code', () =>
    expect(rules('Imballo: scatola singola, come da specifica')).toContain('vague-packaging'));
});

describe('materials by the type the trade buys them by', () => {
  it.each([
    'Mould: P20 steel, 2 cavities, hot runner',
    'Core insert: S136H, 48-52 HRC',
    'Strap: 25 mm nylon 66 webbing',
    'Cushion filling: polyester fibrefill 450 g per cushion',
  ])('not flagged: %s', (line) => expect(rules(line)).not.toContain('vague-material'));

  it.each([
    ['Mould: steel, 2 cavities', 'steel'],
    ['Strap: 25 mm nylon webbing', 'nylon'],
    ['Filling: PP cotton', 'cotton'],
    ['Pillow: memory foam, very comfortable', 'memory foam'],
    ['Serum formula: same as sample', 'same as sample'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-material')).toContain(quote));
});
