import { formatMoney } from '../model/money';
import type { OrderFacts } from '../model/order';
import type { SupplierFacts } from '../model/supplier';
import type { RuleContext } from '../rules/types';
import { withConflictNotes } from './conflict-notes';
import { correctableLine } from './correctable';
import type { FactLine } from './fact-line';
import { remainingLines } from './limit-lines';

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
    case 'alibaba:order':
    case 'aliexpress:order':
    case 'aliexpress:dispute':
      return ctx.order
        ? orderLines(ctx.order, ctx)
        : [{ label: 'Order', value: 'could not be read', tone: 'bad' }];
    case 'alibaba:payment':
      return paymentLines(ctx);
    case 'alibaba:order-list':
    case 'aliexpress:order-list':
      return [{ label: 'Orders read', value: String(s.orders?.length ?? 0) }];
    case 'alibaba:messages':
    case 'aliexpress:messages':
      return [
        { label: 'Messages read', value: String(s.messages?.length ?? 0) },
        { label: 'Risky supplier messages', value: 'marked where they stand (⚠)' },
      ];
    default:
      return [];
  }
}

const yesNo = (v: boolean | null, yes = 'yes', no = 'no') => (v === null ? 'not shown' : v ? yes : no);

function limitLine(ctx: RuleContext): FactLine {
  const corrected = correctableLine(ctx, 'taLimit', { tone: (known) => (known ? 'good' : 'bad') });
  if (corrected) return corrected;
  if (ctx.knownLimit)
    return { label: 'Trade Assurance limit', value: formatMoney(ctx.knownLimit.limit), tone: 'good' };
  return { label: 'Trade Assurance limit', value: 'not shown', tone: 'bad' };
}

function supplierLines(sup: SupplierFacts | null, ctx: RuleContext): FactLine[] {
  if (!sup) return [{ label: 'Supplier', value: 'not shown' }];
  const lines: FactLine[] = [{ label: 'Supplier', value: sup.name ?? 'not shown' }];
  lines.push({
    label: 'Trade Assurance',
    value: yesNo(sup.taOffered, 'offered', 'not offered'),
    tone: sup.taOffered === false ? 'bad' : sup.taOffered ? 'good' : 'neutral',
  });
  lines.push(limitLine(ctx), ...remainingLines(ctx, false));
  if (sup.yearsOnPlatform !== null)
    lines.push({
      label: 'On Alibaba.com',
      value: `${sup.yearsOnPlatform} yrs`,
      tone: sup.yearsOnPlatform < 2 ? 'bad' : 'neutral',
    });
  lines.push({
    label: 'Verified',
    value: yesNo(sup.verified),
    tone: sup.verified === false ? 'bad' : 'neutral',
  });
  if (sup.responseRate !== null)
    lines.push({
      label: 'Response rate',
      value: `${sup.responseRate}%`,
      tone: sup.responseRate < 80 ? 'bad' : 'neutral',
    });
  if (sup.onTimeDeliveryRate !== null)
    lines.push({
      label: 'On-time delivery',
      value: `${sup.onTimeDeliveryRate}%`,
      tone: sup.onTimeDeliveryRate < 90 ? 'bad' : 'neutral',
    });
  if (sup.rating !== null)
    lines.push({
      label: 'Rating',
      value: `${sup.rating}/5${sup.reviewCount !== null ? ` (${sup.reviewCount})` : ''}`,
    });
  if (sup.positiveRate !== null && sup.positiveRate !== undefined)
    lines.push({
      label: 'Positive feedback',
      value: `${sup.positiveRate}%`,
      tone: sup.positiveRate < 90 ? 'bad' : 'neutral',
    });
  return lines;
}

function productLines(ctx: RuleContext): FactLine[] {
  const p = ctx.snapshot.product;
  if (!p) return [];
  const lines: FactLine[] = [];
  if (p.priceRange)
    lines.push({
      label: 'Price',
      value: `${formatMoney(p.priceRange.min)} – ${formatMoney(p.priceRange.max)}`,
    });
  if (p.moq !== null) lines.push({ label: 'Minimum order', value: `${p.moq} ${p.unit ?? ''}`.trim() });
  return lines;
}

function searchLines(ctx: RuleContext): FactLine[] {
  const offers = ctx.snapshot.offers ?? [];
  const ta = offers.filter((o) => o.taOffered).length;
  const verified = offers.filter((o) => o.verified).length;
  return [
    { label: 'Offers read', value: String(offers.length) },
    { label: 'With Trade Assurance', value: String(ta) },
    { label: 'Verified suppliers', value: String(verified) },
  ];
}

function orderLines(order: OrderFacts, ctx: RuleContext): FactLine[] {
  const lines: FactLine[] = [
    { label: 'Order', value: order.id ?? 'not shown' },
    { label: 'Supplier', value: order.supplierName ?? 'not shown' },
    correctableLine(ctx, 'orderTotal') ?? {
      label: 'Total',
      value: order.total ? formatMoney(order.total) : 'not shown',
    },
  ];
  if (order.marketplace === 'alibaba') {
    lines.push(limitLine(ctx), ...remainingLines(ctx, true));
    lines.push({
      label: 'Coverage',
      value:
        order.coverage === 'pre-shipment'
          ? 'initial payment only'
          : order.coverage === 'post-delivery'
            ? 'full amount'
            : 'not shown',
      tone: order.coverage === 'pre-shipment' ? 'bad' : 'neutral',
    });
  }
  lines.push(
    correctableLine(ctx, 'paymentMethod') ?? {
      label: 'Payment method',
      value: order.paymentMethod ?? 'not shown',
    },
  );
  const shippingMethod = correctableLine(ctx, 'shippingMethod');
  if (shippingMethod) lines.push(shippingMethod);
  lines.push(
    correctableLine(ctx, 'shipBy', {
      unknown: 'no exact date',
      tone: (known) => (known ? 'neutral' : 'bad'),
    }) ?? {
      label: 'Ship by',
      value: order.shipBy ?? 'no exact date',
      tone: order.shipBy ? 'neutral' : 'bad',
    },
  );
  return lines;
}

function paymentLines(ctx: RuleContext): FactLine[] {
  const p = ctx.snapshot.payment;
  if (!p) return [{ label: 'Payment', value: 'could not be read', tone: 'bad' }];
  const b = p.beneficiary;
  return [
    correctableLine(ctx, 'paymentAmount') ?? {
      label: 'Amount',
      value: p.amount ? formatMoney(p.amount) : 'not shown',
    },
    correctableLine(ctx, 'paymentMethod') ?? { label: 'Method', value: p.method ?? 'not shown' },
    { label: 'Beneficiary', value: [b.name, b.bank].filter(Boolean).join(', ') || 'not shown' },
    {
      label: 'Account',
      value: [b.accountNumber ?? b.iban, b.swift].filter(Boolean).join(' · ') || 'not shown',
    },
    ...(ctx.order ? [limitLine(ctx), ...remainingLines(ctx, true)] : []),
  ];
}
