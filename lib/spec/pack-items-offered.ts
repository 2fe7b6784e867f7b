/**
 * What goes into the retail pack offered instead of fixed: "Warranty card and manual: can put inside according your
 * need", "english manual included, other languages available", "we can print EAN barcode on the box". Each says what
 * the supplier is able to do, not what this order ships: whether the card is in the box, which languages the manual
 * is printed in, which code the barcode carries. A box without them, or with the wrong code, still matches the line.
 * Silent when the line names the buyer's file or sheet the item is made from (a barcode: or its code), or when the
 * offer is said to lie outside this order.
 */
import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
import { DESIGN_FILE } from './reference-lexicon';
import type { VagueHit } from './spec-finding';
import { NUMBERED_DOCUMENT } from './written-document';

/** The buyer's wish the inclusion waits on: "according your need", "as per your request", "if you need". */
const BUYERS_WISH = `(?:according(?: to)?|as(?: per)?|based on|per|upon|if|when) (?:your|you|the customer[’']?s?|customer[’']?s?|the buyer[’']?s?|buyer[’']?s?|client[’']?s?) (?:need|needs|request|requests|requirements?|want|wish(?:es)?|like|require|choice)`;
/** Putting an item into the pack: "can put inside", "can be added in the box", "may include". */
const INCLUDE = `(?:can|could|may) (?:be )?(?:put|putted|add(?:ed)?|includ(?:e|ed)|insert(?:ed)?|plac(?:e|ed)|pack(?:ed)?)(?: (?:it|them))?(?: (?:inside|in(?:to)? (?:the |each )?(?:box|carton|package|bag|pack)))?`;

const OFFERED = anyOf(
  latinWords([
    `${INCLUDE} ${BUYERS_WISH}`,
    '(?:se )?(?:puede|pueden|podemos) (?:poner|incluir|añadir|agregar|meter)(?:l[oa]s?)?(?: dentro| en la caja)? (?:según|si) (?:su|tu|lo que) (?:necesidad|necesita|requerimiento|pedido|solicitud|desea)',
    '(?:peut|peuvent|pouvons) (?:être )?(?:mise?s?|ajoutée?s?|incluse?s?|insérée?s?)(?: dedans| dans la boîte)? (?:selon|si) (?:vos|votre|vous) (?:besoins?|demande|souhait|le souhaitez)',
    '(?:pode|podem|podemos) (?:ser )?(?:colocad|incluíd|adicionad|inserid)[oa]s?(?: dentro| na caixa)? (?:conforme|se) (?:sua|a sua|você) (?:necessidade|solicitação|pedido|precisar)',
    '(?:kann|können) (?:nach (?:Ihrem|Ihren) (?:Wunsch|Bedarf) )?(?:beigelegt|beigefügt|eingelegt|hinzugefügt) werden(?: nach (?:Ihrem|Ihren) (?:Wunsch|Bedarf))?',
    // "other languages available", "otros idiomas bajo pedido": the manual's or label's languages left as a menu.
    'other languages? (?:(?:is|are) )?(?:available|on request|upon request|optional|possible|can be (?:made|done|provided|printed))',
    'otros idiomas (?:disponibles|bajo pedido|a pedido|opcionales|posibles)',
    'autres langues (?:disponibles|sur demande|en option|possibles)',
    'andere Sprachen (?:verfügbar|möglich|auf Anfrage|optional)',
    'outros idiomas (?:disponíveis|sob (?:consulta|pedido)|opcionais|possíveis)',
    'altre lingue (?:disponibili|su richiesta|opzionali)',
    // "we can print EAN barcode on the box": the symbology offered, the code it carries nowhere on the order.
    '(?:we )?(?:can|could) (?:print|put|stick|add|make|do) (?:an? |the )?(?:(?:EAN|UPC|GTIN|ITF|FNSKU)(?:[- ]?(?:13|14|8|A|E))? ?)?(?:bar ?codes?|barcode labels?|barcode stickers?|(?:EAN|UPC|GTIN|FNSKU)(?:[- ]?(?:13|14|8|A|E))?)',
    '(?:podemos|se puede) imprimir (?:el )?código de barras',
    '(?:nous )?pouvons imprimer (?:le )?code[- ]barres?',
    '(?:können|kann) (?:den )?(?:EAN[- ]?)?Barcode (?:drucken|aufdrucken|bedrucken)',
  ]),
  scriptWords(['другие языки (?:доступны|по запросу|возможны)']),
  cjk([
    '可(?:以)?(?:根据|按)(?:您的?|客户|买家)?(?:需要|需求|要求)(?:放入|放进|放|附上|附带|加入)',
    '其他语言(?:可选|可做|可定制|也可以)',
    '可(?:以)?(?:印|印刷|打印|贴)条(?:形)?码',
  ]),
);

const WHY = msg('spec.why.leftOpen');
const FIX = msg('spec.fix.packaging');

/** The code itself ("EAN 6901234567892") or the file or numbered sheet it comes from. */
const CODE_GIVEN = String.raw`(?<!\d)\d{8,14}(?!\d)`;
/**
 * The offer set outside this order in the words right after it: "other languages available on request, not part of
 * this order", "otros idiomas bajo pedido, no incluidos en este pedido". What ships is then what the line fixes.
 */
const NOT_THIS_ORDER = new RegExp(
  `^[^;；。.!?()（）]{0,16}?${latinWords([
    '(?:(?:is|are) )?not (?:part of|included in|covered by|in) (?:this|the|your) (?:order|PO|purchase order|shipment|quotation|quote|price)',
    '(?:no )?(?:incluid[oa]s?|forman parte) (?:en|de) (?:este|esta|el|la) (?:pedido|orden|cotización|precio)',
    '(?:non )?(?:inclus(?:es)?|compris(?:es)?) dans (?:cette|la) (?:commande|offre)',
    '(?:nicht )?(?:Teil|Bestandteil) (?:dieser|der) (?:Bestellung|Lieferung)',
  ])}`,
  'iu',
);

export function packItemsOffered(text: string, line: string): VagueHit[] {
  const barcodeGiven = test(CODE_GIVEN, line) || fileGiven(line);
  return findAll(OFFERED, text)
    .filter((m) =>
      /code|EAN|UPC|GTIN|ITF|FNSKU|código|条/iu.test(m.text) ? !barcodeGiven : !fileGiven(text),
    )
    .filter((m) => !NOT_THIS_ORDER.test(text.slice(m.end)))
    .map((m) => ({ start: m.start, end: m.end, why: WHY, fix: FIX }));
}

/**
 * The buyer's own file or numbered sheet: it fixes what a manual or card says, so putting it in "as you request"
 * is the file's to settle. For a manual or card it must stand in the same clause as the offer.
 */
function fileGiven(text: string): boolean {
  return test(DESIGN_FILE, text) || test(NUMBERED_DOCUMENT, text);
}
