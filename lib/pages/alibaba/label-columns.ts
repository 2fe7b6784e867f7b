import { cleanText, leafTexts, textUpTo } from '../dom-text';
import type { LabelIndex } from './order-text';
import { normaliseLabel } from './order-text';

/**
 * Tables that put their labels in one row and the values in the row below, column by column: a 2014
 * AliExpress order's "Product Amount | Shipping Cost | Total Amount" over "US $ 10.00 | US $ 3.77 |
 * US $ 13.77", and "Total | Received | Payment Method | Date Received" over the payment. Read as "the
 * next text after the label", such a row gives the neighbouring label ("Payment Method: Date Received").
 */

/** A header cell is a short label; a row with two labels or more is a header row. */
const MAX_HEADER_CELL_CHARS = 60;
const MIN_LABELS_IN_HEADER = 2;
/** A value cell is short: a longer cell is a section, read no further. */
const MAX_VALUE_CELL_CHARS = 2_000;

/** A product line links its item, its Alibaba product, or (older AliExpress orders) the item's snapshot. */
const PRODUCT_LINK = 'a[href*="/item/"], a[href*="/product-detail/"], a[href*="/snapshot/"]';

export type ColumnValue = { value: string | null; inProductLine: boolean };

/**
 * The value under a label cell of a header row: the text of the cell in the same column of the next row.
 * `undefined` when the label is not a cell of such a row (the caller reads the text after it instead);
 * a null value when the row below has nothing in that column.
 */
export function valueInColumn<K extends string>(
  label: Element,
  index: LabelIndex<K>,
): ColumnValue | undefined {
  const cell = cellOf(label);
  const row = cell?.parentElement;
  if (!cell || !row || row.tagName.toUpperCase() !== 'TR' || !isHeaderRow(row, index)) return undefined;
  const column = Array.from(row.children).indexOf(cell);
  const below = nextRow(row);
  if (!below) return { value: null, inProductLine: false };
  const valueCell = below.children[column];
  const text = valueCell ? textUpTo(valueCell, MAX_VALUE_CELL_CHARS) : null;
  const value = valueCell && text !== null ? cleanText(leafTexts(valueCell).join(' ')) || null : null;
  // A product line's row holds the line's own price, quantity and total, not the order's.
  return { value, inProductLine: !!below.querySelector(PRODUCT_LINK) };
}

/** The table cell that is the label: the element itself, or the cell that holds nothing but it. */
function cellOf(label: Element): Element | null {
  for (let el: Element | null = label, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'TD' || tag === 'TH') {
      const own = textUpTo(el, MAX_HEADER_CELL_CHARS * 4);
      return own !== null && normaliseLabel(own) === normaliseLabel(label.textContent ?? '') ? el : null;
    }
  }
  return null;
}

/** Two known labels or more, or a row of <th> cells only (a logistics table's "Tracking Number | Remarks"). */
function isHeaderRow<K extends string>(row: Element, index: LabelIndex<K>): boolean {
  const cells = Array.from(row.children);
  let labels = 0;
  for (const cell of cells) {
    const text = textUpTo(cell, MAX_HEADER_CELL_CHARS * 4);
    if (text === null) return false;
    const clean = cleanText(text);
    if (clean.length > MAX_HEADER_CELL_CHARS) return false;
    if (clean && index.has(normaliseLabel(clean))) labels++;
  }
  return (
    labels >= MIN_LABELS_IN_HEADER ||
    (cells.length >= 2 && cells.every((c) => c.tagName.toUpperCase() === 'TH'))
  );
}

/** The next row of the same table, across a <thead>/<tbody> boundary. */
function nextRow(row: Element): Element | null {
  if (row.nextElementSibling?.tagName.toUpperCase() === 'TR') return row.nextElementSibling;
  for (let group = row.parentElement?.nextElementSibling ?? null; group; group = group.nextElementSibling) {
    const first = group.tagName.toUpperCase() === 'TR' ? group : group.querySelector('tr');
    if (first) return first;
  }
  return null;
}
