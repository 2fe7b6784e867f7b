import type { MessageKey } from '../i18n/keys';
import { type Msg, msg } from '../i18n/msg';
import { type Money, moneyFromMajor, toMajor } from '../model/money';
import type { ExchangeRate } from '../settings/schema';
import type { AmountLine } from './types';
import { en } from './words';

/**
 * The lines of the amount's arithmetic: each a label and a basis, both catalog messages (their English is
 * the line's text), and figures in another currency brought into the order's through the buyer's own rate.
 */

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

export type LabelId = 'affected' | 'paidAlibaba' | 'paidAliexpress' | 'covered' | 'preShipment' | 'limit';

/** A line's label as a message, and lower-cased inside a sentence ("… value of the goods affected is …"). */
const labelMsg = (id: LabelId): Msg => msg(`${LABEL_KEY}${id}` as MessageKey);
export const lowerMsg = (id: LabelId): Msg => msg(`disputeText.amount.lower.${id}` as MessageKey);

const LABEL_KEY = 'disputeText.amount.label.';
/** Which line this is, read from its label's message. */
export const idOf = (l: AmountLine): LabelId => l.labelMsg!.key.slice(LABEL_KEY.length) as LabelId;

export function line(
  id: LabelId,
  amount: Money | null,
  basisMsg: Msg | null,
  extra: { counted?: boolean; source?: AmountLine['source'] } = {},
): AmountLine {
  return {
    label: en(labelMsg(id)),
    amount,
    basis: basisMsg ? en(basisMsg) : '',
    ...(extra.source && { source: extra.source }),
    counted: extra.counted ?? true,
    labelMsg: labelMsg(id),
    ...(basisMsg && { basisMsg }),
  };
}

export function converted(
  id: LabelId,
  m: Money,
  currency: string | null,
  input: { rates: readonly ExchangeRate[] },
  extra: { basisMsg?: Msg; source?: AmountLine['source'] },
): AmountLine {
  const basis = extra.basisMsg ?? null;
  if (!currency || m.currency === currency) return line(id, m, basis, { source: extra.source });
  const c = inCurrency(m, currency, input.rates);
  if (!c) {
    return line(
      id,
      m,
      msg('disputeText.amount.noRate', { basis: basis ?? '', from: m.currency, to: currency }),
      { counted: false, source: extra.source },
    );
  }
  const r = c.rate!;
  return line(
    id,
    c.amount,
    msg('disputeText.amount.atRate', {
      basis: basis ?? '',
      amount: m,
      from: r.from,
      rate: String(r.rate),
      to: r.to,
      date: r.date,
    }),
    { source: extra.source },
  );
}

/** A line stated in another currency, brought into the order's currency (or left out, said so). */
export function inOrderCurrency(
  l: AmountLine,
  currency: string | null,
  input: { rates: readonly ExchangeRate[] },
): AmountLine {
  if (!l.amount || !currency || l.amount.currency === currency) return l;
  return converted(idOf(l), l.amount, currency, input, {
    ...(l.basisMsg && { basisMsg: l.basisMsg }),
    ...(l.source && { source: l.source }),
  });
}
