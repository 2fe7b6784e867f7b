/**
 * A life or cycle rating with no end point and no test condition: "Lifespan (hours): 50000", "循环寿命：6000次以上",
 * "Cycle life: 4000 cycles", "Lebensdauer: 30.000 h". An LED's hours mean nothing without the lumen maintenance that
 * ends them (L70, L80) and a battery's cycles nothing without the depth of discharge, rate and end capacity; and no
 * claim window lasts 50,000 hours, so only a test to a named method can check the figure. Left alone when the line
 * names the end point, the condition or the method ("L70 ≥ 50,000 h per TM-21", "≥ 6000 cycles to 80% at 80% DoD",
 * "5000 open-close cycles without failure on a tester"). Shelf life and runtimes ("Durata: 2 ore") are other figures and are
 * not read. "Up to 50,000 hours", "bis zu 10 Jahre", "до 10 лет" is the same figure as its best case: "up to" is no end
 * point.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { cjk, latinWords, regex } from './patterns';
import { tidyRange, vagueFinding } from './spec-finding';

const LIFE_LABEL = regex(
  `(?:${latinWords([
    'life ?span',
    '(?:lamp|LED|rated|service|working|operating|average|mechanical|electrical) life(?:time)?',
    'cycle (?:life|times?|count)',
    '(?:charge|charging|battery) cycles',
    // A battery's cycle count in the other languages read: "Ciclos de vida: 6000", "Ladezyklen: 6000", "Cicli: 4000".
    'ciclos (?:de vida|de carga|de recarga)',
    'vida (?:en|de) ciclos',
    '(?:Lade)?zyklen(?:zahl)?',
    'Zyklenzahl',
    'cycles de (?:vie|charge)',
    'nombre de cycles',
    'cicli (?:di vita|di carica)',
    'cykl(?:e|i) (?:życia|ładowania)',
    'liczba cykli',
    'laadcycli',
    'cyclus(?:levensduur|sen)',
    'life (?:cycles?|hours)',
    'Lebensdauer',
    'Zyklenfestigkeit',
    'durée de vie',
    'vida útil',
    // Bare "durata" is any duration ("Durata: 2 ore", a runtime); the life is "durata di vita", "durata in cicli".
    'durata (?:di vita|della vita|in cicli|(?:de|a) via[tț][aă])',
    'vita (?:utile|media|nominale)',
    'żywotność',
    'ömür',
    'tuổi thọ',
    'umur pakai',
    // Dutch, Portuguese and Polish service life: "Levensduur: tot 15 jaar", "Vida útil", "Okres eksploatacji".
    '(?:levens|gebruiks)duur',
    'okres (?:eksploatacji|użytkowania)',
    'kullanım ömrü',
  ])}|^\\s*${latinWords(['cycles', 'ciclos', 'Zyklen', 'cicli', 'cykle', 'cycli'])}|(?<![\\p{L}])(?:количество циклов|циклы|ресурс(?: \\p{L}+)?|срок (?:службы|эксплуатации)|термін (?:служби|експлуатації))(?![\\p{L}])|${cjk(['循环寿命', '循环次数', '使用寿命', '额定寿命', '寿命', '使用年限', '耐用年数', 'サイクル寿命', '寿命時間', '수명'])})(?:\\s{0,2}[(（][^)）]{0,12}[)）])?\\s{0,2}[:：]\\s*$`,
  'iu',
);
const NOT_LIFE = /shelf|保质|Haltbarkeit|validade|conservation|battery life|续航/iu;
/** A figure in the value. */
const FIGURE = /\d/u;
/** The end point, the condition or the method that makes the figure checkable. */
const CONDITION = regex(
  String.raw`\bL\s?\d{2}\b|\bB\s?\d{2}\b|DoD|%|@|°\s?C|℃|\b\d(?:[.,]\d)?\s?C\b|\b(?:IEC|EN|ISO|UL|LM-?80|TM-?21|GB|JIS|ANSI|IES)\b|without (?:failure|damage)|\b(?:at|per|(?<!\bup )to|until|bei)\b|\b(?:jusqu|hasta|até)\b(?![’' ]{0,2}(?:à |a |el |los |las )?\d)|容量保持|放电深度|剩余容量|\bbis\b(?! (?:zu )?\d)`,
  'iu',
);

export const lifeRatingDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause, line: string): Finding[] {
    if (clause.valueStart === 0) return [];
    const label = clause.text.slice(0, clause.valueStart);
    const value = clause.text.slice(clause.valueStart);
    if (!LIFE_LABEL.test(label) || NOT_LIFE.test(label) || !FIGURE.test(value) || CONDITION.test(line))
      return [];
    const range = tidyRange(clause.text, label.search(/\S/u), clause.text.length);
    return [
      vagueFinding('performance', clause, {
        ...range,
        why: msg('spec.why.performance'),
        fix: msg('spec.fix.performance', {
          example:
            'L70 ≥ 50,000 h per IEC 62717 (TM-21); ≥ 6000 cycles to 80% capacity at 0.5C, 80% DoD, 25 °C',
        }),
      }),
    ];
  },
};
