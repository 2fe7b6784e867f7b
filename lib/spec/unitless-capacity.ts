/**
 * A capacity given as a bare figure: "Capacity: 500", "容量：500", "Inhoud: 750". The figure can be millilitres,
 * litres, fluid ounces or mAh, and the supplier reads it whichever way suits it, as it would a dimension with no
 * unit. A volume is filed with sizes (see fill-level.ts). Silent when the label carries the unit ("Capacity (ml):
 * 500") and under a rate or a load: "Production capacity: 10000" counts pieces, "Load capacity" is a strength.
 */
import { msg } from '../i18n/msg';
import { anyOf, cjk, latinWords, NUMBER, regex, scriptWords, test } from './patterns';
import type { VagueHit } from './spec-finding';

const CAPACITY_LABEL = anyOf(
  latinWords([
    'capacity',
    'volume',
    'capacidad',
    'capacidade',
    'capacité',
    'contenance',
    'Fassungsvermögen',
    'Inhalt',
    'Volumen',
    'capacità',
    'pojemność',
    'objętość',
    'kapasite',
    'hacim',
    'dung tích',
    'thể tích',
    'inhoud',
  ]),
  scriptWords(['[её]мкость', 'объ[её]м', 'вместимость', 'سعة', 'السعة']),
  cjk(['容量', '容积', '용량', 'ความจุ', 'ปริมาตร']),
);
/** A rate, a load, a store or a battery: not the volume of the goods. */
const NOT_A_VOLUME = anyOf(
  latinWords([
    'production',
    'supply',
    'output',
    'monthly',
    'daily',
    'annual',
    'yearly',
    'per (?:day|month|year)',
    'loading',
    'load',
    'bearing',
    'weight',
    'seating',
    'storage',
    'memory',
    'battery',
    'sound',
    'speaker',
    'cooling',
    'heating',
    'processing',
    'producción',
    'produção',
    'Produktion',
    'Liefer',
  ]),
  cjk(['产能', '生产', '月产', '日产', '承重', '载重', '电池', '内存', '存储']),
);
/** A unit or an empty bracket written in the label: "Capacity (ml)", "Capacity(L)", "容量（毫升）". */
const UNIT_IN_LABEL = /[(（[]\s{0,2}\p{L}/u;
/** The value is figures only: "500", "500-750", "250 / 500 / 750". */
const FIGURES_ONLY = `^\\s{0,3}${NUMBER}(?:\\s{0,2}(?:[-–~/,]|to)\\s{0,2}${NUMBER}){0,4}\\s{0,3}[.。]?\\s{0,3}$`;

const WHY = msg('spec.why.capacityUnitless');

export function unitlessCapacities(text: string): VagueHit[] {
  const colon = /[:：]/u.exec(text);
  if (!colon || colon.index > 40) return [];
  const label = text.slice(0, colon.index);
  if (!test(CAPACITY_LABEL, label) || test(NOT_A_VOLUME, label) || UNIT_IN_LABEL.test(label)) return [];
  const value = text.slice(colon.index + 1);
  if (!regex(FIGURES_ONLY, 'u').test(value)) return [];
  const lead = value.length - value.trimStart().length;
  const seen = value.trim().replace(/[.。]$/u, '');
  const start = colon.index + 1 + lead;
  return [{ start, end: start + seen.length, why: WHY, fix: msg('spec.fix.capacityUnitless', { seen }) }];
}
