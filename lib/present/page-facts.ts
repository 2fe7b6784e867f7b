import type { MessageKey } from '../i18n/keys';
import { type MsgParam, msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import type { OrderFacts } from '../model/order';
import type { ProductFacts } from '../model/product';
import type { SupplierFacts } from '../model/supplier';
import type { RuleContext } from '../rules/types';
import { withConflictNotes } from './conflict-notes';
import { correctableLine } from './correctable';
import type { FactLine } from './fact-line';
import { remainingLines } from './limit-lines';

/** A fact line whose label and value are messages too, so each surface can show them in the buyer's language. */
function L(label: MessageKey, value: MsgParam, extra: Pick<FactLine, 'tone'> = {}): FactLine {
  return {
    label: english.render({ key: label }),
    value: english.param(value),
    ...extra,
    text: { label: { key: label }, value },
  };
}
const NOT_SHOWN = msg('common.notShown');

/**
 * The key facts TradeGuard read, as short labelled lines. Unknown stays
 * "not shown" — never a guess, never a silent pass.
 */
export function pageFacts(ctx: RuleContext): FactLine[] {
  return withConflictNotes(factLines(ctx), ctx.snapshot.conflicts);
}

function factLines(ctx: RuleContext): FactLine[] {
  const s = ctx.snapshot;
  switch (s.kind) {
    case 'alibaba:supplier':
    case 'alibaba:product':
    case 'aliexpress:item':
      return [...productLines(ctx), ...supplierLines(ctx.supplier, ctx)];
    case 'alibaba:search':
      return searchLines(ctx);
    case 'aliexpress:search':
      // A store there has no Trade Assurance or verification to count: what was read is what can be said.
      return [L('facts.offersRead', ctx.snapshot.offers?.length ?? 0)];
    case 'alibaba:order':
    case 'aliexpress:order':
    case 'aliexpress:dispute':
      return ctx.order
        ? orderLines(ctx.order, ctx)
        : [L('facts.order', msg('common.couldNotRead'), { tone: 'bad' })];
    case 'alibaba:payment':
      return paymentLines(ctx);
    case 'alibaba:order-list':
    case 'aliexpress:order-list':
      return [L('facts.ordersRead', s.orders?.length ?? 0)];
    case 'alibaba:messages':
    case 'aliexpress:messages':
      return [
        L('facts.messagesRead', s.messages?.length ?? 0),
        L('facts.riskyMessages', msg('facts.markedWhereTheyStand')),
      ];
    default:
      return [];
  }
}

const yesNo = (v: boolean | null, yes = msg('common.yes'), no = msg('common.no')) =>
  v === null ? NOT_SHOWN : v ? yes : no;

/** Green only when the limit covers what is being paid: a limit below the order is never shown as good. */
function limitTone(ctx: RuleContext): FactLine['tone'] {
  const limit = ctx.knownLimit?.limit;
  const amounts = [ctx.order?.total, ctx.snapshot.payment?.amount].filter((m) => m);
  if (!limit) return 'bad';
  if (amounts.some((m) => m!.currency !== limit.currency)) return 'neutral';
  return amounts.some((m) => m!.minor > limit.minor) ? 'bad' : 'good';
}

function limitLine(ctx: RuleContext): FactLine {
  const corrected = correctableLine(ctx, 'taLimit', { tone: (known) => (known ? limitTone(ctx) : 'bad') });
  if (corrected) return corrected;
  if (ctx.knownLimit) return L('facts.taLimit', ctx.knownLimit.limit, { tone: limitTone(ctx) });
  return L('facts.taLimit', NOT_SHOWN, { tone: 'bad' });
}

function supplierLines(sup: SupplierFacts | null, ctx: RuleContext): FactLine[] {
  if (!sup) return [L('facts.supplier', NOT_SHOWN)];
  const lines: FactLine[] = [L('facts.supplier', sup.name ?? NOT_SHOWN)];
  // Beside the name: a trading company quoting as a factory is what the importer checks first. The page's
  // own words ("Manufacturer, Trading Company"), shown as text.
  if (sup.businessType) lines.push(L('facts.businessType', sup.businessType));
  // The platform's checked identity ("Custom Manufacturer") says more than the type the supplier chose.
  if (sup.verifiedType && sup.verifiedType !== sup.businessType)
    lines.push(L('facts.verifiedAs', sup.verifiedType));
  lines.push(
    L('facts.tradeAssurance', yesNo(sup.taOffered, msg('facts.offered'), msg('facts.notOffered')), {
      tone: sup.taOffered === false ? 'bad' : sup.taOffered ? 'good' : 'neutral',
    }),
  );
  lines.push(limitLine(ctx), ...remainingLines(ctx, false));
  if (sup.yearsOnPlatform !== null)
    lines.push(
      L('facts.onAlibaba', yearsMsg(sup.yearsOnPlatform), {
        tone: sup.yearsOnPlatform < 2 ? 'bad' : 'neutral',
      }),
    );
  lines.push(L('facts.verified', yesNo(sup.verified), { tone: sup.verified === false ? 'bad' : 'neutral' }));
  // How often buyers came back is judged by the importer against the trade: it is shown, not toned.
  if (sup.reorderRate !== null && sup.reorderRate !== undefined)
    lines.push(L('facts.reorderRate', `${sup.reorderRate}%`));
  if (sup.responseRate !== null)
    lines.push(
      L('facts.responseRate', `${sup.responseRate}%`, { tone: sup.responseRate < 80 ? 'bad' : 'neutral' }),
    );
  if (sup.onTimeDeliveryRate !== null)
    lines.push(
      L('facts.onTimeDelivery', `${sup.onTimeDeliveryRate}%`, {
        tone: sup.onTimeDeliveryRate < 90 ? 'bad' : 'neutral',
      }),
    );
  if (sup.rating !== null)
    lines.push(
      L('facts.rating', `${sup.rating}/5${sup.reviewCount !== null ? ` (${sup.reviewCount})` : ''}`),
    );
  if (sup.positiveRate !== null && sup.positiveRate !== undefined)
    lines.push(
      L('facts.positiveFeedback', `${sup.positiveRate}%`, {
        tone: sup.positiveRate < 90 ? 'bad' : 'neutral',
      }),
    );
  return lines;
}

function productLines(ctx: RuleContext): FactLine[] {
  const p = ctx.snapshot.product;
  if (!p) return [];
  const lines: FactLine[] = [];
  if (p.priceRange) lines.push(L('facts.price', priceValue(p.priceRange, p)));
  if (p.moq !== null) lines.push(L('facts.minimumOrder', `${p.moq} ${p.unit ?? ''}`.trim()));
  if (p.returnPromise) lines.push(L('facts.returns', p.returnPromise));
  return lines;
}

type PriceRange = NonNullable<ProductFacts['priceRange']>;

/** One amount when both ends are the same, else "min – max". */
const rangeParam = (r: PriceRange): MsgParam =>
  r.min.currency === r.max.currency && r.min.minor === r.max.minor
    ? r.min
    : { list: [r.min, r.max], sep: ' – ' };

/**
 * The price paid, and beside it the list price the page strikes through with the discount between them: a
 * "70% off" is judged against what the list price was. A discount the page does not state is said to be
 * worked out from the two prices, so the buyer never takes our sum for the seller's promise.
 */
function priceValue(price: PriceRange, p: ProductFacts): MsgParam {
  const list = p.listPriceRange;
  if (!list) return { list: [price.min, price.max], sep: ' – ' };
  const both = { price: rangeParam(price), list: rangeParam(list) };
  if (!p.discount) return msg('facts.priceWithList', both);
  return msg(p.discount.stated ? 'facts.priceWithListOff' : 'facts.priceWithListWorkedOut', {
    ...both,
    percent: p.discount.percent,
  });
}

function searchLines(ctx: RuleContext): FactLine[] {
  const offers = ctx.snapshot.offers ?? [];
  const ta = offers.filter((o) => o.taOffered).length;
  const verified = offers.filter((o) => o.verified).length;
  return [
    L('facts.offersRead', offers.length),
    L('facts.withTradeAssurance', ta),
    L('facts.verifiedSuppliers', verified),
  ];
}

function orderLines(order: OrderFacts, ctx: RuleContext): FactLine[] {
  const lines: FactLine[] = [
    L('facts.order', order.id ?? NOT_SHOWN),
    L('facts.supplier', order.supplierName ?? NOT_SHOWN),
    correctableLine(ctx, 'orderTotal') ?? L('facts.total', order.total ?? NOT_SHOWN),
  ];
  if (order.marketplace === 'alibaba') {
    lines.push(limitLine(ctx), ...remainingLines(ctx, true));
    lines.push(
      L(
        'facts.coverage',
        order.coverage === 'pre-shipment'
          ? msg('facts.initialPaymentOnly')
          : order.coverage === 'post-delivery'
            ? msg('facts.fullAmount')
            : NOT_SHOWN,
        { tone: order.coverage === 'pre-shipment' ? 'bad' : 'neutral' },
      ),
    );
  }
  lines.push(
    correctableLine(ctx, 'paymentMethod') ?? L('facts.paymentMethod', order.paymentMethod ?? NOT_SHOWN),
  );
  const shippingMethod = correctableLine(ctx, 'shippingMethod');
  if (shippingMethod) lines.push(shippingMethod);
  lines.push(
    correctableLine(ctx, 'shipBy', {
      unknown: 'no exact date',
      unknownKey: 'facts.noExactDate',
      tone: (known) => (known ? 'neutral' : 'bad'),
    }) ??
      L('facts.shipBy', order.shipBy ?? msg('facts.noExactDate'), { tone: order.shipBy ? 'neutral' : 'bad' }),
  );
  return lines;
}

function paymentLines(ctx: RuleContext): FactLine[] {
  const p = ctx.snapshot.payment;
  if (!p) return [L('facts.payment', msg('common.couldNotRead'), { tone: 'bad' })];
  const b = p.beneficiary;
  return [
    correctableLine(ctx, 'paymentAmount') ?? L('facts.amount', p.amount ?? NOT_SHOWN),
    correctableLine(ctx, 'paymentMethod') ?? L('facts.method', p.method ?? NOT_SHOWN),
    L('facts.beneficiary', [b.name, b.bank].filter(Boolean).join(', ') || NOT_SHOWN),
    L('facts.account', [b.accountNumber ?? b.iban, b.swift].filter(Boolean).join(' · ') || NOT_SHOWN),
    ...(ctx.order ? [limitLine(ctx), ...remainingLines(ctx, true)] : []),
  ];
}

const yearsMsg = (years: number) =>
  years === 1 ? msg('facts.years.one', { count: years }) : msg('facts.years.other', { count: years });
