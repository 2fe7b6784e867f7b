import type { LineItem } from '../../model/order';
import { parseCount, parseMoney } from '../../money/parse';
import { ORDER_LABELS } from '../labels/order';
import { buildLabelIndex, cleanText, leafTexts, normaliseLabel } from './order-text';

/**
 * Product lines from a table whose header names the columns ("Product name",
 * "Unit price", "Quantity", "Total" in any of the five languages). The first
 * line of the product cell is the name; the rest of the cell is its spec.
 */
const COLUMN_INDEX = buildLabelIndex({
  name: [
    ...ORDER_LABELS.productName,
    'Product',
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
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr'));
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
      if (!nameCell || !cleanText(nameCell.textContent)) continue;
      const { name, spec } = nameAndSpec(nameCell);
      const quantity = parseCount(cleanText(cell('quantity')?.textContent));
      items.push({
        name,
        specText: spec,
        unitPrice: parseMoney(cleanText(cell('unitPrice')?.textContent), currency ?? undefined),
        quantity: quantity !== null && Number.isSafeInteger(quantity) ? quantity : null,
        total: parseMoney(cleanText(cell('total')?.textContent), currency ?? undefined),
        productId: productIdIn(nameCell),
      });
    }
  }
  return items;
}

function columnsOf(row: Element): Map<Column, number> {
  const found = new Map<Column, number>();
  Array.from(row.children).forEach((cell, i) => {
    const col = COLUMN_INDEX.get(normaliseLabel(cell.textContent ?? '')) as Column | undefined;
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
