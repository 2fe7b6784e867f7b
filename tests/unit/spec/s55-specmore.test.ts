import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

// The patterns compile on first use: done here, outside any one test's time limit.
checkSpecLine('warm: up');

const vague = (line: string) => checkSpecLine(line).filter((f) => f.rule.startsWith('vague-'));
const rules = (line: string) => vague(line).map((f) => f.rule);
const flagged = (line: string) => expect(rules(line).length).toBeGreaterThan(0);
const clean = (line: string) => expect(rules(line)).toEqual([]);

describe('s55: a figure made to follow the price or the budget', () => {
  it.each([
    'Top layer: 0.2-0.5 mm depending on price',
    'Coating: 8 µm, depends on your budget',
    'Capa: 0,4-0,8 mm según el presupuesto',
    '面层：0.3-0.6mm 看价格',
  ])('flags: %s', flagged);
  it.each(['Unit price: USD 3.20 depending on quantity', 'Top layer: 0.5 mm ±0.05 mm'])('clean: %s', clean);
});

describe('s55: a guessed figure or a guessed span', () => {
  it.each([
    'Tela: algodón, alrededor de 180-200 gsm',
    'Knit: around 160-180 gsm',
    'Espessura: mais ou menos 6 mm',
    'Peso: más o menos 3 kg',
  ])('flags: %s', flagged);
  it.each(['Knit: 170 gsm ±5%', 'Espessura: 6 mm mais ou menos 0,3 mm', 'Knit: 160-170 gsm'])(
    'clean: %s',
    clean,
  );
});

describe('s55: papers offered on request or after the order', () => {
  it.each([
    'Test report: upon request',
    'Certificates: available after the order',
    'Reports: available upon demand',
  ])('flags: %s', flagged);
  it.each(['Test report: SGS no. SHAE2409876501 attached'])('clean: %s', clean);
});

describe('s55: a decoration whose place is left to a later talk', () => {
  it.each([
    '자수: 로고 자수, 위치는 추후 협의',
    'ロゴ刺繍：対応可、位置は要相談',
    '丝印：logo，位置待定',
    'Logo: embroidered, position to be confirmed',
    'Logo: bordado, posición a definir',
  ])('flags: %s', flagged);
});

describe('s55: comparisons with ordinary goods and AQL by habit, in more languages', () => {
  it.each([
    '吸引力：一般の掃除機より強い',
    '흡입력: 일반 청소기보다 2배 강함',
    'Light output: 3x brighter than incandescent',
    'Grip: better than most gloves',
    'Kontrolle: AQL wie immer',
    'Inspection : AQL comme d’habitude',
  ])('flags: %s', flagged);
  it.each([
    '흡입력: 22 kPa, 일반 청소기보다 2배 강함',
    'Light output: 900 lm, brighter than incandescent',
    'Kontrolle: AQL 1.5 / 4.0, Level II',
  ])('clean: %s', clean);
});

describe('s55: an extra warranty only offered, and a thread named by feel', () => {
  it.each([
    'Warranty: longer warranty possible',
    'Garantie: Garantieverlängerung möglich',
    'Hilo: fino',
    'Garn: dick',
  ])('flags: %s', flagged);
  it.each(['Warranty: 24 months; extended warranty available', 'Hilo: M6 x 1', 'Garn: Polyester Nm 120/2'])(
    'clean: %s',
    clean,
  );
});

describe('s55: precise lines that must stay clear', () => {
  it.each([
    // A size word followed at once by the dimensions it stands for.
    'Mat: standard size 173 x 58 cm, NBR 10 mm ±0.5 mm',
    // A hide named by its animal in Japanese, Chinese and Korean, with its thickness.
    '素材：牛革 厚さ1.4mm±0.1mm',
    '材质：头层牛皮 1.2mm',
    '소재: 소가죽 1.6mm',
    // Cloth by its name in other languages, with its weight.
    'Bahan: kanvas 10 oz',
    'Tejido: lona 12 oz',
    'Stoff: Baumwolle 220 g/m²',
    // The label names the grade's measure; the value is its one figure.
    'Fabric GSM: 180 ± 5%',
    // A yarn by its count system.
    'Thread: polyester Ne 40/2',
  ])('clean: %s', clean);
  it.each(['素材：本革', 'Bahan: kanvas', 'Fabric GSM: soft'])('still flags: %s', flagged);
});
