/**
 * "or equivalent only if approved by buyer in writing", "o equivalente previa aprobación por escrito del comprador",
 * "或同等品（须经买方书面确认）": a substitute the buyer must approve in writing stays the buyer's choice. Until she signs
 * one, the named grade is the only one that passes; the supplier cannot swap on its own. An approval by the supplier
 * ("approved by our QC"), or one not in writing, does not keep the choice hers.
 */
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';

const BUYER = anyOf(
  latinWords([
    "(?:the )?(?:buyer|purchaser|customer|client|importer)(?:[’']s)?",
    '(?:del |el |al )?(?:comprador|cliente|importador)',
    "(?:de l[’']|l[’'])?(?:acheteur|client|importateur)",
    '(?:des |dem |vom )?(?:Käufers?|Kunden|Auftraggebers?|Bestellers?)',
    "(?:dell[’']|l[’'])?(?:acquirente|committente|cliente)",
    '(?:do |o )?(?:comprador|cliente|importador)',
    // "with our prior written consent" on the buyer's own order: "our" right before the written consent.
    'our(?= (?:prior |express |explicit )?(?:written|signed|e-?mail(?:ed)?) )',
    // Dutch and Polish buyers: "van de koper", "zamawiającego" / "kupującego" (the genitive after "zgoda").
    '(?:van )?(?:de )?(?:koper|afnemer|opdrachtgever|klant)',
    '(?:zamawiając|kupując|klient|odbiorc|nabywc)\\p{L}*',
  ]),
  // Vietnamese letters lie outside the Latin range the boundaries above know: "bên mua", "khách hàng".
  scriptWords(['bên mua', 'người mua', 'khách hàng', 'bên đặt hàng']),
  cjk(['买方', '買方', '客户', '客戶', '采购方', '需方', '甲方', '買主']),
);
const WRITTEN = anyOf(
  latinWords([
    'in writing',
    'written',
    'signed',
    'por escrito',
    'par écrit',
    'écrite?',
    'schriftlich(?:e[nrs]?)?',
    'per iscritto',
    'scritta',
    'assinad[oa]',
    // "aprobación escrita", "aprovação escrita": the adjective, as "por escrito" is the adverb.
    'escrit[ao]',
    // An e-mail is a written record: "sign-off by e-mail", "Zustimmung per E-Mail", "aprobación por correo".
    '(?:by|via|per|par|por|através de) (?:e-?mail|correo(?: electrónico)?)',
    'schriftelijke?',
    'pisemn\\p{L}*',
  ]),
  scriptWords(['bằng văn bản']),
  cjk(['书面', '書面', '签字', '簽字']),
);
const APPROVAL = anyOf(
  latinWords([
    'approv(?:al|ed|es?)',
    'consent(?:ed)?',
    'sign(?:ed)?[- ]?off',
    'confirm(?:ation|ed)',
    'accept(?:ance|ed)',
    'aprobaci[oó]n|aprobad[oa]',
    'accord',
    'approbation|approuvée?',
    'Freigabe|freigegeben|Zustimmung|Genehmigung|genehmigt',
    'approvazione|approvat[oa]|consenso',
    'aprovaç[ãa]o|aprovad[oa]',
    'goedkeuring|goedgekeurd|toestemming|akkoord',
    'zgod\\p{L}*|akceptacj\\p{L}*|zatwierdz\\p{L}*',
  ]),
  scriptWords(['chấp thuận', 'phê duyệt', 'đồng ý', 'xác nhận']),
  cjk(['确认', '確認', '同意', '批准', '认可', '認可']),
);

/**
 * The approval waived or left to the supplier: "buyer written approval not required", "optional", "approved by our QC
 * for the buyer", "any brand". Then the substitute is the supplier's choice after all.
 */
const WAIVED = anyOf(
  latinWords([
    'not (?:required|needed|necessary)',
    'no need',
    'optional',
    'unless',
    'if (?:needed|necessary|possible|any)',
    'by (?:our|the supplier|the factory|the seller)',
    '(?:our|supplier[’\x27]?s?|factory) (?:QC|QA|engineers?|team|staff)',
    'any (?:brand|make|supplier)',
    'no (?:requerid[oa]|necesari[oa])',
    'opcional',
    'facultati(?:f|ve)',
    'non (?:requise?|nécessaire)',
    'nicht (?:erforderlich|notwendig)',
    // "deemed given if no reply within 2 days": silence is not a signature.
    'deemed',
    'tacit(?:ly)?',
    'if no (?:reply|response|answer|objection)',
    'se considera(?:rá)?',
    'gilt als',
    'niet (?:vereist|nodig|verplicht)',
    'nie (?:jest )?(?:wymagan|potrzebn)\\p{L}*',
  ]),
  scriptWords(['không cần', 'không bắt buộc']),
  cjk(['不需要', '无需', '無需', '可选', '可選', '由我方', '我司']),
);

/**
 * "or equivalent from buyer's approved vendor list AVL-03": a list the buyer keeps in writing, each source on it
 * approved by her; a substitute from it is hers.
 */
const APPROVED_LIST = latinWords([
  'approved (?:vendors?|suppliers?|manufacturers?|sources?|parts?) list',
  'AVL',
  'AML',
]);

/**
 * "or equivalent listed in Annex B only", "o equivalente indicado en el Anexo 2", "oder gleichwertig gemäß Liste in
 * Anlage B": the substitutes are a closed list in a numbered part of the order's own papers, which
 * the buyer wrote; the supplier picks only among names she has already accepted.
 */
const LISTED_IN_ANNEX = anyOf(
  latinWords([
    '(?:as )?(?:listed|named|specified|given|approved) (?:in|on|under) (?:the )?(?:attached )?(?:annex|appendix|attachment|exhibit|schedule|table)\\.? ?(?:No\\.? ?)?[A-Z0-9]{1,3}\\b',
    '(?:indicad|listad|enumerad|especificad)[oa]s? en (?:el )?anexo [A-Z0-9]{1,3}\\b',
    '(?:listée?s?|indiquée?s?|figurant) (?:à|dans) l[’\x27]annexe [A-Z0-9]{1,3}\\b',
    '(?:gemäß|laut|nach) (?:der )?(?:Liste in )?(?:Anlage|Anhang) [A-Z0-9]{1,3}\\b',
    '(?:in|aufgeführt in) (?:der )?(?:Anlage|Anhang) [A-Z0-9]{1,3} (?:aufgeführt|genannt|gelistet)',
    '(?:elencat|indicat)[oaie] nell[’\x27]allegato [A-Z0-9]{1,3}\\b',
    '(?:listad|indicad)[oa]s? no anexo [A-Z0-9]{1,3}\\b',
  ]),
  scriptWords(['(?:указанн|перечисленн)\\p{L}{1,3} в приложении [А-ЯA-Z0-9]{1,3}']),
);

/**
 * The annex names the substitutes only when it follows the soft words at once ("or equivalent listed in Annex B",
 * "or equivalent brands as given in Table 2"); "…or equivalent, torque as given in Table 3" points the table at
 * another property and leaves the substitute open.
 */
const GAP_TO_LIST =
  /^[\s,]{0,3}(?:(?:brands?|makes?|parts?|models?|types?|suppliers?|sources?|vendors?|only|one|ones)\s{1,2}){0,2}$/iu;
function listedRightAfter(window: string): boolean {
  const m = findAll(LISTED_IN_ANNEX, window)[0];
  return m !== undefined && GAP_TO_LIST.test(window.slice(0, m.start));
}
/** "…listed in Annex B, or any other brand at supplier's choice": the list opened again, so it closes nothing. */
const REOPENED =
  /\b(?:or|and|also) any (?:other )?(?:brands?|makes?|makers?|suppliers?|sources?|equivalents?)\b|\bat (?:the )?(?:supplier|seller|factory|manufacturer|vendor)[’']?s? (?:choice|discretion|option)\b|\bany other (?:brands?|makes?|suppliers?)\b/iu;

/** True when the text right after a soft requirement gates the substitute on the buyer's written approval. */
export function substituteNeedsBuyerApproval(after: string): boolean {
  const window = after.slice(0, 90).split(/[;；。]/u)[0] ?? '';
  if (test(WAIVED, window)) return false;
  if (listedRightAfter(window)) return !REOPENED.test(window);
  if (!test(BUYER, window)) return false;
  return (test(WRITTEN, window) && test(APPROVAL, window)) || test(APPROVED_LIST, window);
}
