/**
 * A part of the packing offered as an option: "pallet optional", "inner box optional", "palé opcional", "Palette
 * optional", "托盘可选". Whether the goods ride on a pallet or sit in an inner box is then the supplier's call at
 * loading time, and transit damage cannot be held to a packing the order never fixed. Silent when the option has its
 * price and the buyer marks the choice on the order: then the order itself says whether the part ships.
 */
import { anyOf, cjk, findAll, latinWords, test } from './patterns';

/** The parts of a packing that are there or not: a pallet, an inner box or bag, a crate, the cushioning. */
const PART = `(?:pallets?|palleti[sz](?:ed|ing|ation)|inner (?:box(?:es)?|cartons?|bags?)|poly ?bags?|PE bags?|(?:wooden )?crates?|desiccants?|corner (?:protectors?|boards?)|shrink[- ]?wrap(?:ping)?|stretch film)`;

export const OPTIONAL_PART = anyOf(
  latinWords([
    `${PART} (?:is |are )?(?:optional|as an option|on option)`,
    `optional ${PART}`,
    '(?:pal[ée]s?|palets?|paletizado|paletas?|caja interior) (?:es )?opcional(?:es)?',
    '(?:palettes?|palettisation|boîte intérieure) (?:en option|optionnelles?|facultatives?)',
    '(?:Paletten?|Palettierung|Innenkarton) (?:ist )?(?:optional|wahlweise)',
    '(?:paletes?|paletização|caixa interna) (?:é )?opciona(?:l|is)',
    '(?:pallet|bancale|pallettizzazione|scatola interna) (?:è )?(?:opzionale|facoltativ[oa])',
    '(?:pallets?|binnendoos) (?:is )?optioneel',
  ]),
  cjk(['托盘可选', '可选托盘', '(?:内盒|托盘)(?:为)?可选(?:项)?', '(?:托盘|打托)(?:可有可无|看情况)']),
);

/** The option's price: "USD 18/pallet", "0,05 € pro Stück", "每个托盘20美元". */
const PRICED = String.raw`(?:US\$|USD|EUR|RMB|CNY|GBP|[$€£¥])\s{0,2}\d|\d(?:[.,]\d{1,4})?\s{0,2}(?:USD|EUR|RMB|CNY|GBP|€|\$|美元|元)`;
/** The order documents a choice is written on: "the PO", "the purchase order", "la orden de compra", "订单". */
const ORDER = `(?:the |your |our |each )?(?:PO|P\\.O\\.|purchase order|order(?: form| sheet)?|proforma(?: invoice)?|PI)`;
/**
 * The buyer marking the choice on the order: "buyer ticks yes/no on the PO", "the customer selects it in the purchase
 * order", "to be chosen by the buyer on the PO", "el comprador lo marca en la orden de compra", "买方在订单上勾选".
 */
const BUYER_MARKS_ORDER = anyOf(
  latinWords([
    `(?:the )?(?:buyer|customer|client|importer)(?:[’']s)? (?:ticks?|checks?|marks?|selects?|chooses?|picks?|confirms?|indicates?|decides?)(?: [\\p{L}/]+){0,3} (?:on|in) ${ORDER}`,
    `(?:to be |is |are )?(?:ticked|checked|marked|selected|chosen|picked|confirmed|indicated) (?:by (?:the )?(?:buyer|customer|client|importer) )?(?:on|in) ${ORDER}`,
    '(?:el )?(?:comprador|cliente) (?:lo |la )?(?:marca|elige|selecciona|indica|confirma)(?: [\\p{L}/]+){0,3} en (?:la |el )?(?:orden de compra|OC|pedido)',
    "l['’](?:acheteur|client) (?:le |la )?(?:coche|choisit|sélectionne|indique|confirme)(?: [\\p{L}/]+){0,3} (?:sur|dans) (?:le |la )?(?:bon de commande|BC|commande)",
    '(?:der )?(?:Käufer|Kunde) (?:kreuzt|wählt|markiert|bestätigt)(?: [\\p{L}/]+){0,3} (?:auf|in) der Bestellung(?: an)?',
  ]),
  cjk(['(?:买方|买家|客户|采购方)(?:在|于)?(?:订单|采购单|PO)上?(?:勾选|选择|确认|注明)']),
);

/** "Pallet optional", unless the line prices the option and has the buyer mark it on the order. */
export function optionalPartsLeftOpen(
  text: string,
  line: string,
): { start: number; end: number; text: string }[] {
  const found = findAll(OPTIONAL_PART, text);
  if (found.length === 0 || (test(PRICED, line) && test(BUYER_MARKS_ORDER, line))) return [];
  return found;
}
