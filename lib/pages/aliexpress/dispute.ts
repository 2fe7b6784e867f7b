import { emptyOrderFacts } from '../../model/empty';
import type { OrderFacts } from '../../model/order';
import { parseDateTimeText } from '../alibaba/order-dates';
import { orderFromText } from '../alibaba/order-from-text';
import {
  asArray,
  embeddedObjectsWithKey,
  isRecord,
  type Json,
  money,
  pick,
  text,
  walk,
} from '../alibaba/order-json';
import { fillMissing, hasAnyFact, type OrderPatch } from '../alibaba/order-merge';
import { indexText, type TextIndex } from '../dom-text';
import { scriptTexts } from '../embedded-json';
import { statusKeyFromText } from '../labels/order-vocab';
import { aliexpressOrderExtrasFromText, aliexpressOrderFromAttributes } from './order-attributes';

/**
 * An AliExpress dispute / return page (/p/reverse-pages/…, trade.aliexpress.com/issue/…).
 * JSON: the reverse-order list shape (mtop.aliexpress.buyer.reverse.queryreverseorderpagelistforbuyer,
 * real 2026-09 capture): items[].reverseOrderLines[{reverseOrderId, reverseStatus, reverseType,
 * gmtCreateFormat, tradeOrderId, seller{storeId}, aeItemDTO}]. The line whose ids appear in
 * the URL wins, else the first. Returns the disputed order's facts with status "in_dispute".
 */
export function extractAliexpressDispute(
  doc: Document,
  url: string,
  /** The page's inline script texts, when the caller has read them already. */
  scripts: readonly string[] = scriptTexts(doc),
): OrderFacts | null {
  try {
    const facts = emptyOrderFacts('aliexpress');
    const lines = reverseLines(scripts);
    const wanted = idsInUrl(url);
    const line = lines.find((l) => wanted.some((id) => Object.values(l).includes(id))) ?? lines[0];
    if (line) fillMissing(facts, fromReverseLine(line), 'json');
    fillMissing(facts, aliexpressOrderFromAttributes(doc.body ?? doc, url), 'attributes');
    const root = doc.body ?? doc;
    const texts = indexText(root); // one walk of the page for the three text readers
    fillMissing(facts, orderFromText(root, texts), 'text');
    const extras = aliexpressOrderExtrasFromText(root, texts);
    fillMissing(facts, { ...extras, statusKey: extras.statusKey ?? 'in_dispute' }, 'text');
    if (!facts.dates.some((d) => d.type === 'dispute_opened')) {
      const opened = disputeOpenedFromText(texts);
      if (opened) facts.dates.push({ type: 'dispute_opened', at: opened });
    }
    return hasAnyFact(facts) ? facts : null;
  } catch {
    return null;
  }
}

function reverseLines(scripts: readonly string[]): Json[] {
  const lines: Json[] = [];
  for (const holder of embeddedObjectsWithKey(scripts, 'reverseOrderLines', (o) =>
    text(pick(o, 'reverseOrderLines.0.reverseOrderLineId')),
  )) {
    for (const l of asArray(holder.reverseOrderLines))
      if (isRecord(l)) lines.push({ ...l, shopName: holder.shopName });
  }
  if (lines.length === 0) {
    for (const holder of embeddedObjectsWithKey(scripts, 'reverseOrderId', (o) => text(o.reverseOrderLineId)))
      lines.push(holder);
  }
  return lines;
}

function idsInUrl(url: string): string[] {
  try {
    const u = new URL(url);
    return ['reverseOrderLineId', 'reverseOrderId', 'tradeOrderId', 'orderId', 'tradeOrderLineId']
      .map((k) => u.searchParams.get(k))
      .filter((v): v is string => !!v);
  } catch {
    return [];
  }
}

function fromReverseLine(l: Json): OrderPatch {
  const item = isRecord(l.aeItemDTO) ? l.aeItemDTO : {};
  const opened = parseDateTimeText(text(l.gmtCreateFormat));
  const type = text(l.reverseType);
  const code = text(l.reverseStatus);
  const unit = money(item.itemUnitPrice, null);
  let specs: string[] = [];
  walk(item.skuDTOList, (o) => {
    const v = text(o.skuValue);
    if (v) specs = [...specs, v];
  });
  return {
    id: text(l.tradeOrderId),
    status: [type, code ? `status ${code}` : null].filter(Boolean).join(' ') || null,
    statusKey: statusKeyFromText(type) === 'refunded' ? 'refunded' : 'in_dispute',
    supplierName: text(l.shopName),
    supplierCompanyId: text(pick(l, 'seller.storeId')),
    lineItems: [
      {
        name: text(item.itemTitle),
        specText: specs.length > 0 ? specs.join('; ') : null,
        unitPrice: unit,
        quantity: typeof item.itemCount === 'number' ? item.itemCount : null,
        total: null,
        productId: text(item.itemId),
      },
    ],
    currency: unit?.currency ?? null,
    dates: opened ? [{ type: 'dispute_opened', at: opened }] : [],
  };
}

const OPENED_LABEL =
  /(dispute opened on|request(ed)? on|opened on|date de (la )?r[ée]clamation|abierta el|er[öo]ffnet am|aberta em)\s*:?\s*(.+)/i;

/** "Opened on <date>" sits in a short line; a longer text is a section around it. */
const MAX_OPENED_LINE = 2_000;
const LINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'LI', 'DD', 'TD']);

function disputeOpenedFromText(texts: TextIndex): string | null {
  // Indexed texts: textContent per nested element is quadratic on deep markup.
  const tried = new Set<string>(); // nested wrappers repeat one text: read it once
  for (const el of texts.withFewChildren(LINE_TAGS, 2)) {
    const t = texts.shortText(el, MAX_OPENED_LINE);
    if (t === null || tried.has(t)) continue;
    tried.add(t);
    const m = OPENED_LABEL.exec(t);
    const at = m ? parseDateTimeText(m[4]) : null;
    if (at) return at;
  }
  return null;
}
