/**
 * A type-approval number: "approval no. E11 90R-02A1107/0456", "E4 90R-01 1234/567", "KBA 12345", "ABE Nr. 40123".
 * A brake lining approved under UN ECE R90 is tied to the one formulation the authority tested; the number is marked
 * on the part, so "low-metallic" or "ceramic" under it is not left to the supplier's choice. The bare word "approved"
 * or "ECE R90" without the number is not enough: any maker can write it. The number approves that friction
 * formulation and nothing else: "premium alloy" beside an approval number is as open as without it.
 */
import { MATERIAL_NOUN, QUALITY_WORDS } from './material-lexicon';
import { anyOf, cjk, findAll, latinWords, type Match, test } from './patterns';

const TYPE_APPROVAL_NUMBER = anyOf(
  // The E-mark's own layout: E + the approving country, then the regulation number with R and its series.
  String.raw`\b[Ee]\s?\d{1,2}\s{1,2}\d{2,3}\s?R\s?-?\s?\d{2}[A-Z]?\s?\d{3,}`,
  latinWords([
    '(?:type[- ])?approval (?:no\\.?|nr\\.?|number|#)\\s{0,2}[:：]?\\s{0,2}[A-Z]{0,4}\\s?\\d[\\w/-]{3,}',
    '(?:KBA|ABE)(?: ?(?:Nr\\.?|No\\.?|Nummer))?\\s{0,2}[:：]?\\s{0,2}[A-Z]?\\d{4,}',
    "(?:n[°º]|numéro) d[’']homologation\\s{0,2}[:：]?\\s{0,2}[A-Z]{0,4}\\s?\\d[\\w/-]{3,}",
    '(?:Genehmigungs|Typgenehmigungs)(?:nummer|nr\\.?)\\s{0,2}[:：]?\\s{0,2}[A-Z]{0,4}\\s?\\d[\\w/-]{3,}',
  ]),
);

/** The part a friction approval covers: a brake pad, shoe or lining, a clutch facing. */
const FRICTION_PART = anyOf(
  latinWords([
    'brakes?',
    'friction',
    'linings?',
    'clutch',
    'Brems\\p{L}*',
    'Reibbelag\\p{L}*',
    'freins?',
    'frenos?',
    'freni',
    'pastigli[ae]',
    'pastilhas?',
    'plaquettes?',
  ]),
  cjk(['刹车', '煞车', '制动', '摩擦', 'ブレーキ']),
);

/** The friction classes an approval fixes: the formulation the authority tested. */
const FRICTION_CLASS = anyOf(
  latinWords([
    '(?:low|semi|non)[- ]?metall?ic',
    'NAO',
    'non[- ]asbestos(?: organic)?',
    'organic',
    'ceramic',
    'Keramik',
    'céramique',
    'cerámica',
    'ceramica',
    'cerâmica',
  ]),
  cjk(['低金属', '半金属', '少金属', '无石棉', '陶瓷']),
);

export function namesTypeApproval(text: string): boolean {
  return test(TYPE_APPROVAL_NUMBER, text);
}

const inside = (m: Match, spans: readonly Match[]) => spans.some((s) => s.start <= m.start && m.end <= s.end);

/**
 * "Friction material: ceramic, approval no. E4 90R-02A0389/1120": the number answers the friction class on a brake
 * or friction line. Any other material word ("alloy", "plastic") or praise ("premium") in the clause is not what was
 * approved, so the number does not answer it.
 */
export function approvesItsFriction(text: string, line: string): boolean {
  const approvals = findAll(TYPE_APPROVAL_NUMBER, text);
  if (approvals.length === 0 || !test(FRICTION_PART, line)) return false;
  const rest = approvals.reduce(
    (t, a) => t.slice(0, a.start) + ' '.repeat(a.end - a.start) + t.slice(a.end),
    text,
  );
  const classes = findAll(FRICTION_CLASS, rest);
  if (classes.length === 0) return false;
  return (
    findAll(MATERIAL_NOUN, rest).every((m) => inside(m, classes)) &&
    !test(QUALITY_WORDS, rest) &&
    !CLASS_LEFT_OPEN.test(rest)
  );
}

/**
 * The class left open beside the number: a choice ("ceramic or semi-metallic") or the buyer's say ("as per
 * customer") names no one class for the approval to vouch for.
 */
const CLASS_LEFT_OPEN =
  /\b(?:or|and\/or|o|ou|oder|oppure|или|hoặc|atau)\b|\bas\s+per\s+(?:customer|buyer|client)|\b(?:customer|buyer|client)'?s?\s+(?:request|requirement|choice)|\bon\s+request\b|或|或者/iu;
