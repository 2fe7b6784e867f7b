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
