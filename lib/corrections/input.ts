import {
  type CorrectableFact,
  type CorrectionValue,
  CorrectionValueSchema,
  IsoDaySchema,
} from '../model/correction';
import { formatMoney, type Money } from '../model/money';
import { PaymentMethodKindSchema } from '../model/payment';
import { ShippingMethodSchema } from '../model/timeline';
import { findCurrency } from '../money/currency';
import { findNumbers } from '../money/number';
import { parseMoney } from '../money/parse';

/**
 * What the buyer typed or chose → a value to store, or a message that says
 * what to fix. Nothing half-read is ever returned: an amount with a word we
 * do not know, two numbers, or 31 February is refused, not guessed.
 */
export type InputCheck = { ok: true; value: CorrectionValue } | { ok: false; error: string };

const MONEY_FACTS = new Set<CorrectableFact>(['taLimit', 'orderTotal', 'paymentAmount']);
/** Ship-by dates a real order could carry. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

export function isMoneyFact(fact: CorrectableFact): boolean {
  return MONEY_FACTS.has(fact);
}

export function parseCorrectionInput(
  fact: CorrectableFact,
  text: string,
  opts: { currency: string },
): InputCheck {
  const input = text.trim();
  if (isMoneyFact(fact)) return checked(fact, parseAmount(input, opts.currency));
  if (input === '') return { ok: false, error: EMPTY[fact] };
  if (fact === 'paymentMethod') {
    const kind = PaymentMethodKindSchema.safeParse(input);
    return kind.success ? checked(fact, { value: kind.data }) : { ok: false, error: EMPTY[fact] };
  }
  if (fact === 'shippingMethod') {
    const method = ShippingMethodSchema.safeParse(input);
    return method.success ? checked(fact, { value: method.data }) : { ok: false, error: EMPTY[fact] };
  }
  return checked(fact, parseDay(input));
}

const EMPTY: Record<CorrectableFact, string> = {
  taLimit: 'Enter the limit, e.g. US$42,000 or 42000 USD.',
  orderTotal: 'Enter the order total, e.g. US$48,600 or 48600 USD.',
  paymentAmount: 'Enter the amount you are paying, e.g. US$14,580 or 14580 USD.',
  paymentMethod: 'Choose the payment method from the list.',
  shippingMethod: 'Choose the shipping method from the list.',
  shipBy: 'Enter the agreed shipment date.',
};

function checked(fact: CorrectableFact, parsed: { value: unknown } | { error: string }): InputCheck {
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const result = CorrectionValueSchema.safeParse({ fact, value: parsed.value });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, error: `This could not be saved: ${result.error.issues[0]?.message ?? 'invalid value'}.` };
}

function parseAmount(input: string, defaultCurrency: string): { value: Money } | { error: string } {
  if (input === '') return { error: 'Enter an amount, e.g. US$42,000 or 42000 USD.' };
  if (input.length > 60) return { error: 'That is too long for an amount: write e.g. US$42,000.' };
  const numbers = findNumbers(input);
  if (numbers.length === 0) return { error: `"${input}" has no amount in it: write digits, e.g. 42000 USD.` };
  if (numbers.length > 1) return { error: `Write one amount only ("${input}" has ${numbers.length}).` };
  const hit = findCurrency(input);
  let rest = input;
  for (const part of [numbers[0]!, ...(hit ? [hit] : [])].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, part.start) + rest.slice(part.end);
  if (/-|−/.test(rest)) return { error: 'The amount must be above zero.' };
  const leftover = rest.replace(/[\s.,]/g, '');
  if (leftover)
    return {
      error: `TradeGuard does not know "${leftover}" as a currency: write a code such as USD, EUR or CNY, or a sign such as US$ or €.`,
    };
  const money = parseMoney(input, hit?.currency ?? defaultCurrency);
  if (!money) return { error: `"${input}" could not be read as an amount: write e.g. 42000 USD.` };
  if (money.minor <= 0) return { error: 'The amount must be above zero.' };
  if (money.minor > 1e13)
    return { error: `${formatMoney(money)} is too large to be right: check the digits.` };
  return { value: money };
}

function parseDay(input: string): { value: string } | { error: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input))
    return { error: `"${input}" is not a date: pick it with the calendar (YYYY-MM-DD).` };
  const year = Number(input.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR)
    return { error: `Enter a year between ${FIRST_YEAR} and ${LAST_YEAR}.` };
  if (!IsoDaySchema.safeParse(input).success)
    return { error: `"${input}" is not a real date: pick it with the calendar.` };
  return { value: input };
}
