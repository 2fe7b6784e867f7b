import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

// The patterns compile on first use: done here, outside any one test's time limit.
checkSpecLine('warm: up');

const vague = (line: string) => checkSpecLine(line).filter((f) => f.rule.startsWith('vague-'));
const rules = (line: string) => vague(line).map((f) => f.rule);
const flagged = (line: string) => expect(rules(line).length).toBeGreaterThan(0);
const clean = (line: string) => expect(rules(line)).toEqual([]);

describe('s56: a filtered or blocked share with an open end and no test', () => {
  it.each([
    'Mask layer: filters 98% or more of dust',
    'Window film: blocks more than 99% UV',
    'Filterwirkung: über 90 %',
    'Protección UV: bloquea hasta el 99% de los rayos',
    'Tissu occultant : plus de 85 % de blackout',
    '遮光率：90%以上',
    'UVカット率：99%以上',
    'Kính: chặn trên 95% tia UV',
  ])('flags: %s', flagged);
  it.each([
    'Mask layer: BFE ≥ 98% per ASTM F2101',
    'Window film: blocks 99% UV (tested to ISO 4892)',
    'Cotton: 95%, elastane: 5%',
    'Moisture: 12% max',
    'Shirt: UPF 50+, blocks 98% UV',
  ])('clean: %s', clean);
});

describe('s56: durability promised by a softened denial', () => {
  it.each([
    'Hose: will not crack easily in winter',
    'Blanket: hardly any pilling',
    'Case shell: hard to break',
    'Pintura: no se descascara fácilmente',
    'Gehäuse: bricht nicht so schnell',
    'Coque : ne se raye pas facilement',
    'Cover: non si strappa facilmente',
    'Tali: tidak mudah putus atau robek',
    '面料：不易起球',
    'ケース：壊れにくい',
    '손잡이: 쉽게 부러지지 않음',
    'Ткань: почти не линяет',
  ])('flags: %s', flagged);
  it.each([
    'Hose: no cracking after 500 h at -20 °C',
    'Blanket: pilling grade 4 (ISO 12945-2, 2000 rubs)',
    'Strap: does not break under a 60 kg static load',
  ])('clean: %s', clean);
});

describe('s56: a level left to the listing picture', () => {
  it.each([
    'Spring firmness: soft / firm as shown in photo',
    'Festigkeit: laut Bild',
    'Grosor: según la foto',
    'Épaisseur du rembourrage : voir photo',
    '弹力：参考图片',
    '두께: 사진 참조',
  ])('flags: %s', flagged);
  it.each(['Style: as picture 3', 'Firmness: 35 ILD ±3', 'Tension: 10 / 20 / 30 lb'])('clean: %s', (line) =>
    expect(rules(line).filter((r) => r === 'vague-performance')).toEqual([]),
  );
});

describe('s56: torque and part strength praised in more languages', () => {
  it.each([
    '最大トルク：パワフル',
    '체결 토크: 매우 강함',
    'Tork: güçlü',
    'Rodas: muito resistentes',
    'Sangles : très solides',
    'Griffe: sehr robust',
  ])('flags: %s', flagged);
  it.each([
    'トルク：45 N·m',
    'Torsi: 60 Nm',
    'Rodas: PU 50 mm, carga 40 kg cada',
    'Wire: solid copper 1.5 mm²',
  ])('clean: %s', clean);
});

describe('s56: warranty and terms left to a talk', () => {
  it.each([
    'Warranty period: negotiable',
    'Gewährleistung: nach Rücksprache',
    'Garanzia: da negoziare',
    '质保期：可协商',
    'Bảo hành: thương lượng',
  ])('flags: %s', flagged);
  it.each(['Warranty: 24 months from delivery', 'Garantie: 2 Jahre ab Lieferung'])('clean: %s', clean);
});

describe('s56: a life or brightness given only as its best case or an estimate', () => {
  it.each([
    'LED life: up to 30,000 h',
    'Lebensdauer: bis zu 25.000 Stunden',
    'Срок службы: до 8 лет',
    'Gebruiksduur: tot 10 jaar',
    'Lichtstrom: ca. 800 Lumen',
    'Flux lumineux : environ 1500 lumens',
  ])('flags: %s', flagged);
  it.each([
    'LED life: L70 ≥ 30,000 h (TM-21, 25 °C)',
    'Lichtstrom: 800 lm ±10 %',
    'Cycle life: 3000 cycles to 80% capacity at 1C',
  ])('clean: %s', clean);
});

describe('s56: a solar module named by cell type or in more languages', () => {
  it.each(['Modul: 450 W monokristallin', 'Panel surya: 200 W', '光伏板：550W单晶'])('flags: %s', flagged);
  it.each(['Panel surya: 200 W, toleransi 0/+5 W, STC', 'Garden lamp: 3 W monocrystalline cell'])(
    'clean: %s',
    clean,
  );
});
