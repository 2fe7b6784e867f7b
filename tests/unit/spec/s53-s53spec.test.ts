import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

const vague = (line: string) => checkSpecLine(line).filter((f) => f.rule.startsWith('vague-'));
const rules = (line: string) => vague(line).map((f) => f.rule);

describe('s53: lead time counted from the dated record of an event', () => {
  it.each([
    'Yükleme: sipariş onay e-postası tarihinden itibaren 40 gün',
    'Teslim: kaporanın hesabımıza geçtiği tarihten itibaren 35 gün',
    'Termin: 50 dni od daty wpływu przedpłaty',
    'Entrega: 25 días desde la fecha del correo de confirmación del pedido',
    'Délai : 20 jours à compter de la date du courriel de validation de la commande',
    'Срок: 40 дней с даты письма о подтверждении заказа',
  ])('stays clean: %s', (line) => expect(rules(line)).not.toContain('vague-ship-date'));
  it('a bare count or readiness still flagged', () => {
    expect(rules('Teslim: 40 gün')).toContain('vague-ship-date');
    expect(rules('Teslim: malların hazır olduğu tarihten itibaren 40 gün')).toContain('vague-ship-date');
  });
});

describe('s53: packing facts', () => {
  it('habit word with nested counts and a pack code is clean', () => {
    expect(rules('Standard packing: 1 pc per polybag, 40 polybags per carton (pack code PK-7)')).toEqual([]);
    expect(rules('Standard packing: export carton')).toContain('vague-packaging');
  });
  it('carton marks ink with letter height is not a colour', () => {
    expect(rules('Carton markings: PO 9921 / C/No. 1-80, blue ink, letters 30 mm')).not.toContain(
      'vague-color',
    );
    expect(rules('Colour: blue ink')).toContain('vague-color');
  });
  it('box print by press and board in Russian', () => {
    expect(rules('Печать подарочной коробки: офсет, картон 300 г/м²')).toEqual([]);
    expect(rules('Печать коробки: офсет или флексо, картон 300 г/м²')).toContain('vague-customization');
  });
  it('a packing value listing only the inserts is contents', () => {
    expect(rules('Packing: user manual and guarantee card, 12 months')).toEqual([]);
    expect(rules('Packing: normal')).toContain('vague-packaging');
  });
  it('a pack field left undecided is flagged', () => {
    const f = vague('Outer carton: 7 ply, brown kraft, qty per carton TBC');
    expect(f.map((x) => x.rule)).toContain('vague-packaging');
    expect(rules('Karton: 5-lagig, Stück pro Karton noch offen')).toContain('vague-packaging');
    expect(rules('外箱：七层瓦楞，装箱数待定')).toContain('vague-packaging');
    expect(rules('Carton: 5 ply, 36 pcs/ctn')).toEqual([]);
  });
});
