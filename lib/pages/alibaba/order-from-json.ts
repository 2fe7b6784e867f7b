import type { LineItem, OrderDate } from '../../model/order';
import {
  coverageFromText,
  shippingMethodFromText,
  statusKeyFromText,
  tradeTermsFromText,
} from '../labels/order-vocab';
import { parseDateText, parseDateTimeText } from './order-dates';
import { asArray, dateValue, isRecord, type Json, longText, money, pick, text } from './order-json';
import { joinSpecText, type OrderPatch } from './order-merge';

/**
 * Maps one Trade Assurance order object to order facts. Key paths are from
 * research/alibaba-pages.md (shared material): the list API (`…/ta/mainv2.json`):
 * baseInfo, statusAction.status, paymentInfo (money as {number, numberStr}),
 * productInfo.products, shipmentInfoView.shippingType; the detail page:
 * contractVO.terms.payment / .shipment, shipmentVO.shipmentMethod.value.
 * Alternate spellings are accepted because both generations exist.
 */
export function alibabaOrderFromJson(order: Json): OrderPatch {
  const currency =
    text(
      pick(
        order,
        'paymentInfo.currency',
        'paymentInfo.totalAmount.currency',
        'contractVO.currency',
        'baseInfo.currency',
      ),
    ) ?? null;
  const statusText = text(
    pick(order, 'statusAction.status.displayName', 'statusAction.displayName', 'baseInfo.statusDesc'),
  );
  const statusCode = text(pick(order, 'statusAction.status.name', 'baseInfo.status'));
  const lineItems = asArray(
    pick(order, 'productInfo.products', 'productInfo.productList', 'contractVO.products', 'products'),
  )
    .filter(isRecord)
    .map((p) => lineItem(p, currency));
  const remarks = longText(
    pick(order, 'contractVO.remark', 'contractVO.terms.remark', 'remark', 'baseInfo.remark', 'buyerRemark'),
  );
  const shippingText = text(
    pick(
      order,
      'shipmentVO.shipmentMethod',
      'contractVO.terms.shipment.shippingMethod',
      'shipmentInfoView.shippingType',
      'shipmentInfo.shippingType',
    ),
  );
  const tradeTermsRaw = text(
    pick(
      order,
      'contractVO.terms.shipment.tradeTerms',
      'shipmentVO.tradeTerms',
      'shipmentInfoView.tradeTerms',
    ),
  );
  const port = text(
    pick(
      order,
      'contractVO.terms.shipment.port',
      'contractVO.terms.shipment.destinationPort',
      'shipmentVO.port',
    ),
  );
  const coverageText = text(
    pick(
      order,
      'contractVO.protection.type',
      'contractVO.protection',
      'protectionInfo.type',
      'protectionInfo.name',
    ),
  );
  const createdAt = dateValue(pick(order, 'baseInfo.createTime', 'baseInfo.gmtCreate'), parseDateTimeText);
  const shipBy = dateValue(
    pick(
      order,
      'contractVO.terms.shipment.shipmentDate',
      'contractVO.terms.shipment.latestShipmentDate',
      'shipmentVO.shipmentDate',
    ),
    parseDateText,
  );
  const dates: OrderDate[] = [];
  if (createdAt) dates.push({ type: 'order_placed', at: createdAt });
  if (shipBy) dates.push({ type: 'ship_by_agreed', at: shipBy.slice(0, 10) });

  return {
    id: text(pick(order, 'baseInfo.id', 'baseInfo.orderId', 'orderId', 'id')),
    status: statusText ?? statusCode,
    statusKey: statusKeyFromText(statusText) ?? statusKeyFromText(statusCode?.replace(/_/g, ' ')),
    supplierName: text(
      pick(
        order,
        'supplierInfo.companyName',
        'sellerInfo.companyName',
        'supplierVO.companyName',
        'baseInfo.sellerCompanyName',
      ),
    ),
    supplierCompanyId: text(
      pick(
        order,
        'supplierInfo.companyId',
        'sellerInfo.companyId',
        'supplierVO.companyId',
        'baseInfo.sellerCompanyId',
      ),
    ),
    lineItems,
    total: money(
      pick(order, 'paymentInfo.totalAmount', 'contractVO.terms.payment.totalAmount', 'baseInfo.totalAmount'),
      currency,
    ),
    initialPayment: money(
      pick(order, 'contractVO.terms.payment.advanceAmount', 'paymentInfo.advanceAmount'),
      currency,
    ),
    balance: money(
      pick(order, 'contractVO.terms.payment.balanceAmount', 'paymentInfo.balanceAmount'),
      currency,
    ),
    shippingFee: money(
      pick(order, 'paymentInfo.shippingFeeAmount', 'contractVO.terms.shipment.shippingFee'),
      currency,
    ),
    currency,
    shippingMethod: shippingMethodFromText(shippingText),
    shipBy: shipBy?.slice(0, 10) ?? null,
    tradeTerms: tradeTermsFromText(
      port && tradeTermsRaw && !tradeTermsRaw.includes(port) ? `${tradeTermsRaw} ${port}` : tradeTermsRaw,
    ),
    paymentMethod: text(
      pick(
        order,
        'contractVO.terms.payment.paymentMethod',
        'paymentInfo.paymentMethod',
        'paymentInfo.payMethod',
      ),
    ),
    coverage: coverageFromText(coverageText?.replace(/_/g, ' ')),
    coveredAmount: money(
      pick(order, 'contractVO.protection.coveredAmount', 'protectionInfo.coveredAmount'),
      currency,
    ),
    remarks,
    specText: joinSpecText([...lineItems.map((l) => l.specText), remarks]),
    createdAt,
    dates,
  };
}

function lineItem(p: Json, currency: string | null): LineItem {
  const attrs = asArray(pick(p, 'skuAttrs', 'attributes', 'specifications'))
    .filter(isRecord)
    .map((a) => {
      const name = text(pick(a, 'name', 'attrName', 'key'));
      const value = text(pick(a, 'value', 'attrValue', 'text'));
      return name && value ? `${name}: ${value}` : value;
    })
    .filter((s): s is string => !!s);
  const spec = text(pick(p, 'specification', 'specText', 'skuDesc'));
  const quantity = Number(text(pick(p, 'quantity', 'count')));
  return {
    name: text(pick(p, 'name', 'productName', 'subject', 'title')),
    specText: joinSpecText([spec, attrs.join('; ')]),
    unitPrice: money(pick(p, 'unitPrice', 'price'), currency),
    quantity: Number.isSafeInteger(quantity) && quantity >= 0 ? quantity : null,
    total: money(pick(p, 'amount', 'totalAmount', 'totalPrice'), currency),
    productId: text(pick(p, 'productId', 'id')),
  };
}
