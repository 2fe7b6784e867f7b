import type { MessageKey } from '../i18n/keys';
import { type Msg, msg } from '../i18n/msg';
import { currencyExponent, type Money, toMajor } from '../model/money';
import type { LineItem, OrderFacts } from '../model/order';
import type { ExchangeRate } from '../settings/schema';
import { converted, idOf, inOrderCurrency, line, lowerMsg } from './amount-lines';
import type { DisputeAnswers, DisputeProblem } from './answers';
import type { EnteredFacts } from './corrections';
import type { Paid } from './paid';
import { RULES } from './rules';
import type { AmountLine, DraftAmount } from './types';
import { countP, dayP, en, enteredP } from './words';

export { inCurrency } from './amount-lines';

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

function affectedValue(input: AmountInput): AmountLine {
  const { order, answers, problems } = input;
  if (problems.some((p) => WHOLE_ORDER.includes(p))) {
    const entered = input.entered?.orderTotal;
    const late = problems.includes('not-received') ? 'notArrived' : 'late';
    return line(
      'affected',
      order.total,
      entered
        ? {
            key: `disputeText.amount.wholeOrderEntered.${late}` as MessageKey,
            params: { entered: enteredP(entered) },
          }
        : msg(`disputeText.amount.wholeOrder.${late}` as MessageKey),
    );
  }
  const item: LineItem | undefined = order.lineItems[input.lineIndex] ?? order.lineItems[0];
  const ordered = item?.quantity ?? null;
  const unit = item?.unitPrice ?? null;
  let units = 0;
  const parts: Msg[] = [];
  if (problems.includes('short-quantity') && ordered !== null && answers.receivedQuantity !== null) {
    const missing = Math.max(0, ordered - answers.receivedQuantity);
    units += missing;
    parts.push(
      msg('disputeText.amount.missing', {
        missing: countP(missing, 'unit'),
        received: countP(answers.receivedQuantity, 'unit'),
        ordered,
      }),
    );
  }
  if (problems.some((p) => PER_UNIT.includes(p)) && ordered !== null) {
    const bad = Math.min(answers.affectedQuantity ?? ordered, ordered - units);
    units += bad;
    parts.push(
      answers.affectedQuantity === null
        ? msg('disputeText.amount.allUnits', { units: countP(ordered, 'unit') })
        : msg('disputeText.amount.affectedUnits', { units: countP(bad, 'unit') }),
    );
  }
  if (!unit || ordered === null || parts.length === 0) {
    return line(
      'affected',
      null,
      problems.includes('short-quantity') && answers.receivedQuantity === null
        ? msg('disputeText.amount.unknownArrived')
        : msg('disputeText.amount.unknownPrice'),
    );
  }
  return line(
    'affected',
    times(unit, units),
    msg('disputeText.amount.unitsTimesPrice', { parts: { list: parts, sep: ' + ' }, unit }),
  );
}

function alibabaCaps(input: AmountInput, currency: string | null): AmountLine[] {
  const { order } = input;
  const caps: AmountLine[] = [];
  if (order.coveredAmount) {
    caps.push(
      converted('covered', order.coveredAmount, currency, input, {
        basisMsg: order.coverage
          ? msg(
              order.coverage === 'pre-shipment'
                ? 'disputeText.amount.asStatedPreShipment'
                : 'disputeText.amount.asStatedPostDelivery',
            )
          : msg('disputeText.amount.asStated'),
        source: RULES.coveredAmount.source,
      }),
    );
  } else if (order.coverage === 'pre-shipment' && order.initialPayment) {
    caps.push(
      converted('preShipment', order.initialPayment, currency, input, {
        basisMsg: msg('disputeText.amount.preShipmentOnly'),
        source: RULES.coverageType.source,
      }),
    );
  }
  if (input.limit) {
    caps.push(
      converted('limit', input.limit.limit, currency, input, {
        basisMsg: input.entered?.taLimit
          ? enteredP(input.entered.taLimit)
          : msg('disputeText.amount.lastSeen', { day: dayP(input.limit.seenAt, input.timeZone) }),
        source: RULES.limit.source,
      }),
    );
  }
  return caps;
}

/** The conclusion and warnings in English, with the messages they are rendered from. */
function said(
  conclusionMsg: Msg,
  warningMsgs: Msg[],
): Pick<DraftAmount, 'conclusion' | 'conclusionMsg' | 'warnings' | 'warningMsgs'> {
  return { conclusion: en(conclusionMsg), conclusionMsg, warnings: warningMsgs.map(en), warningMsgs };
}

export function draftAmount(input: AmountInput): DraftAmount {
  const { order, paid } = input;
  const currency = order.currency ?? order.total?.currency ?? null;
  const warnings: Msg[] = [];
  if (input.problems.length === 0) {
    return {
      requested: null,
      lines: [],
      extra: null,
      ...said(msg('disputeText.amount.nothingClaimable'), warnings),
    };
  }
  // Every line in the order's currency before any comparison: a price in yen is never compared with euros.
  const affected = inOrderCurrency(affectedValue(input), currency, input);
  const paidLine = inOrderCurrency(
    line(order.marketplace === 'alibaba' ? 'paidAlibaba' : 'paidAliexpress', paid.amount, paid.basisMsg, {
      source:
        order.marketplace === 'alibaba' ? RULES.designatedAccount.source : RULES.aliexpressEscrow.source,
    }),
    currency,
    input,
  );
  const lines = [
    affected,
    paidLine,
    ...(order.marketplace === 'alibaba' ? alibabaCaps(input, currency) : []),
  ];
  if (order.marketplace === 'alibaba' && !order.coveredAmount && !order.coverage) {
    warnings.push(msg('disputeText.amount.noCoverageShown'));
  }
  for (const l of lines)
    if (!l.counted)
      warnings.push(msg('disputeText.amount.lineWarning', { label: l.labelMsg!, basis: l.basisMsg! }));
  const unknown = lines.filter((l) => l.counted && l.amount === null);
  // Without the value affected, what was paid or the covered amount, a smallest-of could ask for
  // more than the goods are worth or than the coverage allows: no figure rather than a wrong one.
  const unconverted = lines.filter((l) => !l.counted && l.amount && needed(l, affected, paidLine));
  if (unknown.length > 0 || unconverted.length > 0 || !currency) {
    const reasons = [
      ...unknown.map((l) =>
        msg('disputeText.amount.reasonUnknown', {
          label: lowerMsg(idOf(l)),
          basis: l.basisMsg!,
        }),
      ),
      ...unconverted.map((l) =>
        msg('disputeText.amount.reasonNoRate', {
          label: lowerMsg(idOf(l)),
          from: l.amount!.currency,
          amount: l.amount!,
          to: currency ?? '',
        }),
      ),
    ];
    return {
      requested: null,
      lines,
      extra: null,
      ...said(
        msg('disputeText.amount.cannotWorkOut', {
          reasons: reasons.length ? { list: reasons, sep: '; ' } : msg('disputeText.amount.currencyUnknown'),
        }),
        warnings,
      ),
    };
  }
  const counted = lines
    .filter((l) => l.counted && l.amount?.currency === currency)
    .map((l) => l.amount!) as Money[];
  const smallest = counted.reduce((min, m) => (m.minor < min.minor ? m : min));
  const conclusion =
    smallest.minor === 0
      ? paidLine.amount?.minor === 0
        ? msg('disputeText.amount.nothingPaid')
        : msg('disputeText.amount.nothingLeft')
      : msg('disputeText.amount.smallestOf', { amounts: { list: counted, sep: ', ' }, smallest });
  if (order.marketplace === 'aliexpress' && input.problems.some((p) => p !== 'not-received')) {
    warnings.push(msg('disputeText.amount.aliexpressNegotiated'));
  }
  return { requested: smallest, lines, extra: null, ...said(conclusion, warnings) };
}

/** Lines the amount cannot do without (the supplier's limit alone may be left out, said so). */
function needed(l: AmountLine, affected: AmountLine, paid: AmountLine): boolean {
  const id = idOf(l);
  return l === affected || l === paid || id === 'covered' || id === 'preShipment';
}

/** "14580.00" in the currency's own number of decimals. */
export function amountForForm(m: Money): string {
  return toMajor(m).toFixed(currencyExponent(m.currency));
}
