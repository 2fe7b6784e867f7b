/**
 * A colour named by a code both sides can point at: the supplier's own card code written beside the name
 * ("kleur Antiekgroen (leverancierscode AG-2)", "màu Walnut mã W-05", "colour Dark Grey code V-18", "色号 BK-07"),
 * or a colour sample each side keeps a piece of ("双方留样各一", "one swatch kept by each party"). The name alone
 * leaves the shade open; the code or the twin sample is a chip a lab can lay the goods beside.
 */
import { COLOR_NAME } from './color-words';
import { regex, test } from './patterns';

/** The word that introduces a code: code, mã, kode, kod, codice, código, 编号, 色号, コード… */
const CODE_WORD = String.raw`(?:\p{L}{0,14}code|codes?|Farbnummer|mã(?:\s(?:màu|số))?|kode(?:\swarna)?|kodu?|codice|c[oó]digo|编号|编號|色号|色號|カラーコード|コード|코드)`;
/** Codes of other things than the colour: a product, an HS heading, a zip or a discount. */
const OTHER_CODE_BEFORE =
  /(?:product|item|article|HS|tariff|model|part|SKU|EAN|bar|QR|zip|post(?:al)?|promo|discount|coupon|country|art\.?|artikel|produto|producto|prodotto|sản phẩm|hàng)[\s-]{0,2}$/iu;
/** Letters then digits ("AG-2", "W-05", "BK07", "V/18"), not a measure ("W-05 mm" is not read as one). */
// "kod dostawcy GR-14", "code fournisseur CF-2": the code word may be followed by whose code it is.
const CODE = String.raw`(?:\s(?:dostawcy|fournisseur|proveedor|fornecedor|fornitore|Lieferant(?:en)?|nhà cung cấp|supplier|factory))?\s{0,2}[:：#№]?\s{0,2}(?:no\.?\s{0,2})?[A-Z]{1,4}[-‐/]?\d{1,5}(?![\d.,]?\d|\s{0,2}(?:mm|cm|m|g|kg|ml|pcs|%)(?![\p{L}]))`;
const CODE_RE = regex(String.raw`(?<![\p{L}\p{N}])(${CODE_WORD})(?=${CODE})`, 'giu');
const UPPER_CODE = new RegExp(`^${CODE}`, 'u');
/** A colour label or a colour name shortly before the code: the code is the colour's, not the product's. */
const COLOUR_LABEL = `(?:colou?rs?|kleur|màu|warna|kolor|Farbe|couleur|colore|color|cor|renk|颜色|顏色|色)`;

/** A sample each side keeps: "双方留样各一", "each party keeps one swatch", "swatch held by both sides". */
const SAMPLE_HELD_BY_BOTH = `双方(?:各)?留样|双方各(?:执|留|存)一|(?:each|both) (?:part(?:y|ies)|sides?) (?:keeps?|holds?|retains?|signs?)(?: (?:one|a|the))? (?:sample|swatch|chip|card)|(?:sample|swatch|chip|card)s? (?:kept|held|retained|signed) by (?:both|each) (?:part(?:y|ies)|sides?)`;

export function colourNamedByItsCode(text: string, labelledColour: boolean): boolean {
  if (test(SAMPLE_HELD_BY_BOTH, text)) return true;
  for (const m of text.matchAll(CODE_RE)) {
    const at = m.index;
    const codeAt = at + m[0].length;
    if (!UPPER_CODE.test(text.slice(codeAt, codeAt + 24))) continue;
    if (OTHER_CODE_BEFORE.test(text.slice(Math.max(0, at - 14), at))) continue;
    if (labelledColour) return true;
    const before = text.slice(Math.max(0, at - 40), at);
    if (test(COLOUR_LABEL, before) || test(COLOR_NAME, before)) return true;
  }
  return false;
}
