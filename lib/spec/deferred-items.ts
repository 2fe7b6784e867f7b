/**
 * Items the order leaves for later, or to a rule it does not name: "shipping mark will send later", "carton
 * labels TBA", "warning labels as required", "Amazon ready", and a balance due "when goods ready". Each is
 * settled after the deposit, by the side that holds the goods: a mark never sent, a warning of the wrong law, a
 * carton Amazon turns away or a balance called the day the factory says so cannot be held against an order that
 * never wrote them down. Silent when the line names the rule (EN 71, Prop 65, CPSIA), the facts (FNSKU label,
 * suffocation warning) or a checkable event (inspection report passed, copy of the B/L, a date).
 */

import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords, test } from './patterns';
import { BUYER_INSTRUCTION } from './reference-lexicon';
import type { VagueHit } from './spec-finding';
import { NUMBERED_DOCUMENT } from './written-document';

const WHY = msg('spec.why.deferred');

const MARKS =
  '(?:(?:shipping|carton|side|main|outer) )?(?:marks?|markings?|labels?|stickers?|hang ?tags?|barcodes?)|(?:warning|care|safety|caution|FBA|FNSKU|UPC) (?:labels?|stickers?|marks?|text)';
const LATER =
  '(?:(?:will|would|to) (?:be )?|shall be |is )?(?:(?:send|sent|provided?|advised?|confirm(?:ed)?|given|supplied|decided)(?: to you)? later|later|to be (?:advised|confirmed|provided|sent|decided|supplied|defined|determined|specified)|TBA|TBC|TBD|pending)';
/** "as required", "as per law": a rule appealed to and not named. */
const AS_REQUIRED =
  '(?:as|if) (?:required|needed|necessary)|as (?:per|by) (?:the )?(?:law|laws|regulations?|requirements?)|according to (?:the )?(?:law|laws|regulations?|requirements?)';

/** What a retail pack prints: "retail box design", "label content", "packaging artwork", "gift box printing". */
const PACK_DESIGN =
  '(?:(?:retail|gift|colou?r|inner|outer|display|individual) )?(?:box|package|packaging|carton|pack|label|sticker|hang ?tag|polybag)(?:es|s)? (?:design|artwork|content|contents|text|wording|printing|layout)s?|(?:packaging |label )?artworks?';
/** "to be discussed and finalized by both parties after the deposit": the terms settled in a later talk. */
const SETTLED_LATER =
  '(?:(?:is|are) )?(?:to be|shall be|will be|would be) (?:further )?(?:discussed|agreed|finali[sz]ed|decided|confirmed|settled|negotiated)(?: (?:and|&|/) (?:discussed|agreed|finali[sz]ed|decided|confirmed|settled))?(?: (?:up)?on)?(?: (?:by|between) (?:both|the two) parties| (?:by|with) (?:the )?(?:buyer|seller|customer))?(?: later| after (?:the )?(?:deposit|order|payment|signing|contract)(?: (?:has been|is) (?:received|paid|signed|placed))?)?';

/** Labels and hangtags in the Romance languages and German: "etichette", "cartellini", "colgantes", "Hängeetiketten". */
const LABEL_WORDS =
  '(?:(?:le |las |les |los |die )?(?:etichett[ae]|cartellin[oi]|etiquetas?|colgantes?|étiquettes?(?: volantes?)?|Etiketten|Hängeetiketten|Hangtags?|hang ?tags?|labels?)(?: (?:tessut[ae]|tecidas?|tejidas?|tissées?|volantes?))?)';

const DEFERRED_MARKS = anyOf(
  latinWords([
    // "the retail box design and label content to be discussed and finalized by both parties after the deposit":
    // what the pack prints settled after the money is paid, when the buyer can no longer walk away.
    `(?:${PACK_DESIGN}|${MARKS})(?: (?:and|&|/) (?:the )?(?:${PACK_DESIGN}|${MARKS}))* ${SETTLED_LATER}`,
    // "Shipping mark will send later", "Carton labels: TBA", "shipping marks to be advised by buyer".
    `(?:${MARKS})(?: on (?:the )?(?:box|carton|cartons|package|bag)(?:es)?)?\\s{0,2}[:：]?\\s{0,3}(?:(?:the )?(?:buyer|customer|client|we|I) )?${LATER}`,
    // "Warning labels on box as required", "care label as per law".
    `(?:warning|care|safety|caution|compliance|age) (?:labels?|stickers?|marks?|text|statements?)(?: on (?:the )?(?:box|carton|package|bag|pack)(?:es)?)?\\s{0,2}[:：]?\\s{0,3}(?:${AS_REQUIRED})`,
    // "Labels and hangtags as discussed", "Shipping marks: as agreed by e-mail": the marks left to a conversation.
    `(?:${MARKS})(?: (?:and|&|/) (?:${MARKS}))*\\s{0,2}[:：]?\\s{0,3}(?:as (?:we )?(?:discussed|agreed|talked)(?: (?:before|earlier|previously|by e-?mail|on (?:the )?(?:phone|chat)))?|as per (?:our |the )?(?:discussion|chat|e-?mails?|conversation))`,
    // "Carton marks: as per buyer's instruction", "Etiquetas: según indicaciones del cliente": marks held to an
    // instruction the order does not carry.
    `(?:${MARKS}|marcas?|etiquetas?|marquages?|étiquettes?|Versandmarkierung(?:en)?|Etiketten|oznaczenia|etykiety)(?: (?:and|&|/) (?:${MARKS}))*\\s{0,2}[:：]?\\s{0,3}(?:${BUYER_INSTRUCTION})`,
    // "We will send the shipping mark later": the marks after the promise.
    `(?:will|to) send (?:you )?(?:the )?(?:${MARKS}) later`,
    // "Amazon ready", "FBA ready packaging": the marketplace's prep rules appealed to, none written down.
    '(?:Amazon|FBA)[- ](?:ready|compliant|standard|approved)(?: packag(?:e|ing)| packing| cartons?| labels?)?',
    'ready for (?:Amazon|FBA)(?: warehouse)?',
    '(?:marcas?|etiquetas?|marcação|marcações)(?: de envío| de embarque| de advertencia| de aviso)?\\s{0,2}[:：]?\\s{0,3}(?:se enviar(?:á|án) (?:más tarde|después)|por confirmar|a confirmar|(?:será|serão) enviad[ao]s? depois|a definir|según (?:la ley|normativa|se requiera)|conforme exigido)',
    "(?:marquages?|étiquettes?)(?: d['’]expédition| d['’]avertissement)?\\s{0,2}[:：]?\\s{0,3}(?:à confirmer|envoyée?s? plus tard|à venir|selon (?:la loi|les exigences))",
    // "Etichette e cartellini: da definire", "Etiquetas y colgantes: por definir", "Étiquettes : à définir": the labels
    // and hangtags left undefined, what they print settled after the deposit.
    `${LABEL_WORDS}(?: (?:e|y|et|und|i|&|/) ${LABEL_WORDS})*\\s{0,2}[:：]?\\s{0,3}(?:da definire|da confermare|por definir|a definir|à définir|à déterminer|noch offen|zu definieren)`,
    '(?:Versandmarkierung(?:en)?|Etiketten|Warnhinweise?)\\s{0,2}[:：]?\\s{0,3}(?:folg(?:t|en)(?: später)?|wird nachgereicht|werden nachgereicht|nach Vorschrift|wie erforderlich)',
  ]),
  cjk([
    '唛头?(?:(?:以后|稍后|后面|之后)(?:再)?(?:发|提供|确认|给)|待定|另行通知|后补)',
    // "吊牌、标签：待定": the hangtags and labels left undecided.
    '(?:吊牌|标签|水洗标|织唛|挂牌|领标)(?:[和、及/与](?:吊牌|标签|水洗标|织唛|挂牌|领标))*\\s{0,2}[:：]?\\s{0,3}(?:待定|待确认|另行通知|后补|以后再定)',
    '(?:警示|警告)(?:标签|语)(?:按|根据)(?:要求|法规|规定)',
  ]),
);

/** A rule or the facts named: the warning or the prep is written down after all. */
const NAMED_RULE = anyOf(
  latinWords([
    '(?:EN|ISO|IEC|ASTM|ANSI|BS|UL|GB)[ -]?\\d{2,}',
    '\\d{1,2} ?CFR',
    'Prop(?:osition)? ?65',
    'CPSIA',
    'CPSC',
    'UKCA',
    'WEEE',
    'GPSR',
    'FNSKU',
    'suffocation',
    'choking',
    '\\d(?:[.,]\\d)? ?mil',
  ]),
  // A file that holds the marks: "marks per MARKS-PO2611.pdf". Read from the start of the name only: tried from every
  // character of a long run, `[\w-]+` rescanned the rest of it each time.
  String.raw`(?<![\w-])[\w-]+\.(?:pdf|ai|eps|xlsx?|docx?|png|jpe?g)\b`,
);

/**
 * "balance when goods ready", "pay the rest once production is finished", "货好付尾款": the day the balance falls
 * due is the day the supplier says the goods are ready, an event nobody can check.
 */
const DEFERRED_PAYMENT = anyOf(
  latinWords([
    '(?:the )?(?:balance|rest|remaining(?: amount| payment)?|final payment)(?: payment)?(?: \\d{1,3} ?%)?(?: (?:to be )?paid| due| payable)? (?:when|once|after|as soon as) (?:the )?(?:goods|products?|order|production|bulk|items?)(?: (?:is|are))? (?:ready|finished|done|completed|complete)',
    '(?:pay|paid) (?:the )?(?:balance|rest|remaining)(?: \\d{1,3} ?%)? (?:when|once|after) (?:the )?(?:goods|products?|order|production|bulk)(?: (?:is|are))? (?:ready|finished|done|completed|complete)',
    '(?:saldo|resto)(?: del? \\d{1,3} ?%)? cuando (?:la mercancía|el pedido|la producción|los productos) (?:esté|estén) (?:lista|listo|listos|terminad[ao]s?)',
    '(?:saldo|restante)(?: de \\d{1,3} ?%)? quando (?:a mercadoria|o pedido|a produção|os produtos) (?:estiver|estiverem) (?:pront[ao]s?|finalizad[ao]s?)',
    '(?:solde|reste)(?: de \\d{1,3} ?%)? (?:quand|lorsque|dès que) (?:la marchandise|la commande|la production) (?:est|sera) (?:prête|terminée)',
    'Rest(?:zahlung|betrag)?(?: von \\d{1,3} ?%)? (?:bei|nach) Fertigstellung(?: der Ware)?',
  ]),
  cjk([
    '货(?:物)?(?:做)?好(?:后|了)?(?:再)?(?:付|支付|结清)(?:尾款|余款|全款)',
    '(?:尾款|余款)(?:在)?货(?:物)?(?:做)?好(?:后|了)?(?:再)?(?:付|支付|结清)',
  ]),
);
/** An event both sides can check: a passed inspection report, the B/L, a number of days after one of them. */
const CHECKABLE_EVENT = latinWords([
  'inspection',
  'report',
  'B/L',
  'bill of lading',
  'copy of',
  'AQL',
  'within \\d{1,3} (?:working )?days',
  'inspección',
  'inspeção',
  'Prüfbericht',
]);

/**
 * "Hang tags to be specified in PO-2210 (attached)", "care labels to be determined by lab report LR-55": the verb
 * names the document that fixes them, a numbered one, so nothing is left for later. Only "specified / determined /
 * defined", which govern a source; "to be sent by DHL" names a carrier, not the content.
 */
const FIXED_BY_DOCUMENT =
  /^\s{1,2}(?:in|by|per|from|according to|as per)\s{1,2}(?:(?:the|our|your|final|attached|enclosed|signed|\p{L}{2,12})\s{1,2}){0,4}?[A-Z]{1,6}-\d[\w/.-]*/u;

export function deferredMarks(text: string, line: string): VagueHit[] {
  // "as discussed in the attached label sheet LS-12 (rev 3)": the numbered sheet is the record.
  if (test(NAMED_RULE, line) || test(NUMBERED_DOCUMENT, line)) return [];
  return findAll(DEFERRED_MARKS, text)
    .filter(
      (m) =>
        !FIXED_BY_DOCUMENT.test(text.slice(m.end)) || !/(?:specified|determined|defined)$/iu.test(m.text),
    )
    .map((m) => ({
      start: m.start,
      end: m.end,
      why: WHY,
      fix: msg('spec.fix.deferredMarks', {
        example:
          'shipping marks per file MARKS-PO2611.pdf, sent by 2027-01-10: PO no., item no., qty/ctn, G.W./N.W. kg, C/No. x of y, MADE IN CHINA',
      }),
    }));
}

export function deferredPayment(text: string, line: string): VagueHit[] {
  if (test(CHECKABLE_EVENT, line)) return [];
  return findAll(DEFERRED_PAYMENT, text).map((m) => ({
    start: m.start,
    end: m.end,
    why: WHY,
    fix: msg('spec.fix.deferredPayment', {
      example: 'balance 70% within 5 days after the pre-shipment inspection report (AQL 2.5) is passed',
    }),
  }));
}
