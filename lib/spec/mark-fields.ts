/**
 * A carton mark or a carton label listed by its fields: "Carton marks: PO, item, size, colour, gross/net weight
 * in kg, dimensions in cm, carton X of Y", "Etykiety kartonów: …, waga brutto/netto, wymiary w cm". Each word
 * names a box the mark will carry, filled in per carton; like an empty cell of a packing list it promises no
 * size, colour or weight, so there is nothing vague in it. Read only where the line is about marks or labels of
 * the packs and the value names fields and units, never a value: "Carton marks: size as sample" is still read.
 */

/** Marks printed on the packs: "shipping marks", "Marcas de caja", "marquage", "唛头". */
// Spanish and Portuguese "marca(s)" is also the brand ("Marca: propia"), so it is a pack mark only with the pack or
// the shipment it is put on: "marcas de caja", "marcas de embarque", "marcas da caixa", "marcas laterales".
const MARKS_WORD =
  /(?<!\p{L})(?:(?:shipping|side|main|carton|case) mark(?:s|ings?)?|marks on|marcas? (?:(?:de|da|das|do|dos|en|na|nas|no|nos|em)\s(?:(?:la|las|el|los|a|as|o|os|cada)\s)?)?(?:cajas?|caixas?|cart[oó]n(?:es)?|bultos?|volumes?|embalaje|embalagem|embarque|envío|expedición|exportación|exportação|laterais|laterales|principa(?:l|les|is))|marca[cç](?:[aã]o|[oõ]es)|marquage|Markierung|Kennzeichnung|oznaczenie|işaret\p{L}*)(?!\p{L})|唛头|箱唛/iu;
/** A label word, read together with a pack word: "carton label", "etykiety kartonów", "koli etiketinde". */
const LABEL_WORD =
  /(?<!\p{L})(?:labels?|etiquetas?|etykiet\p{L}*|etiket\p{L}*|etichett\p{L}*|étiquettes?|Etikett\p{L}*)(?!\p{L})|标签|标贴/iu;
const PACK_WORD =
  /(?<!\p{L})(?:cartons?|ctns?|box(?:es)?|cases?|outer|cajas?|cart[oó]n(?:es)?|caixas?|karton\p{L}*|koli\p{L}*|colis|scatol\p{L}*|cartone|Karton\p{L}*|Kiste\p{L}*|pude[łl]\p{L}*)(?!\p{L})|外箱|纸箱|箱/iu;

/** Whether the line is about the marks or labels the packs carry. */
export function aboutPackMarks(line: string): boolean {
  return MARKS_WORD.test(line) || (LABEL_WORD.test(line) && PACK_WORD.test(line));
}

/** "en cm", "w cm", "(cm)", "in mm": a field named with the unit its figure will be written in, and nothing else. */
const LENGTH_UNIT_FIELD =
  /^\s{0,2}(?:(?:in|en|em|im|w|dans|na)\s{1,2})?[(（]?\s{0,2}(?:mm|cm|m|inch(?:es)?|in)\s{0,2}[)）]?\s{0,2}$/iu;

/** The first piece of a size value names only its unit ("en cm, caja nº X de Y" → "en cm"). */
export function sizeFieldOnly(value: string): boolean {
  return LENGTH_UNIT_FIELD.test(value.split(/[,;，；]/u)[0] ?? '');
}

/** "brutto/netto", "G.W./N.W.", "bruto y neto": the two weights a mark carries, named and not given. */
const GROSS_NET_FIELD =
  /^(?:\s{0,2}(?:[/,&]|(?:and|e|y|et|und|i|ve)(?=\s))?\s{0,2}(?:N\.?\s?W\.?|G\.?\s?W\.?|net|gross|neto|bruto|brut|netto|brutto|l[ií]quido|liquide|lordo|brüt|net)\s{0,2})+[.]?$/iu;

export function grossNetFieldOnly(value: string): boolean {
  return GROSS_NET_FIELD.test(value.split(/[,;，；]/u)[0] ?? '');
}

/**
 * The nouns of a mark's fields: "kodu ve beden asortisi" (colour code and size assortment), "code and size",
 * "código y talla". A value made of them alone names what the mark shows, not a value of it.
 */
const FIELD_NOUN =
  /(?<!\p{L})(?:codes?|kodu?|c[oó]digos?|codice|Code|numbers?|no\.?|nr\.?|sizes?|beden\p{L}*|tallas?|tailles?|rozmiar\p{L}*|taglia|tamanhos?|Größen?|assortments?|asorti\p{L}*|ratios?|qty|quantity|adet|miktar\p{L}*|cantidad|ilość|EAN(?:-?1[34])?|barcodes?|barkod\p{L}*|and|ve|y|e|et|und|i|ile)(?!\p{L})|编号|尺码|数量/giu;

export function fieldNounsOnly(value: string): boolean {
  const rest = value.replace(FIELD_NOUN, ' ');
  return rest !== value && /^[\s,/&.()-]*$/u.test(rest);
}

/**
 * "gross weight printed on each carton", "peso bruto impreso en cada caja", "Bruttogewicht auf jedem Karton
 * aufgedruckt", "毛重印在外箱上": the value says where the figure will be written, on the pack, not what it is; the
 * clause is a marking instruction. It excuses the clause only where the line gives a weight figure of its own (see
 * `weightDetector`), so "Weight: printed on carton" alone, with no figure anywhere, is still read as open.
 */
const PRINTED_ON_PACK = new RegExp(
  [
    String.raw`^\s{0,2}(?:to be\s)?(?:printed|marked|shown|stated|written|stencil+ed|labell?ed)\s(?:on|onto|in)\s(?:the\s|each\s|every\s|all\s)?(?:outer\s|master\s|export\s)?(?:cartons?|ctns?|box(?:es)?|cases?|labels?|packs?|packages?|bags?|pallets?|shipping marks?)\b`,
    String.raw`^\s{0,2}(?:impres[oa]s?|marcad[oa]s?|indicad[oa]s?)\s(?:en|em|na|no)\s(?:cada\s|la\s|el\s|a\s|o\s)?(?:cajas?|caixas?|cart[oó]n(?:es)?|etiquetas?|embalajes?|embalagem)\b`,
    String.raw`^\s{0,2}(?:imprimé|indiqué|marqué)e?s?\s(?:sur|dans)\s(?:chaque\s|le\s|la\s|l[’']\s?)?(?:cartons?|colis|étiquettes?|caisses?)\b`,
    String.raw`^\s{0,2}auf\s(?:jedem|jeder|dem|der)\s(?:Karton|Etikett|Kiste|Verpackung)\s(?:aufgedruckt|gedruckt|angegeben|vermerkt)\b`,
    String.raw`^\s{0,2}(?:印|标|标注|标示|打印)(?:在|于)(?:每个?)?(?:外箱|纸箱|箱|标签|包装)`,
  ].join('|'),
  'iu',
);

/** "peso bruto impreso …", "poids brut imprimé …": the weight's kind after a bare "peso" label opens the value. */
const WEIGHT_KIND_FIRST = /^\s{0,2}(?:gross|net|bruto|neto|brut|netto|brutto|lordo)\s/iu;

export function printedOnThePack(value: string): boolean {
  return PRINTED_ON_PACK.test(value.replace(WEIGHT_KIND_FIRST, ''));
}
