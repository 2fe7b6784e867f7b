import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

const vague = (line: string) => checkSpecLine(line).filter((f) => f.rule.startsWith('vague-'));
const rules = (line: string) => vague(line).map((f) => f.rule);
const flagged = (line: string) => expect(rules(line).length).toBeGreaterThan(0);
const clean = (line: string) => expect(rules(line)).toEqual([]);

describe('s54 mend: a warranty answered by habit or an earlier deal', () => {
  it.each([
    'Warranty: as stated in the last contract',
    'Guarantee: as per our previous agreement',
    'Garantía: lo de siempre',
    'Garantie: wie üblich',
    'Garantie : la même que d’habitude',
    'Garanzia: la solita',
    '质保：跟以前一样',
    '保修：照旧',
    'Bảo hành: bảo hành lâu dài',
    'Warranty: long term guarantee, swap one for one',
  ])('flags: %s', flagged);
  it.each([
    'Warranty: 18 months from B/L date, same as the previous order',
    'Garantía: 2 años, igual que el último pedido',
    'Warranty: as stated in contract KT-5521',
    '保修：两年，跟以前一样',
    'Warranty: long-term warranty, 3 years from delivery',
  ])('a counted period or a numbered contract stays clean: %s', clean);
});

describe('s54 mend: AQL named with no acceptance figures', () => {
  it.each([
    'AQL: international standard level II',
    'AQL: according to usual industry practice',
    'AQL : selon les normes internationales',
    'AQL: nach internationalem Standard',
    'AQL：按行业惯例',
  ])('flags: %s', flagged);
  it.each([
    'AQL: 1.5 major / 4.0 minor, general inspection level II',
    'AQL 2.5/4.0 per ISO 2859-1, level II',
    'Final inspection: level II, AQL 0.65 critical',
    'Final QC: AQL normal, level II, 1.0/2.5',
  ])('figures make it a criterion: %s', clean);
});

describe('s54 mend: papers sent only after the order (de, fr)', () => {
  it.each([
    'Zertifikate: nach Auftragsbestätigung',
    'Prüfberichte: werden nach Auftragserteilung gesendet',
    'Certificats : après confirmation de la commande',
  ])('flags: %s', flagged);
  it('a numbered report with a copy sent later stays clean', () =>
    clean('Zertifikate: Prüfbericht Nr. 7781-B liegt vor, Kopie nach Auftragserteilung'));
});

describe('s54 mend: a manual whose text the supplier writes', () => {
  it.each([
    'User manual: prepared by our technical team',
    'Betriebsanleitung: erstellen wir selbst',
    'Mode d’emploi : rédigé par nos techniciens',
  ])('flags: %s', flagged);
  it.each([
    'User manual: prepared by our technical team, for buyer approval before printing',
    'Bedienungsanleitung: Deutsch/Englisch, 16 Seiten, A6, nach Datei BA-12.pdf',
  ])('the buyer approving or supplying the text stays clean: %s', clean);
});

describe('s54 mend: packing and box print defined by their facts', () => {
  it.each([
    'Export packing: 10 pcs per inner carton, 6 inner cartons per master carton, packing code PC-12',
    'Nadruk na opakowaniu: flexo 2 kolory, karton 350 g',
    'Nadruk na opakowaniu: CMYK offset, 300g kraft',
  ])('clean: %s', clean);
  it.each([
    'Packing: ref. PC-12',
    'Nadruk na opakowaniu: dowolny, wg uznania producenta',
    'Pallet pattern: to be decided',
  ])('still flagged: %s', flagged);
});

describe('s54 mend: a colour held to a numbered physical standard', () => {
  it.each([
    'Colour: champagne, to match master plaque CP-118',
    'Farbe: Bronze, nach Musterplatte MP-22, ΔE ≤ 1,0',
    'रंग: नमूना BS-7 के अनुसार, ΔE ≤ 2',
    'Foil: Kurz Alufin 357 silver, logo 20x6 mm per ART-LGO-4',
    'Cor: prata, conforme amostra padrão PR-8, ΔE ≤ 1,5',
    'Farbe: Silber, gemäß Referenzmuster RM-31',
  ])('clean: %s', clean);
  it.each([
    'Colour: champagne, as standard sample',
    'Cor: prata, conforme amostra padrão',
    'रंग: मानक नमूने के अनुसार',
    'Colour: silver, brass plaque 150 x 80 mm',
    'Colour: champagne, similar to master plaque CP-118',
    'Hot stamp: silver foil, logo 20x6 mm',
  ])('flagged: %s', flagged);
  it('a Hindi position around the logo is no estimate', () =>
    clean('प्रिंट: लोगो के आसपास 4 mm खाली जगह, Pantone 485 C'));
});

describe('s54 mend: lead times from an approval, and Polish abbreviations', () => {
  it.each([
    'Plazo de entrega: 25 días hábiles desde aprobación de muestra',
    'Plazo de entrega: 30 días tras recepción del anticipo',
    'Czas realizacji: 4 tyg. od wpłaty zaliczki',
  ])('counted from a recorded event: %s', clean);
  it.each(['Czas realizacji: ok. 4 tyg., zależy od ilości', 'Czas realizacji: 4 tyg.'])(
    'an estimate or a bare count: %s',
    (line) => expect(rules(line)).toContain('vague-ship-date'),
  );
});

describe('s54 mend: a field of terms left blank', () => {
  it.each([
    'Warranty period: to be determined',
    'Garantía: por definir',
    'AQL: TBC',
    'Certificates: TBA',
    'Instruction manual: to be advised',
    '质保：待定',
  ])('flags: %s', flagged);
  it.each([
    'Warranty: 12 months from delivery, extended cover TBD',
    'Inspection: by SGS at AQL 2.5, date TBD',
  ])('a written term beside the placeholder stays clear of this rule: %s', (line) =>
    expect(vague(line).filter((f) => f.quote === 'TBD')).toEqual([]),
  );
});
