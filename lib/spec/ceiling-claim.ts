/**
 * "Battery life: up to 30 days standby", "Autonomie : jusqu'à 12 h", "续航最长10小时": a runtime given only as its best
 * case. "Up to" promises nothing below the figure, and with no test condition (brightness, load, temperature, the
 * standard it was measured to) no unit can be shown to fall short. With the condition named it is a measured claim.
 */
import { anyOf, cjk, findAll, latinWords, test } from './patterns';

const RUNTIME = anyOf(
  latinWords([
    'battery(?: life)?',
    'standby(?: time)?',
    'run ?time',
    'runtime',
    'play ?time',
    'talk ?time',
    'working time',
    'working hours',
    'endurance',
    'autonomy',
    'autonomie',
    'autonomía',
    'autonomia',
    'Akkulaufzeit',
    'Laufzeit',
    'Standby',
  ]),
  cjk(['续航', '待机', '使用时间', '工作时间', '電池持ち', '연속\\s?사용', '대기\\s?시간']),
);

const UNIT =
  '(?:hours?|hrs?|h|days?|weeks?|months?|Stunden|Std\\.?|Tage|heures|jours|horas|días|dias|ore|giorni)';
const CEILING = anyOf(
  latinWords([
    `(?:up to|upto|as (?:long|much) as|max(?:imum|\\.)?|bis zu|hasta|jusqu[’']à|até|fino a)\\s{0,2}\\d{1,4}(?:[.,]\\d{1,2})?\\s{0,2}${UNIT}(?: (?:of )?(?:standby|talk ?time|playtime|play time|runtime|use|usage|working))?`,
  ]),
  cjk([
    '(?:最长|最多|长达|最大)\\s{0,2}\\d{1,4}(?:\\.\\d{1,2})?\\s{0,2}(?:小时|天|个月)',
    '최대\\s{0,2}\\d{1,4}\\s{0,2}(?:시간|일)',
  ]),
);

/** What the figure was measured under: "at 50% brightness", "@25 °C", "per IEC 61960", "test condition". */
const CONDITION =
  /(?:\bat\s{1,2}\d|@\s{0,2}\d|\bunder\s|\btested\b|\bmeasured\b|\btest condition|\bper\s+(?:IEC|EN|ISO|GB|ANSI|UL)|\b(?:IEC|EN|ISO|GB\/T|ANSI)\s{0,2}\d|\d\s{0,2}%\s{0,2}(?:brightness|volume|load)|\bbei\s+\d|测试条件|条件下)/iu;

/** The best-case runtimes of a clause that names no condition they were measured under. */
export function ceilingWithoutCondition(text: string): { start: number; end: number; text: string }[] {
  if (!test(RUNTIME, text) || CONDITION.test(text)) return [];
  return findAll(CEILING, text);
}

/**
 * "Modulwirkungsgrad: bis zu 23%", "Efficiency: up to 92%", "Rendement : jusqu'à 21 %": an efficiency given only as
 * its best case. A module or a motor of any lower efficiency still meets "up to"; only a figure it must reach (rated,
 * minimum, typical) can be held against it, so the ceiling counts only when the clause gives no other percentage.
 */
const EFFICIENCY = anyOf(
  // German compounds carry the kind in front: "Modulwirkungsgrad", "Zellwirkungsgrad".
  String.raw`\p{L}{0,12}(?:wirkungsgrad|effizienz)`,
  latinWords([
    'efficiency',
    'eficiencia',
    'eficiência',
    'rendement',
    'efficienza',
    'efficiëntie',
    'rendement',
    'verim(?:lilik)?',
  ]),
  '(?:КПД|ККД|эффективность|ефективність)',
  cjk(['效率', '変換効率', '効率', '효율']),
);
const PERCENT = String.raw`\d{1,3}(?:[.,]\d{1,2})?\s{0,2}%`;
const CEILING_PERCENT = anyOf(
  latinWords([
    String.raw`(?:up to|upto|as high as|bis zu|hasta|jusqu[’']à|até|fino a|tot|do)\s{0,2}${PERCENT}`,
  ]),
  String.raw`(?:до|не более)\s{0,2}${PERCENT}`,
  cjk([`(?:高达|可达|最高可达)\\s{0,2}${PERCENT}`, `${PERCENT}\\s{0,2}(?:以上)?まで`]),
);

const OWN_CEILING = String.raw`${EFFICIENCY}[\s:：=-]{0,4}${CEILING_PERCENT}`;

/** The efficiency ceilings of a clause that states no other percentage the goods must reach. */
export function efficiencyCeilings(text: string): { start: number; end: number; text: string }[] {
  if (!test(EFFICIENCY, text)) return [];
  // The ceiling must be the efficiency's own value, right after its word or label: in "Energy efficiency class A++,
  // operating humidity up to 85%" the ceiling belongs to the humidity, and the efficiency is a class.
  const ceilings = findAll(OWN_CEILING, text).map((m) => {
    const c = new RegExp(CEILING_PERCENT, 'iu').exec(m.text)!;
    return { start: m.start + c.index, end: m.start + c.index + c[0].length, text: c[0] };
  });
  if (ceilings.length === 0) return [];
  const figures = findAll(PERCENT, text);
  const inside = (f: { start: number; end: number }) =>
    ceilings.some((c) => f.start >= c.start && f.end <= c.end);
  return figures.every(inside) ? ceilings : [];
}
