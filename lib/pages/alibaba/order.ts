import type { Conflict } from '../../model/conflict';
import { emptyOrderFacts } from '../../model/empty';
import type { OrderFacts } from '../../model/order';
import { scriptTexts } from '../embedded-json';
import { alibabaOrderFromAttributes } from './order-attributes';
import { alibabaOrderFromJson } from './order-from-json';
import { orderFromText } from './order-from-text';
import { embeddedBlocks, embeddedObjectsWithKey, type Json, pick, text } from './order-json';
import { fillMissing, hasAnyFact, joinSpecText } from './order-merge';
import { totalConflict } from './order-total';

/** Blocks of a TA order detail page when they are not wrapped in one object. */
const DETAIL_ANCHORS = [
  'baseInfo',
  'statusAction',
  'paymentInfo',
  'contractVO',
  'shipmentVO',
  'productInfo',
  'supplierInfo',
  'sellerInfo',
  'shipmentInfoView',
  'protectionInfo',
];

export const orderIdOfJson = (o: Json) => text(pick(o, 'baseInfo.id', 'baseInfo.orderId'));

/**
 * A Trade Assurance order detail page (biz.alibaba.com/ta/detail.htm?orderId=…).
 * Order of trust: embedded JSON, then URL/attributes, then labelled text.
 * Returns null when the page holds no order we can read; never throws.
 */
export function extractAlibabaOrder(
  doc: Document,
  url: string,
  /** The page's inline script texts, when the caller has read them already. */
  scripts: readonly string[] = scriptTexts(doc),
): OrderFacts | null {
  try {
    const facts = emptyOrderFacts('alibaba');
    const urlId = alibabaOrderFromAttributes(doc, url).id;
    const orders = embeddedObjectsWithKey(scripts, 'baseInfo', orderIdOfJson);
    const json =
      orders.find((o) => orderIdOfJson(o) === urlId) ?? orders[0] ?? embeddedBlocks(scripts, DETAIL_ANCHORS);
    if (json) fillMissing(facts, alibabaOrderFromJson(json), 'json');
    fillMissing(facts, alibabaOrderFromAttributes(doc, url), 'attributes');
    const fromText = orderFromText(doc.body ?? doc);
    fillMissing(facts, fromText, 'text');
    // Spec text is the union of what every path saw (JSON specs + visible remarks), not first-wins.
    facts.specText = joinSpecText([facts.specText, fromText.specText]);
    return hasAnyFact(facts) ? facts : null;
  } catch {
    return null;
  }
}

/** Disagreements within an order page the buyer should see: a total that is not the sum of its lines. */
export function alibabaOrderConflicts(order: OrderFacts | null): Conflict[] {
  const conflict = order ? totalConflict(order.total, order.lineItems, order.shippingFee) : null;
  return conflict ? [conflict] : [];
}
