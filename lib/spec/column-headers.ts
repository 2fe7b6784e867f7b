/**
 * "Colour⇥Qty⇥Ref" at the head of a pasted table: the row names the columns, it holds no values. A field whose label
 * is set off by a tab (no colon) and whose "value" is only other column names is that header row; the colours are
 * in the rows below it, each with its own reference.
 */
const HEADER_CELL =
  /^(?:qty|q'ty|quantity|pcs|units?|ref\.?|reference|code|item|no\.?|art(?:icle)?\.?(?: no\.?)?|sku|model|size|price|unit price|amount|total|remarks?|notes?|description|cantidad|talla|precio|quantité|taille|prix|Menge|Größe|Preis|quantità|taglia|prezzo|quantidade|tamanho|preço|ilość|rozmiar|cena|количество|кол-во|размер|цена|adet|miktar|beden|fiyat|数量|尺寸|单价|备注|编号|货号|수량|사이즈|단가|数量|サイズ|単価)$/iu;

/** Whether a field's label and value read as the header row of a table. */
export function isColumnHeaderRow(label: string, value: string): boolean {
  if (!/(?:\t|\s{2,})$/u.test(label) || /[:：]/u.test(label)) return false;
  const cells = value
    .split(/\t|\s{2,}|\|/u)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  return cells.length > 0 && cells.every((c) => HEADER_CELL.test(c));
}
