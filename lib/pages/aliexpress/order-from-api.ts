import type { LineItem, OrderDate } from '../../model/order';
import { parseDateText, parseDateTimeText } from '../alibaba/order-dates';
import { asArray, isRecord, type Json, money, pick, text } from '../alibaba/order-json';
import { joinSpecText, type OrderPatch } from '../alibaba/order-merge';
import { isConditionalFreeText, isFreeFeeText } from '../labels/free-fee';
import { statusKeyFromText } from '../labels/order-vocab';
import { type Components, fieldsOf } from './components';
import { statedDeadlinesIn } from './stated-deadlines';

/** Order facts from the order-detail components (tags listed in research/alibaba-pages.md (shared material)). */
export function aliexpressOrderFromComponents(c: Components): OrderPatch {
  const status = fieldsOf(c, 'detail_order_status_block');
  const price = fieldsOf(c, 'detail_order_price_block');
  const products = fieldsOf(c, 'detail_product_block');
  const info = fieldsOf(c, 'detail_simple_order_info_component');
  const progress = fieldsOf(c, 'detail_service_progress_bar');
  const services = fieldsOf(c, 'detail_order_services');
  const totalField = pick(price, 'totalPrice');
  const currency = text(pick(totalField, 'currencyCode')) ?? text(pick(status, 'intentionCurrency'));
  const lineItems = asArray(pick(products, 'productVOList'))
    .filter(isRecord)
    .map((p) => lineItem(p, currency));
  const shipping = asArray(pick(price, 'priceDetails'))
    .filter(isRecord)
    .find((d) => /shipping|frete|env[ií]o|livraison|versand/i.test(text(d.title) ?? ''));
  const title = text(pick(status, 'title'));
  const reminder = text(pick(status, 'reminder'));
  const serviceTexts = asArray(pick(services, 'data'))
    .filter(isRecord)
    .map((s) => text(s.content));
  const etas = asArray(pick(products, 'productVOList')).map((p) =>
    text(pick(p, 'etaAndTrack.expectDeliveryDateTitle')),
  );
  const payTime = text(pick(info, 'payTime'));
  const shipTime = text(pick(info, 'orderShipTime'));
  const createdAt = parseDateTimeText(text(pick(info, 'orderCreatTime', 'orderCreateTime')));
  const endAt = parseDateTimeText(text(pick(info, 'orderEndTime')));
  const dates: OrderDate[] = [];
  if (createdAt) dates.push({ type: 'order_placed', at: createdAt });
  const paidAt = parseDateTimeText(payTime);
  if (paidAt) dates.push({ type: 'deposit_paid', at: paidAt });
  const shippedAt = parseDateTimeText(shipTime);
  if (shippedAt) dates.push({ type: 'shipped', at: shippedAt });
  // "Order completed on" is when receipt was confirmed (or auto-confirmed) on AliExpress.
  if (endAt && statusKeyFromText(title) === 'completed') dates.push({ type: 'receipt_confirmed', at: endAt });
  const deliverBy = etas.map((e) => parseDateText(e)).find((d) => d) ?? null;
  return {
    id: text(pick(status, 'orderId')) ?? text(pick(info, 'tradeOrderId')),
    status: title,
    statusKey: statusKeyFromText(title),
    supplierName: text(pick(products, 'sellerVO.sellerName')),
    supplierCompanyId: /\/store\/(\d+)/.exec(text(pick(products, 'sellerVO.storeUrl')) ?? '')?.[1] ?? null,
    lineItems,
    total: money(totalField, currency),
    shippingFee: shipping ? shippingFeeOf(text(shipping.value), currency) : null,
    currency,
    deliverBy,
    paymentMethod: text(pick(info, 'paymentMethod')),
    specText: joinSpecText(lineItems.map((l) => l.specText)),
    createdAt,
    paidAt,
    shippedAt,
    dates,
    payTime,
    shipTime,
    protectionText: reminder,
    statedDeadlines: statedDeadlinesIn([reminder, ...serviceTexts, text(pick(progress, 'text')), ...etas]),
  };
}

/**
 * The shipping line's amount; "Free shipping" (no amount, a word for free) is a fee of zero; "Free over €30"
 * names the threshold of a condition, not what this order paid: unknown.
 */
function shippingFeeOf(value: string | null, currency: string | null) {
  if (isFreeFeeText(value) && currency && /^[A-Z]{3}$/.test(currency)) return { minor: 0, currency };
  if (isConditionalFreeText(value)) return null;
  return money(value, currency);
}

function lineItem(p: Json, currency: string | null): LineItem {
  const cur = text(p.currencyCode) ?? currency;
  const attrs = asArray(p.skuAttrs)
    .filter(isRecord)
    .map((a) => (text(a.name) && text(a.text) ? `${text(a.name)}: ${text(a.text)}` : null))
    .filter((s): s is string => !!s);
  const quantity = typeof p.quantity === 'number' && Number.isSafeInteger(p.quantity) ? p.quantity : null;
  return {
    name: text(p.itemTitle),
    specText: attrs.length > 0 ? attrs.join('; ') : null,
    unitPrice: money(text(p.itemPriceText), cur),
    quantity,
    total: null,
    productId: text(p.productId) ?? /\/item\/(\d+)/.exec(text(p.itemDetailUrl) ?? '')?.[1] ?? null,
  };
}
