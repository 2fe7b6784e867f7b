import { enteredByYou } from '../corrections/facts';
import { currencyExponent, formatMoney, type Money, moneyFromMajor, toMajor } from '../model/money';
import type { LineItem, OrderFacts } from '../model/order';
import type { ExchangeRate } from '../settings/schema';
import type { DisputeAnswers, DisputeProblem } from './answers';
import type { EnteredFacts } from './corrections';
import type { Paid } from './paid';
import { RULES } from './rules';
import type { AmountLine, DraftAmount } from './types';
import { count, day } from './words';

/**
 * The amount to ask for: the value of what went wrong, capped by what was
 * paid through the platform and by everything the protection allows (the
 * order's covered amount, its coverage type, the supplier's limit). Each cap
 * is a line with its basis and source; amounts in another currency are
 * converted only through a rate the buyer set, else left out and said so.
 */
export interface AmountInput {
  order: OrderFacts;
  answers: DisputeAnswers;
  /** The problems some protection covers (refused ones are not paid for). */
  problems: readonly DisputeProblem[];
  paid: Paid;
  limit: { limit: Money; seenAt: string } | null;
  rates: readonly ExchangeRate[];
  /** The product line the broken spec lines are on (index into lineItems), when known. */
  lineIndex: number;
  /** Facts the buyer entered, with when: said beside the figures that use them. */
  entered?: EnteredFacts;
  timeZone: string;
}

const WHOLE_ORDER: readonly DisputeProblem[] = ['late-shipment', 'not-received'];
const PER_UNIT: readonly DisputeProblem[] = ['not-as-specified', 'damaged', 'below-inspection-standard'];

function times(unit: Money, units: number): Money {
  return { minor: unit.minor * units, currency: unit.currency };
}

/** `m` in `currency`, through the buyer's rate (either direction); null without one. */
export function inCurrency(
  m: Money,
  currency: string,
  rates: readonly ExchangeRate[],
): { amount: Money; rate: ExchangeRate | null } | null {
  if (m.currency === currency) return { amount: m, rate: null };
  const direct = rates.find((r) => r.from === m.currency && r.to === currency);
  if (direct) return { amount: moneyFromMajor(toMajor(m) * direct.rate, currency), rate: direct };
  const inverse = rates.find((r) => r.from === currency && r.to === m.currency);
  if (inverse) return { amount: moneyFromMajor(toMajor(m) / inverse.rate, currency), rate: inverse };
  return null;
}

function affectedValue(input: AmountInput): AmountLine {
  const { order, answers, problems } = input;
  if (problems.some((p) => WHOLE_ORDER.includes(p))) {
    const why = problems.includes('not-received') ? 'did not arrive' : 'is late';
    return {
      label: 'Value of the goods affected',
      amount: order.total,
      basis: `the whole order ${why}: the order total${input.entered?.orderTotal ? ` (${enteredByYou(input.entered.orderTotal)})` : ''}`,
      counted: true,
    };
  }
  const line: LineItem | undefined = order.lineItems[input.lineIndex] ?? order.lineItems[0];
  const ordered = line?.quantity ?? null;
  const unit = line?.unitPrice ?? null;
  let units = 0;
  const parts: string[] = [];
  if (problems.includes('short-quantity') && ordered !== null && answers.receivedQuantity !== null) {
    const missing = Math.max(0, ordered - answers.receivedQuantity);
    units += missing;
    parts.push(
      `${count(missing, 'unit')} missing (${count(answers.receivedQuantity, 'unit')} of ${ordered.toLocaleString('en-GB')} arrived)`,
    );
  }
  if (problems.some((p) => PER_UNIT.includes(p)) && ordered !== null) {
    const bad = Math.min(answers.affectedQuantity ?? ordered, ordered - units);
    units += bad;
    parts.push(
      answers.affectedQuantity === null
        ? `all ${count(ordered, 'unit')} (you did not say how many are affected)`
        : `${count(bad, 'unit')} affected`,
    );
  }
  if (!unit || ordered === null || parts.length === 0) {
    return {
      label: 'Value of the goods affected',
      amount: null,
      basis:
        problems.includes('short-quantity') && answers.receivedQuantity === null
          ? 'unknown: enter how many units arrived'
          : 'unknown: the order does not show the unit price and quantity of this product line',
      counted: true,
    };
  }
  return {
    label: 'Value of the goods affected',
    amount: times(unit, units),
    basis: `${parts.join(' + ')} × ${formatMoney(unit)} each`,
    counted: true,
  };
}

function converted(
  label: string,
  m: Money,
  currency: string | null,
  input: AmountInput,
  extra: Partial<AmountLine>,
): AmountLine {
  if (!currency || m.currency === currency) return { label, amount: m, basis: '', counted: true, ...extra };
  const c = inCurrency(m, currency, input.rates);
  if (!c) {
    return {
      label,
      amount: m,
      counted: false,
      ...extra,
      basis: `${extra.basis ?? ''}; in ${m.currency}, not ${currency}, and you have set no ${m.currency}→${currency} rate in TradeGuard’s options, so it is left out of the calculation`,
    };
  }
  const r = c.rate!;
  return {
    label,
    amount: c.amount,
    counted: true,
    ...extra,
    basis: `${extra.basis ?? ''}; ${formatMoney(m)} at your rate 1 ${r.from} = ${r.rate} ${r.to}, taken ${r.date}`,
  };
}

function alibabaCaps(input: AmountInput, currency: string | null): AmountLine[] {
  const { order } = input;
  const caps: AmountLine[] = [];
  if (order.coveredAmount) {
    caps.push(
      converted('Covered amount', order.coveredAmount, currency, input, {
        basis: `as the order states${order.coverage ? ` (${order.coverage === 'pre-shipment' ? 'Pre-shipment' : 'Post-delivery'} coverage)` : ''}`,
        source: RULES.coveredAmount.source,
      }),
    );
  } else if (order.coverage === 'pre-shipment' && order.initialPayment) {
    caps.push({
      label: 'Pre-shipment coverage: the initial payment',
      amount: order.initialPayment,
      basis: 'the order shows no covered amount; pre-shipment coverage protects the initial payment only',
      source: RULES.coverageType.source,
      counted: true,
    });
  }
  if (input.limit) {
    caps.push(
      converted('Supplier’s Trade Assurance limit', input.limit.limit, currency, input, {
        basis: input.entered?.taLimit
          ? `${enteredByYou(input.entered.taLimit)}`
          : `last seen ${day(input.limit.seenAt, input.timeZone)}`,
        source: RULES.limit.source,
      }),
    );
  }
  return caps;
}

export function draftAmount(input: AmountInput): DraftAmount {
  const { order, paid } = input;
  const currency = order.currency ?? order.total?.currency ?? null;
  const warnings: string[] = [];
  if (input.problems.length === 0) {
    return {
      requested: null,
      lines: [],
      conclusion: 'Nothing here can be claimed yet: choose what went wrong, or see “What does not apply”.',
      extra: null,
      warnings,
    };
  }
  const affected = affectedValue(input);
  const paidLine: AmountLine = {
    label: order.marketplace === 'alibaba' ? 'Paid through Alibaba.com' : 'Paid through AliExpress (escrow)',
    amount: paid.amount,
    basis: paid.basis,
    source: order.marketplace === 'alibaba' ? RULES.designatedAccount.source : RULES.aliexpressEscrow.source,
    counted: true,
  };
  const lines = [
    affected,
    paidLine,
    ...(order.marketplace === 'alibaba' ? alibabaCaps(input, currency) : []),
  ];
  if (order.marketplace === 'alibaba' && !order.coveredAmount && !order.coverage) {
    warnings.push(
      'The order shows neither its coverage type nor its covered amount: check the “order protection” section of the order page before you submit.',
    );
  }
  for (const l of lines) if (!l.counted) warnings.push(`${l.label}: ${l.basis}.`);
  const unknown = lines.filter((l) => l.counted && l.amount === null);
  if (unknown.length > 0 || !currency) {
    return {
      requested: null,
      lines,
      conclusion: `The amount cannot be worked out yet: ${unknown.map((l) => `${l.label.toLowerCase()} is ${l.basis}`).join('; ') || 'the order’s currency is unknown'}.`,
      extra: null,
      warnings,
    };
  }
  const counted = lines.filter((l) => l.counted).map((l) => l.amount!) as Money[];
  const requested = counted.reduce((min, m) => (m.minor < min.minor ? m : min));
  const smallest = { minor: requested.minor, currency };
  const conclusion =
    smallest.minor === 0
      ? `Nothing to ask for yet: ${paidLine.amount?.minor === 0 ? 'nothing has been paid through the platform' : 'the amounts above leave nothing'}.`
      : `Amount to ask for = the smallest of ${counted.map(formatMoney).join(', ')} = ${formatMoney(smallest)}.`;
  if (order.marketplace === 'aliexpress' && input.problems.some((p) => p !== 'not-received')) {
    warnings.push(
      'On AliExpress a refund for goods not as described is agreed with the seller: this is what to ask for, not what is guaranteed.',
    );
  }
  return { requested: smallest, lines, conclusion, extra: null, warnings };
}

/** "14580.00" in the currency's own number of decimals. */
export function amountForForm(m: Money): string {
  return toMajor(m).toFixed(currencyExponent(m.currency));
}
