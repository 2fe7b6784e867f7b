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
/**
 * Codes of other things than the colour: a product, a style, an order, a batch, a fabric, an HS heading, a zip or a
 * discount. Read against the words before the code word and the code word itself ("style code", "Bestellcode").
 */
const OTHER_CODE_BEFORE =
  /(?:product|item|article|style|order|PO|purchase|ref(?:erence)?\.?|pack(?:ing|age)?|batch|lot|fabric|material|design|HS|tariff|model|part|SKU|EAN|bar|QR|zip|post(?:al)?|promo|discount|coupon|country|tracking|carton|box|bag|label|hang\s?tag|art\.?|artikel|Karton|thùng|Bestell|Auftrags|Stoff|Charge|pedido|lote|tela|tecido|produto|producto|prodotto|đơn hàng|lô|vải|sản phẩm|hàng|款|订单|批次|面料)[\s-]{0,2}(?:code|codes?|mã|kode|kod|codice|c[oó]digo|编号|编號)?$/iu;
/** "V-18 or close shade", "W-05 hoặc tương tự", "DG-7 oder ähnlich", "B-12 aproximado": the code is only a starting point. */
const ALTERNATIVE_AFTER =
  /^[\s,)）]{0,3}(?:or\s(?:similar|close|closest|near(?:est)?|equivalent|approx\p{L}*|\p{L}+\s(?:shade|colou?r|tone))|approx\p{L}*|close|similar|hoặc\s(?:tương tự|gần giống)|tương tự|oder\s(?:ähnlich|vergleichbar)|ähnlich|o\s(?:similar|parecido)|ou\s(?:similar|semelhante|parecido)|aproximad\p{L}*|similar|parecido|ou\sapproch\p{L}*|approchant|o\ssimile|simile|of\s(?:vergelijkbaar|gelijkwaardig)|或(?:类似|相近|近似)|类似|近似|左右)/iu;
/**
 * "assorted", "as customer wants", "similar to picture", "close to sample": a value that leaves the colour open; a code
 * written after it does not name the shade.
 */
const OPEN_VALUE =
  /\b(?:assorted|mixed|random|various|any|as (?:the )?(?:customer|buyer|client|you)|customer|buyer'?s? (?:choice|request)|similar|like|close to|near|as per|according to|per (?:the )?(?:picture|photo|image|sample)|picture|photo|image|pic|sample|optional|TBD|TBC|to be (?:confirmed|decided))\b|tương tự|giống|theo (?:ảnh|mẫu|yêu cầu)|ähnlich|wie (?:Bild|Foto|Muster)|sortiert|gemischt|nach Wunsch|surtido|variado|similar|según|sortido|conforme|parecido|随机|混色|如图|类似|按客户|参照/iu;
/** Letters then digits ("AG-2", "W-05", "BK07", "V/18"), not a measure ("W-05 mm" is not read as one). */
// "kod dostawcy GR-14", "code fournisseur CF-2": the code word may be followed by whose code it is.
const CODE = String.raw`(?:\s(?:dostawcy|fournisseur|proveedor|fornecedor|fornitore|Lieferant(?:en)?|nhà cung cấp|supplier|factory))?\s{0,2}[:：#№]?\s{0,2}(?:no\.?\s{0,2})?[A-Z]{1,4}[-‐/]?\d{1,5}(?![\d.,]?\d|\s{0,2}(?:mm|cm|m|g|kg|ml|pcs|%)(?![\p{L}]))`;
const CODE_RE = regex(String.raw`(?<![\p{L}\p{N}])(${CODE_WORD})(?=${CODE})`, 'giu');
const UPPER_CODE = new RegExp(`^${CODE}`, 'u');
/** A colour label or a colour name shortly before the code: the code is the colour's, not the product's. */
const COLOUR_LABEL = `(?:colou?rs?|kleur|màu|warna|kolor|Farbe|couleur|colore|color|cor|renk|颜色|顏色|色)`;

/** A sample each side keeps: "双方留样各一", "each party keeps one swatch", "swatch held by both sides". */
const SAMPLE_HELD_BY_BOTH = `双方(?:各)?留样|双方各(?:执|留|存)一|(?:each|both) (?:part(?:y|ies)|sides?) (?:keeps?|holds?|retains?|signs?)(?: (?:one|a|the))? (?:sample|swatch|chip|card)|(?:sample|swatch|chip|card)s? (?:kept|held|retained|signed) by (?:both|each) (?:part(?:y|ies)|sides?)`;

/**
 * A code hedged anywhere on the clause names a starting point, not the shade: "V-18 may vary per batch", "+/- 2 shades",
 * "roughly", "approx. code B-12", "subject to dye lot", "per lab dip", "final shade after the PP sample",
 * "kann je nach Charge abweichen", "có thể lệch tùy lô" (a red team wrote all of these past the code).
 */
const HEDGED =
  /\b(?:may|can|might|will)\s+(?:vary|differ|change)|\bvar(?:y|ies|iation)\b|(?:±|\+\s?\/\s?-)\s*\d*\s*shades?|\bshades?\s+(?:may|can)\b|\broughly\b|\bapprox\p{L}*|\babout\b|\baround\b|\bsubject\s+to\b|\bdye\s+lots?\b|\blab\s?dips?\b|\bfinal\s+(?:shade|colou?r)\b|\bdepend\p{L}*|abweich\p{L}*|je\s+nach|ungefähr|circa|\bca\.|lệch|tùy\s+lô|khoảng|aproximad\p{L}*|puede\s+variar|peut\s+varier|pode\s+variar|大约|左右|可能(?:有)?(?:偏差|差异)|色差/iu;

export function colourNamedByItsCode(text: string, labelledColour: boolean): boolean {
  if (test(SAMPLE_HELD_BY_BOTH, text)) return !HEDGED.test(text);
  if (HEDGED.test(text)) return false;
  for (const m of text.matchAll(CODE_RE)) {
    const at = m.index;
    const codeAt = at + m[0].length;
    const code = UPPER_CODE.exec(text.slice(codeAt, codeAt + 24));
    if (!code) continue;
    if (OTHER_CODE_BEFORE.test(text.slice(Math.max(0, at - 14), codeAt))) continue;
    if (ALTERNATIVE_AFTER.test(text.slice(codeAt + code[0].length, codeAt + code[0].length + 30))) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    if (OPEN_VALUE.test(before)) continue;
    if (labelledColour) return true;
    if (test(COLOUR_LABEL, before) || test(COLOR_NAME, before)) return true;
  }
  return false;
}
