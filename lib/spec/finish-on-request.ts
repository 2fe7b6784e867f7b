/**
 * "wash effect as customer request", "Lavado: según indicaciones del cliente", "水洗：按客户要求": a garment's wash or
 * finish handed to a request the order does not write down. Stone wash, enzyme wash, bleach and the like differ in
 * shade, hand and strength; whichever one the buyer meant, the supplier can say it was the one asked for. A numbered
 * document on the line (a wash standard, a tech pack) is where the request is written, and answers it; so does an
 * approved physical standard found again by its id or its approval date ("shade band approved 3 May", "lab dip L-223
 * approved"): the request is the approved piece itself. A standard still to be approved, or without id or date, does
 * not answer it.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import { EXACT_DATE } from './date-lexicon';
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
/** A physical shade or wash standard: a shade band, a lab dip, a strike-off, a wash standard, in English, Spanish, French. */
const PHYSICAL_STANDARD = latinWords([
  'shade (?:band|standard|card)s?',
  'lab[- ]?dips?',
  'strike[- ]?offs?',
  '(?:wash|colou?r|bulk) standards?',
  'banda de (?:tonos|color(?:es)?)',
  'bande de (?:nuances|teintes)',
]);
/** Approved, and not merely to be: "approved", "aprobado", "approuvée", not "to be approved" or "not yet approved". */
const APPROVED = String.raw`(?<!(?:to be|not|not yet|yet to be|pending|awaiting|por ser|à faire)\s{1,3})(?:approved|aprobad[oa]s?|approuvée?s?|validée?s?)(?!\p{L})`;
/** The standard found again by its id ("L-223", "SB 14", "no. 7"); case kept, so "by 2" is not an id. */
const STANDARD_ID =
  /(?<![\p{L}\d])(?:[A-Z]{1,4}\s?-?\d{1,6}|(?:[Nn]o\.?|#|[Rr]ef\.?)\s?\w{0,4}\d{1,6})(?!\p{L})/u;

/** "shade band approved 3 May", "lab dip L-223 approved", "banda de tonos SB-4 aprobada": the approved piece, found again. */
function approvedStandardNamed(line: string): boolean {
  const named = findAll(PHYSICAL_STANDARD, line)[0];
  if (!named) return false;
  const after = line.slice(named.start);
  return test(APPROVED, after) && (STANDARD_ID.test(after) || test(EXACT_DATE, after));
}

const HANDED_OVER = `(?:${FINISH})\\s{0,2}[:：]?\\s{0,3}(?:${BUYER_INSTRUCTION})`;

export const finishOnRequestDetector: AttributeDetector = {
  attribute: 'material',
  detect(clause: Clause, line: string): Finding[] {
    if (test(NUMBERED_DOCUMENT, line) || test(DESIGN_FILE, line) || approvedStandardNamed(line)) return [];
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
