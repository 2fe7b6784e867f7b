import type { Conflict } from '../../model/conflict';
import type { Money } from '../../model/money';
import type { LineItem } from '../../model/order';
import { parseMoney } from '../../money/parse';
import type { OrderLabelKey } from '../labels/order';
import { type LabelIndex, normaliseLabel } from './order-text';

/**
 * The order total is the payment block's figure. A "Total amount: US$500"
 * typed into the remarks or a product line's spec text is the supplier's (or
 * buyer's) words, not the order's sum; taking it would make a US$48,600 order
 * look covered by a small limit. Candidates under such a label are dropped;
 * one under a "Payment details" (or order summary) heading is preferred.
 */
const PAYMENT_HEADING =
  /^(?:payment details|payment information|payment summary|order summary|price details|amount details|détails du paiement|récapitulatif|detalles del pago|resumen del pedido|zahlungsdetails|bestellübersicht|detalhes do pagamento|resumo do pedido|付款详情|支付信息|订单金额)/i;
/** Labels whose value is free text: anything labelled inside them is quoted text, not a fact. */
const FREE_TEXT: readonly OrderLabelKey[] = ['remarks', 'specification', 'customization', 'productName'];
const HEADINGS = /^H[1-6]$/;

export function orderTotalOf(
  values: readonly string[],
  owners: readonly Element[],
  index: LabelIndex<OrderLabelKey>,
): Money | null {
  let fallback: Money | null = null;
  for (let i = 0; i < values.length; i++) {
    const money = parseMoney(values[i] as string);
    const owner = owners[i];
    if (!money || !owner || insideFreeText(owner, index)) continue;
    if (inPaymentBlock(owner)) return money;
    fallback ??= money;
  }
  return fallback;
}

function insideFreeText(el: Element, index: LabelIndex<OrderLabelKey>): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    // A product line's row: its cells hold the product, its spec text and its own line total.
    if (
      (tag === 'TR' || tag === 'LI') &&
      node.querySelector('a[href*="/product-detail/"], a[href*="/item/"]')
    )
      return node !== el && !isLabelCell(el);
    const before = node.previousElementSibling;
    const label =
      before && (before.textContent ?? '').length <= 60
        ? index.get(normaliseLabel(before.textContent ?? ''))
        : undefined;
    if (label && FREE_TEXT.includes(label)) return true;
  }
  return false;
}

/** `<td>Total</td>` / `<th>Total</th>`: a cell that is itself the label, as in an order summary row. */
const isLabelCell = (el: Element) => /^T[DH]$/.test(el.tagName.toUpperCase()) && el.children.length === 0;

function inPaymentBlock(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
    const first = node.firstElementChild;
    if (first && HEADINGS.test(first.tagName.toUpperCase())) {
      const heading = (first.textContent ?? '').slice(0, 80).trim();
      if (PAYMENT_HEADING.test(heading)) return true;
    }
  }
  return false;
}

/** The total against the sum of the line totals (shipping fee included or not): a difference is shown, not settled. */
export function totalConflict(
  total: Money | null,
  lines: readonly LineItem[],
  shippingFee: Money | null,
): Conflict | null {
  if (!total || lines.length === 0 || lines.some((l) => !l.total || l.total.currency !== total.currency))
    return null;
  const sum = lines.reduce((acc, l) => acc + (l.total as Money).minor, 0);
  const fee = shippingFee?.currency === total.currency ? shippingFee.minor : 0;
  if (sum === total.minor || sum + fee === total.minor) return null;
  return {
    field: 'order.total',
    values: [
      { value: total, where: 'total amount' },
      { value: { minor: sum, currency: total.currency }, where: 'sum of the product lines' },
    ],
  };
}
