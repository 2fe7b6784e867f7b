/**
 * "wash effect as customer request", "Lavado: según indicaciones del cliente", "水洗：按客户要求": a garment's wash or
 * finish handed to a request the order does not write down. Stone wash, enzyme wash, bleach and the like differ in
 * shade, hand and strength; whichever one the buyer meant, the supplier can say it was the one asked for. A numbered
 * document on the line (a wash standard, a tech pack) is where the request is written, and answers it.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { anyOf, cjk, findAll, latinWords, test } from './patterns';
import { BUYER_INSTRUCTION, DESIGN_FILE } from './reference-lexicon';
import { vagueFinding } from './spec-finding';
import { NUMBERED_DOCUMENT } from './written-document';

/** The wash or finishing treatment of a garment or a fabric. */
const FINISH = anyOf(
  latinWords([
    '(?:garment |enzyme |stone |acid |bleach |sand |rinse |vintage )?wash(?:ing)?(?: (?:effect|finish|process|treatment))?',
    '(?:fabric |garment )?(?:finish(?:ing)?|treatment|dye(?:ing)?|(?:over|tie|piece|yarn)[- ]dye(?:ing)?)',
    'lavado|lavagem|délavage|lavage|Waschung|Waschart|Waschung|Wascheffekt|lavaggio|wassing|yıkama|pencucian|giặt',
    'acabado|acabamento|finition|Ausrüstung|finissaggio|apprêt',
  ]),
  cjk(['水洗(?:效果|工艺)?', '洗水(?:效果|工艺)?', '后整理', '染色']),
);
const HANDED_OVER = `(?:${FINISH})\\s{0,2}[:：]?\\s{0,3}(?:${BUYER_INSTRUCTION})`;

export const finishOnRequestDetector: AttributeDetector = {
  attribute: 'material',
  detect(clause: Clause, line: string): Finding[] {
    if (test(NUMBERED_DOCUMENT, line) || test(DESIGN_FILE, line)) return [];
    return findAll(HANDED_OVER, clause.text)
      .slice(0, 1)
      .map((m) =>
        vagueFinding('material', clause, {
          start: m.start,
          end: m.end,
          why: msg('spec.why.materialPraise'),
          fix: msg('spec.fix.materialPraise'),
        }),
      );
  },
};
