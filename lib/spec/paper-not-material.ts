/**
 * Clauses under a material label that name a paper or an approval rather than the material: "material CoA per
 * resin lot", "friction material ECE R90 approved, approval number marked on the backing plate", "CertiPUR or
 * equivalent test report". The material itself is read where the line names it; these clauses add a document the
 * buyer can ask to see, and they leave no choice of material to the supplier. Each reading holds only beside what
 * pins the material elsewhere on the line (a grade, a part number), so a paper alone never stands for a material.
 */
import { GRADE, MATERIAL_NOUN, PART_NUMBER, QUALITY_WORDS } from './material-lexicon';
import { test } from './patterns';

/** Papers that certify a lot or a test: a CoA, a mill certificate, a test report, "材质证明". */
const PAPER =
  /^\s{0,3}(?:(?:material|mill|test|lab(?:oratory)?|inspection|third[- ]party|SGS|3\.1|3\.2)\s{1,2})*(?:CoA|COA|C\.O\.A\.|CoC|MTC|MTR|certificates?(?:\s(?:of\s)?(?:analysis|conformity|compliance))?|certs?|test reports?|reports?|data ?sheets?|TDS|MSDS|SDS)\b|^\s{0,3}(?:certificado|certificat|Zertifikat|Werkszeugnis|Prüfbericht|informe|relatório|rapport)\p{L}*\b|^\s{0,3}(?:材质证明|材质单|质保书|检测报告|化验单)/iu;

/** What the paper comes with: "per resin lot", "for each batch", "with every heat", "每批". */
const PER_LOT =
  /\b(?:per|for each|for every|with each|with every|each|every|por|par|pro|je)\s(?:\p{L}+\s)?(?:lots?|batch(?:es)?|heats?|shipments?|deliver(?:y|ies)|lote|lot|Charge|Los|partida|remessa)\b|每批/giu;

/**
 * "material CoA per resin lot", "Material: mill certificate EN 10204 3.1 for each heat": under a material label, a
 * value that is a paper alone (a lot word aside, no material or praise of its own), on a line whose earlier clause
 * already named the material by its grade.
 */
export function paperBesideGradedMaterial(value: string, line: string, clauseStart: number): boolean {
  if (!PAPER.test(value)) return false;
  const rest = value.replace(PER_LOT, ' ');
  if (test(MATERIAL_NOUN, rest) || test(QUALITY_WORDS, rest)) return false;
  return test(GRADE, line.slice(0, clauseStart));
}

/**
 * "ECE R90 approved", "homologated to UN R90", "DOT FMVSS 116 compliant", "E-marked": an approval under a numbered
 * regulation, with nothing else in the value.
 */
const REGULATION_APPROVAL =
  /^\s{0,3}(?:(?:(?:UN\s)?ECE|UN)\s?R\s?\d{1,3}|FMVSS\s?\d{3}|DOT(?:\sFMVSS\s?\d{3})?|E-?mark(?:ed)?)(?:\s(?:approved|homologated|certified|compliant|marked))?(?:\s{0,2}[,;]\s{0,2}(?:(?:approval|homologation|E-?mark)(?:\s(?:number|no\.?|mark))?\s(?:marked|stamped|printed|moulded|molded|shown)\s(?:on|in)\s(?:the\s|each\s)?[\p{L} -]{2,30}))?\s{0,3}[.]?\s{0,3}$|^\s{0,3}(?:approved|homologated|certified)\s(?:to|under|per)\s(?:(?:UN\s)?ECE\s|UN\s)?R\s?\d{1,3}\b[^,;]{0,40}$/iu;

/**
 * "OEM part no. 04465-0K240, brake pads, friction material ECE R90 approved": the part number names the part whose
 * compound anyone can compare (as it answers "OEM quality", see `detect-material.ts`), and the approval is a mark
 * checked on the part; nothing is left to choose. Without a part number on the line the approval alone is read as
 * before (type-approval.ts: any maker can write "approved").
 */
export function approvalOfNumberedPart(value: string, line: string): boolean {
  return REGULATION_APPROVAL.test(value) && test(PART_NUMBER, line);
}

/** "or equivalent test report", "or similar certificate": the substitute named is a paper, not a material. */
const PAPER_AFTER =
  /^\s{0,2}(?:(?:test|lab(?:oratory)?|third[- ]party|inspection|compliance)\s)?(?:reports?|certificates?|certifications?|certs?|declarations?|CoA|approvals?)\b/iu;
/** "certificado CertiPUR o equivalente", "Prüfbericht nach OEKO-TEX oder gleichwertig": the paper named first. */
const PAPER_BEFORE =
  /^\s{0,2}(?:(?:test|lab(?:oratory)?)\s)?(?:reports?|certificates?|certificados?|informes?(?:\sde\sensayo)?|certificats?|rapports?(?:\sd[’']essai)?|Prüfbericht|Zertifikat|relatórios?|certificati)\s(?:de\s|of\s|nach\s|per\s)?[\p{L}\p{N}®™ -]{2,30}$/iu;

export function substitutesAPaper(text: string, start: number, end: number): boolean {
  if (PAPER_AFTER.test(text.slice(end))) return true;
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('(')) + 1;
  const piece = before.slice(from).trimEnd();
  return PAPER_BEFORE.test(piece) && !test(MATERIAL_NOUN, piece);
}
