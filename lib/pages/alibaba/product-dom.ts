import type { Attribute, LeadTime, PriceTier, ProductFacts } from '../../model/product';
import { findNumbers } from '../../money/number';
import { parseCount, parseMoney, parseMoneyRange } from '../../money/parse';
import { NEGOTIABLE, PRODUCT_LABELS } from '../labels/product';
import { cleanText, labelKey, labelMatcher, textSequence, valueAfterLabel } from '../labels/text-sequence';

/**
 * Product facts from the rendered page when no embedded JSON is readable.
 * Stable attributes first (alibaba.com 2025 detail layout:
 * data-testid="product-title" | "ladder-price" | "range-price" |
 * "module-attribute", data-module-name="module_attribute"), then labelled text.
 */

type RawProduct = Omit<ProductFacts, 'supplier' | 'taOffered'>;

const SEL = {
  title: '[data-testid="product-title"], h1',
  ladder: '[data-testid="ladder-price"]',
  range: '[data-testid="range-price"]',
  attributes: '[data-testid="module-attribute"], [data-module-name="module_attribute"]',
  leadTime: '[data-testid="lead-time"], [data-module-name="module_lead"], table',
} as const;

export function productFromDom(doc: Document, sequence: readonly string[]): RawProduct {
  const marked = ladderFromDom(doc);
  const tiers = marked.length ? marked : ladderFromText(sequence);
  const rangeText = cleanText(doc.querySelector(SEL.range)?.textContent);
  const moqText = valueAfterLabel(sequence, labelMatcher(PRODUCT_LABELS.moq));
  return {
    id: null,
    title: cleanText(doc.querySelector(SEL.title)?.textContent) || null,
    priceTiers: tiers.length ? tiers : null,
    priceRange: (rangeText ? parseMoneyRange(rangeText) : null) ?? rangeOf(tiers),
    moq: (moqText ? parseCount(moqText) : null) ?? tiers[0]?.minQty ?? null,
    unit: moqText ? unitOf(moqText) : ladderUnit(sequence, tiers[0]?.minQty),
    ...attributesFromDom(doc),
    leadTimes: leadTimesFromDom(doc),
  };
}

/** Each ladder entry holds a quantity text ("500 - 1999 pieces", "≥ 5000 pieces") and a price ("$18.50"). */
function ladderFromDom(doc: Document): PriceTier[] {
  const ladder = doc.querySelector(SEL.ladder);
  if (!ladder) return [];
  const tiers: PriceTier[] = [];
  for (const item of Array.from(ladder.children)) {
    const texts = textSequence(item);
    const priceText = texts.find((t) => /[$€£¥]|[A-Z]{3}/.test(t) && /\d/.test(t));
    const qtyText = texts.find((t) => t !== priceText && /\d/.test(t));
    const price = priceText ? parseMoney(priceText) : null;
    const qty = qtyText ? quantityRange(qtyText) : null;
    if (price && qty) tiers.push({ ...qty, price });
  }
  return tiers.sort((a, b) => a.minQty - b.minQty);
}

/**
 * A price ladder read from the page's text alone, whatever its markup: two or more
 * consecutive (quantity range, price) pairs — "300 - 1000 pairs", "GH₵80.51",
 * "1001 - 2000 pairs", "GH₵68.99", "≥ 5001 pairs", "GH₵45.96". A comparison sign
 * alone in its element (">" then "= 5001 pairs") is joined to what follows.
 */
export function ladderFromText(sequence: readonly string[]): PriceTier[] {
  let best: PriceTier[] = [];
  let run: PriceTier[] = [];
  for (let i = 0; i < sequence.length; i++) {
    let qtyText = sequence[i] as string;
    let next = i + 1;
    if (/^[≥>≤<]=?$/.test(qtyText.trim())) {
      qtyText = `${qtyText}${sequence[next]}`.replace(/>\s*=/, '≥').replace(/<\s*=/, '≤');
      next++;
    }
    const priceText = sequence[next];
    const qty = LADDER_QTY.test(qtyText) ? quantityRange(qtyText) : null;
    const price =
      qty && priceText && priceText.length <= 30 && /\d/.test(priceText) ? parseMoney(priceText) : null;
    if (qty && price) {
      run.push({ ...qty, price });
      i = next;
      continue;
    }
    const row = ladderRow(qtyText);
    if (row) {
      run.push(row);
      continue;
    }
    if (run.length > best.length) best = run;
    run = [];
  }
  if (run.length > best.length) best = run;
  return best.length >= 2 ? best.sort((a, b) => a.minQty - b.minQty) : [];
}

/**
 * One ladder row kept in one element, quantity then price: "10-499 pieces US $26",
 * ">=2,000 pieces US $20.50" (a page saved as plain rows, or a row's innerText).
 * The price starts at the first currency sign or code after the unit word.
 */
function ladderRow(text: string): PriceTier | null {
  const parts = rowParts(text);
  const qty = parts ? quantityRange(parts.qty) : null;
  const price = qty && parts ? parseMoney(parts.price) : null;
  return qty && price ? { ...qty, price } : null;
}

function rowParts(text: string): { qty: string; price: string } | null {
  if (text.length > 60) return null;
  const m = /^(.*?\p{L}[\p{L}/ ]{0,20}?)\s+((?:[A-Z]{2,3}\s?)?\p{Sc}\s?\d.*|[A-Z]{3}\s?\d.*)$/u.exec(
    text.trim(),
  );
  return m && LADDER_QTY.test(m[1] as string) ? { qty: m[1] as string, price: m[2] as string } : null;
}

/** A quantity with a range or bound and a unit word ("300 - 1000 pairs", "≥ 5001 pieces"). */
const LADDER_QTY = /^\s*(?:[≥>]=?\s*)?\d[\d,.\s]*(?:\s*[-–~]\s*\d[\d,.\s]*)?\+?\s*\p{L}[\p{L}/ ]{0,20}$/u;

/** "500 - 1999 pieces" → 500..1999; "≥ 5000", ">= 5000", "5000+", "> 2000" → open-ended; "1 000 - 4 999 pièces" too. */
export function quantityRange(text: string): { minQty: number; maxQty: number | null } | null {
  const clean = text.replace(/[\u00a0\s]+/g, ' ');
  const numbers = findNumbers(clean).filter((n) => n.value.scale === 0);
  const [first, second] = numbers;
  if (!first) return null;
  const min = Number(first.value.digits);
  if (second && /^\s*[-–~]\s*$/.test(clean.slice(first.end, second.start))) {
    const max = Number(second.value.digits);
    return min <= max ? { minQty: min, maxQty: max } : null;
  }
  const before = clean.slice(0, first.start);
  if (/(≥|>=|\bover\b|\bplus de\b|\bmás de\b|\bmehr als\b|\bmais de\b)\s*$/i.test(before))
    return { minQty: min, maxQty: null };
  if (/>\s*$/.test(before)) return { minQty: min + 1, maxQty: null };
  if (/^\s*\+/.test(clean.slice(first.end))) return { minQty: min, maxQty: null };
  return { minQty: min, maxQty: min };
}

function rangeOf(tiers: PriceTier[]) {
  if (tiers.length === 0) return null;
  const minors = tiers.map((t) => t.price.minor);
  const currency = (tiers[0] as PriceTier).price.currency;
  return { min: { minor: Math.min(...minors), currency }, max: { minor: Math.max(...minors), currency } };
}

/** "500 pieces" → "pieces"; the word after the number. */
/** No "Min. order" line: the unit of the ladder's first quantity ("10 - 2999 pieces" → "pieces"). */
function ladderUnit(sequence: readonly string[], firstQty: number | undefined): string | null {
  if (firstQty === undefined) return null;
  for (const t of sequence) {
    const qty = LADDER_QTY.test(t) ? t : rowParts(t)?.qty;
    if (qty && quantityRange(qty)?.minQty === firstQty) return unitOf(qty);
  }
  return null;
}

function unitOf(text: string): string | null {
  const m = /\d[\d,.\s]*\s*([\p{L}][\p{L} ]{0,20})/u.exec(text);
  return m ? (m[1] as string).trim() : null;
}

/**
 * Name/value rows: dt+dd, th+td / td+td, or any element with exactly two short text children. Rows under a
 * packaging heading inside the block ("Packaging and delivery": selling units, package size, gross weight)
 * are the shipment's, not the product's: kept apart, as the page keeps them.
 */
function attributesFromDom(doc: Document): {
  attributes: Attribute[] | null;
  packaging?: Attribute[] | null;
} {
  const packagingHeading = labelMatcher(PRODUCT_LABELS.packagingSection);
  for (const module of Array.from(doc.querySelectorAll(SEL.attributes))) {
    const out: Attribute[] = [];
    const packed: Attribute[] = [];
    let underPackaging = false;
    for (const row of Array.from(module.querySelectorAll('*'))) {
      if (isHeading(row)) {
        underPackaging = packagingHeading.keys.has(labelKey(cleanText(row.textContent)));
        continue;
      }
      const cells = Array.from(row.children);
      if (cells.length !== 2 || cells.some((c) => c.children.length > 2)) continue;
      // A block's heading beside its rows ("Key attributes" over the grid) is a title over a container, not a
      // label and its value: glued, its text would read as one row holding every label and value.
      if (isHeading(cells[0] as Element) || cells.some(holdsRows) || cells.every(isTwoPart)) continue;
      const name = cleanText(cells[0]?.textContent);
      const value = cleanText(cells[1]?.textContent);
      const into = underPackaging ? packed : out;
      if (name && name.length <= 60 && value && !into.some((a) => a.name === name))
        into.push({ name: name.replace(/[:：]$/, ''), value });
    }
    if (out.length || packed.length)
      return { attributes: out.length ? out : null, ...(packed.length ? { packaging: packed } : {}) };
  }
  return { attributes: null };
}

const isHeading = (el: Element) => /^H[1-6]$/i.test(el.tagName) || el.getAttribute('role') === 'heading';

/** Two parts that each say something: a row of its own (a grid of two rows is not one row of two cells). */
const isTwoPart = (el: Element) =>
  el.children.length === 2 && Array.from(el.children).every((c) => cleanText(c.textContent) !== '');

/** A cell that holds rows of its own (two or more elements each of two parts) is a container, not a cell. */
function holdsRows(cell: Element): boolean {
  let rows = 0;
  for (const el of Array.from(cell.querySelectorAll('*')).slice(0, 400)) {
    if (el.children.length === 2 && ++rows >= 2) return true;
  }
  return false;
}

/** The lead-time table: a "Quantity" row of ranges and a "Lead time (days)" row of numbers. */
function leadTimesFromDom(doc: Document): LeadTime[] | null {
  const quantity = labelMatcher(PRODUCT_LABELS.quantity);
  const days = labelMatcher([...PRODUCT_LABELS.days, ...PRODUCT_LABELS.leadTime]);
  const negotiable = labelMatcher(NEGOTIABLE);
  for (const table of Array.from(doc.querySelectorAll(SEL.leadTime)).slice(0, 30)) {
    const rows = Array.from(table.querySelectorAll('tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cleanText(cell.textContent)),
    );
    const qtyRow = rows.find((r) => quantity.keys.has(labelKey(r[0] ?? '')));
    const dayRow = rows.find((r) => days.keys.has(labelKey(r[0] ?? '')));
    if (!qtyRow || !dayRow) continue;
    const out: LeadTime[] = [];
    for (let i = 1; i < qtyRow.length; i++) {
      const dayText = dayRow[i] ?? '';
      if (negotiable.keys.has(labelKey(dayText))) continue;
      const qty = quantityRange(qtyRow[i] ?? '');
      const d = parseCount(dayText);
      if (qty && d !== null && Number.isInteger(d)) out.push({ ...qty, days: d });
    }
    if (out.length) return out;
  }
  return null;
}
