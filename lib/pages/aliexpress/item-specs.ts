import type { Attribute } from '../../model/product';
import { cleanText, textPrefix } from '../dom-text';
import { textOf } from '../facts/shapes';
import type { DataRoot } from '../sources/page-data';
import { firstIn } from './item-data';

/**
 * The item's "Specifications" rows (brand, material, model number…), in the shape of an Alibaba
 * product's attribute rows, so the specification check reads both marketplaces alike. The page's data
 * keeps them as a list of {attrName, attrValue}, under a key each layout names its own way:
 * specsModule.props (…Module, 2019–2022), productPropComponent.props (…Component, 2023), the item API's
 * specsInfo_<id>.fields.specs (2022); the list itself is the stable part, so it is found by its rows,
 * not by its holder's name. A page built in the browser and saved keeps only the drawn rows
 * (specsFromDom).
 */
const MAX_ROWS = 200;

export function specsOf(roots: readonly DataRoot[]): Attribute[] | null {
  return firstIn(roots, (obj) => {
    for (const value of Object.values(obj)) {
      if (!Array.isArray(value) || value.length === 0) continue;
      const rows = rowsOf(value);
      if (rows) return rows;
    }
    return null;
  });
}

/** A list whose every entry is a named row (a list of something else, or of mixed things, is not the specs). */
function rowsOf(list: readonly unknown[]): Attribute[] | null {
  const out: Attribute[] = [];
  for (const item of list.slice(0, MAX_ROWS)) {
    if (!item || typeof item !== 'object' || !('attrName' in item)) return null;
    const row = item as { attrName?: unknown; attrValue?: unknown };
    const name = textOf(row.attrName);
    if (!name) return null;
    out.push({ name, value: textOf(row.attrValue) ?? '' });
  }
  return out.length ? out : null;
}

/**
 * The drawn specifications block (`data-pl="product-specs"`, `#nav-specification`, class names that keep
 * "specification" under their hash): each row an element of exactly two parts, the name and the value,
 * each a short text with at most one wrapper inside ("<div><span>Brand</span></div>"). A line that holds
 * two such rows side by side is not itself a row: its parts are rows, not texts.
 */
const SPEC_BLOCKS =
  '[data-pl="product-specs"], #nav-specification, [class*="specification--wrap"], [class*="product-specs"]';

export function specsFromDom(doc: Document): Attribute[] | null {
  for (const block of Array.from(doc.querySelectorAll(SPEC_BLOCKS)).slice(0, 5)) {
    const out: Attribute[] = [];
    for (const row of Array.from(block.querySelectorAll('*')).slice(0, 4_000)) {
      const cells = Array.from(row.children);
      if (cells.length !== 2 || cells.some((c) => !isLeafCell(c))) continue;
      const name = cleanText(textPrefix(cells[0] as Element, 200)).replace(/\s*[:：]$/, '');
      const value = cleanText(textPrefix(cells[1] as Element, 1_000));
      if (name && name.length <= 80 && value) out.push({ name, value });
      if (out.length >= MAX_ROWS) break;
    }
    if (out.length) return out;
  }
  return null;
}

function isLeafCell(cell: Element): boolean {
  if (cell.children.length > 1) return false;
  const inner = cell.children[0];
  return !inner || inner.children.length === 0;
}
