/**
 * A wire's or a cable's conductor called thick instead of sized: "Wire: pure copper core, high quality, thick",
 * "Cable: thick copper", "Kabel: dicke Kupferlitze", "线材：纯铜加粗". The current a cord carries safely is its
 * cross-section (AWG, mm²) or its strands; "thick" is whatever the factory cut on the day, so a thinner core matches
 * the order as well. Silent when the gauge, the cross-section or a strand count is written anywhere on the line.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { anyOf, cjk, findAll, latinWords, scriptWords } from './patterns';
import { tidyRange, vagueFinding } from './spec-finding';

/** The field names the wire, cable, cord or its conductor: "Wire:", "Cable core:", "Kabel:", "线材：". */
const WIRE_LABEL = new RegExp(
  `^\\s{0,3}(?:[\\p{L}-]+\\s){0,2}?(?:${anyOf(
    latinWords([
      // A cord or a core only as a power line's: "Drawstring cord: thick cotton" and "Core: thick paper tube" are
      // not conductors (stop 54 review).
      '(?:power |charging |USB |copper |lead )?(?:wires?|cables?|conductors?|leads?)(?: core| material)?',
      '(?:power |charging |USB |copper |lead |mains |extension )(?:cords?)(?: core| material)?',
      'core wire',
      'Kabel',
      'Leitung',
      'Litze',
      'Ader',
      'câble',
      'fil (?:électrique|de cuivre)',
      'cavo',
      'filo (?:elettrico|di rame)',
      'cabo',
      'fio (?:elétrico|de cobre)',
      'conductor',
      'przewód',
      'kablo',
      'dây(?: điện)?',
    ]),
    scriptWords(['провод', 'кабель', 'жила']),
    cjk(['线材', '电线', '线芯', '导体', '电缆', '芯线']),
  )})\\s{0,2}[:：]`,
  'iu',
);
const THICK_WORD = anyOf(
  latinWords([
    'thick(?:er|ened)?',
    'fat',
    'heavy[- ]gauge',
    'grues[oa]s?',
    'épaisse?s?',
    'dick(?:e[nrs]?)?',
    'spess[oa]',
    'gross[oa]',
    'grub[aey]',
    'kalın',
    'dày',
  ]),
  scriptWords(['толст\\p{L}{0,3}']),
  cjk(['加粗', '粗']),
);
/** The conductor's size as a figure: 18 AWG, 0.75 mm², 1.5 sq mm, 7/0.2, 32x0.1, 3G1.5, "Ø 1.2 mm" core. */
const CONDUCTOR_SIZE =
  /\d\s{0,2}(?:AWG|SWG|mm²|mm2|sq\.?\s?mm|мм²|平方)|\bAWG\s{0,2}\d|\d{1,3}\s{0,2}[/x×*]\s{0,2}0[.,]\d|\d[GgXx×]\s?\d(?:[.,]\d)?(?![\p{L}\d])|(?<![\p{L}])(?:gauge|ga)\s{0,2}\d|\d\s{0,2}(?:gauge|ga)\b|\d(?:[.,]\d+)?\s{0,2}mm\b/iu;

/**
 * A thread's, yarn's or cord's own size: "Tex 40", "Ne 20/2", "150D", "1.5 denier", "dtex 1100", "Nm 60", "tkt 120",
 * or the military spec that fixes a cord's make-up ("MIL-C-5040", "type III"). "Filo", "fil" and "cord" name sewing
 * thread and paracord as well as wire; sized so, the line says what is delivered.
 */
const STRAND_SIZE =
  /(?<![\p{L}])(?:[Dd]?[Tt][Ee][Xx]|Ne|Nm|Nec|tkt|ticket|[Dd]enier|den)\s{0,2}\d|\d\s{0,2}(?:[Dd]?[Tt][Ee][Xx]|D|[Dd]enier|den|Ne|Nm)(?![\p{L}])|(?<![\p{L}])MIL-[A-Z]{1,4}-\d|(?<![\p{L}])type\s(?:I{1,3}|IV)(?![\p{L}])|paracord\s{0,2}\d{3}/u;

const WHY = msg('spec.why.performance');
const FIX = msg('spec.fix.performance', {
  example: 'conductor 0.75 mm² (18 AWG) bare copper, 24 strands × 0.2 mm',
});

export const conductorThicknessDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause, line: string): Finding[] {
    const text = clause.text;
    const label = WIRE_LABEL.exec(text);
    if (!label || CONDUCTOR_SIZE.test(line) || STRAND_SIZE.test(line)) return [];
    const word = findAll(THICK_WORD, text.slice(label[0].length))[0];
    if (!word) return [];
    const range = tidyRange(text, label[0].length + word.start, label[0].length + word.end);
    return [vagueFinding('performance', clause, { ...range, why: WHY, fix: FIX })];
  },
};
