import type { LineItem, OrderDate } from '../../model/order';
import { parseMoney } from '../../money/parse';
import { indexText, type TextIndex } from '../dom-text';
import { ORDER_LABELS, type OrderLabelKey } from '../labels/order';
import {
  coverageFromText,
  shippingMethodFromText,
  statusKeyFromText,
  tradeTermsFromText,
} from '../labels/order-vocab';
import { parseDateText, parseDateTimeText } from './order-dates';
import { joinSpecText, type OrderPatch } from './order-merge';
import { lineItemsFromTables } from './order-table';
import { first, type LabelledValues, lazyLabelIndex, readLabelledValues } from './order-text';
import { orderTotalOf } from './order-total';

/**
 * Order facts from labelled visible text, the last path in the order of
 * trust and the only one on pages built in the browser from private APIs.
 * Used for Alibaba TA order detail, each card of the order lists and the
 * AliExpress order page (same labels, five languages).
 */
const INDEX = lazyLabelIndex(ORDER_LABELS);
/** A product table's Status column speaks for the order (a 2014 AliExpress order: "Awaiting Receipt"). */
const ORDER_KEYS_IN_LINES: ReadonlySet<OrderLabelKey> = new Set(['status']);

/** `texts`: the index of `root` when the caller already built one (it is then walked once, not twice). */
export function orderFromText(root: ParentNode, texts?: TextIndex): OrderPatch {
  const owners = new Map<OrderLabelKey, Element[]>();
  const v = readLabelledValues(root, INDEX(), owners, ORDER_KEYS_IN_LINES);
  // From the payment block, never from remarks or a product line's text.
  const total = orderTotalOf(v.get('total') ?? [], owners.get('total') ?? [], INDEX());
  const currency = total?.currency ?? null;
  const shipByText = first(v, 'shipBy');
  const shipBy = parseDateText(shipByText);
  const remarks = joinSpecText(distinct(v.get('remarks')));
  const customization = joinSpecText(distinct(v.get('customization')));
  const attachments = (v.get('attachments') ?? []).flatMap((t) => t.split(/\s*[,;\n]\s*/)).filter(Boolean);
  const lineItems = lineItemsFromTables(root, currency);
  if (lineItems.length === 0) lineItems.push(...lineItemsFromLabels(v, currency));
  const coverageText = first(v, 'coverage') ?? coverageSentence(texts ?? indexText(root));
  const coverage = coverageFromText(coverageText);
  const dates = datesOf(v, shipBy);
  // A shipment "date" that is not a date ("January", "ASAP") is a vague term: keep it for the spec rules.
  const vagueShipBy = shipByText && !shipBy ? `Shipment date: ${shipByText}` : null;
  return {
    id: orderIdOf(first(v, 'orderId')),
    status: first(v, 'status'),
    statusKey: statusKeyFromText(first(v, 'status')),
    supplierName: first(v, 'supplier'),
    lineItems,
    total,
    initialPayment: moneyOf(v, 'initialPayment', currency),
    balance: moneyOf(v, 'balance', currency),
    shippingFee: moneyOf(v, 'shippingFee', currency),
    currency,
    shippingMethod: shippingMethodFromText(first(v, 'shippingMethod')),
    shipBy,
    deliverBy: parseDateText(first(v, 'deliverBy')),
    tradeTerms: tradeTermsFromText(first(v, 'tradeTerms')),
    paymentMethod: first(v, 'paymentMethod'),
    coverage,
    coveredAmount:
      moneyOf(v, 'coveredAmount', currency) ??
      (coverage ? parseMoney(coverageText ?? '', currency ?? undefined) : null),
    remarks,
    customization,
    attachments,
    specText: joinSpecText([
      ...lineItems.map((l) => l.specText),
      ...(v.get('specification') ?? []),
      vagueShipBy,
      remarks,
    ]),
    createdAt: parseDateTimeText(first(v, 'createdAt')),
    paidAt: parseDateTimeText(first(v, 'paidAt')),
    shippedAt: parseDateTimeText(first(v, 'shippedAt')),
    dates,
  };
}

/** Values under several labels, without those another value already contains ("Logo: x" then "x"). */
function distinct(values: readonly string[] | undefined): string[] {
  const list = values ?? [];
  return list.filter((v, i) => !list.some((o, j) => j !== i && o.length > v.length && o.includes(v)));
}

function moneyOf(v: LabelledValues<OrderLabelKey>, key: OrderLabelKey, currency: string | null) {
  for (const value of v.get(key) ?? []) {
    const m = parseMoney(value, currency ?? undefined);
    if (m) return m;
  }
  return null;
}

export function orderIdOf(text: string | null): string | null {
  return /\d{8,}/.exec(text ?? '')?.[0] ?? null;
}

const COVERAGE_TAGS = new Set(['P', 'SPAN', 'DIV', 'LI', 'DD', 'TD', 'STRONG']);

/** "Pre-shipment coverage · US$14,580.00 covered": a short text naming a coverage type. */
function coverageSentence(texts: TextIndex): string | null {
  // Indexed texts: asking each nested element for its textContent is quadratic on deep markup.
  const tried = new Set<string>(); // nested wrappers repeat one text: test it once
  for (const el of texts.withFewChildren(COVERAGE_TAGS, 3)) {
    const t = texts.shortText(el, 160);
    if (t === null || tried.has(t)) continue;
    tried.add(t);
    if (coverageFromText(t)) return t;
  }
  return null;
}

/** Product blocks written as "Product name: …", "Unit price: …", "Quantity: …" (zipped by position). */
function lineItemsFromLabels(v: LabelledValues<OrderLabelKey>, currency: string | null): LineItem[] {
  const names = v.get('productName') ?? [];
  const prices = v.get('unitPrice') ?? [];
  const quantities = v.get('quantity') ?? [];
  const specs = v.get('specification') ?? [];
  const aligned = (list: string[]) => list.length === names.length;
  return names.map((name, i) => {
    const q = aligned(quantities)
      ? Number((/\d[\d,.\s]*/.exec(quantities[i] ?? '')?.[0] ?? '').replace(/[,.\s]/g, ''))
      : NaN;
    return {
      name,
      specText: aligned(specs) ? (specs[i] ?? null) : null,
      unitPrice: aligned(prices) ? parseMoney(prices[i] ?? '', currency ?? undefined) : null,
      quantity: Number.isSafeInteger(q) ? q : null,
      total: null,
      productId: null,
    };
  });
}

const DATE_KEYS: [OrderLabelKey, OrderDate['type']][] = [
  ['createdAt', 'order_placed'],
  ['paidAt', 'deposit_paid'],
  ['shippedAt', 'shipped'],
  ['deliveredAt', 'delivered'],
  ['receiptConfirmedAt', 'receipt_confirmed'],
];

function datesOf(v: LabelledValues<OrderLabelKey>, shipBy: string | null): OrderDate[] {
  const dates: OrderDate[] = [];
  for (const [key, type] of DATE_KEYS) {
    const at = parseDateTimeText(first(v, key));
    if (at) dates.push({ type, at });
  }
  if (shipBy) dates.push({ type: 'ship_by_agreed', at: shipBy });
  const deliverBy = parseDateText(first(v, 'deliverBy'));
  if (deliverBy) dates.push({ type: 'delivery_agreed', at: deliverBy });
  return dates;
}
