import type { LineItem } from '../../model/order';
import { parseCount, parseMoney } from '../../money/parse';
import { elementsByTag, textPrefix, textUpTo } from '../dom-text';
import { ORDER_LABELS } from '../labels/order';
import { cleanText, lazyLabelIndex, leafTexts, normaliseLabel } from './order-text';

/**
 * Product lines from a table whose header names the columns ("Product name",
 * "Unit price", "Quantity", "Total" in any of the five languages). The first
 * line of the product cell is the name; the rest of the cell is its spec.
 */
const COLUMN_INDEX = lazyLabelIndex({
  name: [
    ...ORDER_LABELS.productName,
    'Product',
    'Product details', // a 2014 AliExpress order's product column
    'Item',
    'Produit',
    'Producto',
    'Produkt',
    'Produto',
    'Artikel',
  ],
  unitPrice: ORDER_LABELS.unitPrice,
  quantity: ORDER_LABELS.quantity,
  total: [...ORDER_LABELS.total, 'Amount', 'Subtotal', 'Montant', 'Importe', 'Betrag', 'Valor'],
});
type Column = 'name' | 'unitPrice' | 'quantity' | 'total';

export function lineItemsFromTables(root: ParentNode, currency: string | null): LineItem[] {
  const items: LineItem[] = [];
  for (const table of elementsByTag(root, 'table')) {
    const rows = elementsByTag(table, 'tr');
    const headerAt = rows.findIndex((r) => columnsOf(r).has('name'));
    if (headerAt < 0) continue;
    const columns = [...columnsOf(rows[headerAt] as Element).entries()];
    const byColumn = new Map(columns.map(([col, i]) => [col, i]));
    if (!byColumn.has('quantity') && !byColumn.has('unitPrice')) continue;
    for (const row of rows.slice(headerAt + 1)) {
      const cells = Array.from(row.children);
      const cell = (col: Column) => {
        const i = byColumn.get(col);
        return i === undefined ? null : (cells[i] ?? null);
      };
      const nameCell = cell('name');
      if (!nameCell || !cleanText(textPrefix(nameCell, MAX_CELL_CHARS))) continue;
      const { name, spec } = nameAndSpec(nameCell);
      const quantity = parseCount(cellText(cell('quantity')));
      items.push({
        name,
        specText: spec,
        unitPrice: parseMoney(cellText(cell('unitPrice')), currency ?? undefined),
        quantity: quantity !== null && Number.isSafeInteger(quantity) ? quantity : null,
        total: parseMoney(cellText(cell('total')), currency ?? undefined),
        productId: productIdIn(nameCell),
      });
    }
  }
  return items;
}

/** A price or quantity cell is short; a 2 MB cell is read no further than this. */
const MAX_CELL_CHARS = 4_000;
const cellText = (cell: Element | null) => cleanText(cell ? textPrefix(cell, MAX_CELL_CHARS) : '');

function columnsOf(row: Element): Map<Column, number> {
  const found = new Map<Column, number>();
  Array.from(row.children).forEach((cell, i) => {
    // A header cell is a short label: a longer cell is not read whole (nor normalised).
    const col = COLUMN_INDEX().get(normaliseLabel(textUpTo(cell, 1_000) ?? '')) as Column | undefined;
    if (col && !found.has(col)) found.set(col, i);
  });
  return found;
}

/** Name = first text block of the cell; spec = the other blocks, one per line. */
function nameAndSpec(cell: Element): { name: string | null; spec: string | null } {
  const blocks = leafTexts(cell);
  const [name, ...rest] = blocks;
  return { name: name ?? null, spec: rest.length > 0 ? rest.join('\n') : null };
}

function productIdIn(cell: Element): string | null {
  for (const a of Array.from(cell.querySelectorAll('a[href]'))) {
    const m = /_(\d{6,})\.html|\/item\/(\d{6,})\.html|productId=(\d{6,})/.exec(a.getAttribute('href') ?? '');
    if (m) return (m[1] ?? m[2] ?? m[3]) as string;
  }
  return null;
}
