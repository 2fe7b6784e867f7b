import type { MessageKey } from '../i18n/keys';
import { type Msg, msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import type { CorrectableFact, CorrectionValue } from '../model/correction';
import { isRealDay, PAYMENT_METHOD_KINDS, SHIPPING_METHODS } from '../model/correction-choices';
import type { Money } from '../model/money-math';
import { findCurrency } from '../money/currency';
import { findNumbers } from '../money/number';
import { parseMoney } from '../money/parse';

/**
 * What the buyer typed or chose → a value to store, or a message that says
 * what to fix. Nothing half-read is ever returned: an amount with a word we
 * do not know, two numbers, or 31 February is refused, not guessed.
 *
 * Builds no zod schema: the page card's form reads with it, and its bundle then
 * starts without zod (the background validates what it is sent; input.ts adds
 * the schema's check for the command line).
 */
export type InputCheck = { ok: true; value: CorrectionValue } | { ok: false; error: string; text: Msg };

type Problem = { error: string; text: Msg };
/** A problem in English (the background's answer, tests) and as a message for the buyer's language. */
const problem = (text: Msg): Problem => ({ error: english.render(text), text });
const fail = (text: Msg): InputCheck => ({ ok: false, ...problem(text) });
/** The example amount, written as the buyer's language writes money. */
const example = (minor: number) => ({ minor, currency: 'USD' });

const MONEY_FACTS = new Set<CorrectableFact>(['taLimit', 'orderTotal', 'paymentAmount']);
/** Ship-by dates a real order could carry. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

export function isMoneyFact(fact: CorrectableFact): boolean {
  return MONEY_FACTS.has(fact);
}

export function readCorrectionInput(
  fact: CorrectableFact,
  text: string,
  opts: { currency: string },
): InputCheck {
  const input = text.trim();
  if (isMoneyFact(fact)) return checked(fact, parseAmount(input, opts.currency));
  if (input === '') return fail(empty(fact));
  if (fact === 'paymentMethod')
    return oneOf(PAYMENT_METHOD_KINDS, input) ? checked(fact, { value: input }) : fail(empty(fact));
  if (fact === 'shippingMethod')
    return oneOf(SHIPPING_METHODS, input) ? checked(fact, { value: input }) : fail(empty(fact));
  return checked(fact, parseDay(input));
}

const EMPTY_AMOUNT: Partial<Record<CorrectableFact, [MessageKey, number]>> = {
  taLimit: ['corrections.error.emptyLimit', 42_000],
  orderTotal: ['corrections.error.emptyTotal', 48_600],
  paymentAmount: ['corrections.error.emptyPayment', 14_580],
};

function empty(fact: CorrectableFact): Msg {
  const amount = EMPTY_AMOUNT[fact];
  if (amount)
    return { key: amount[0], params: { example: example(amount[1] * 100), digits: String(amount[1]) } };
  if (fact === 'paymentMethod') return msg('corrections.error.choosePayment');
  if (fact === 'shippingMethod') return msg('corrections.error.chooseShipping');
  return msg('corrections.error.emptyShipBy');
}

const oneOf = (list: readonly string[], input: string) => list.includes(input);

/** Each fact's reader above yields that fact's value type (input.ts's schema check holds it). */
function checked(fact: CorrectableFact, parsed: { value: unknown } | Problem): InputCheck {
  if ('error' in parsed) return { ok: false, ...parsed };
  return { ok: true, value: { fact, value: parsed.value } as CorrectionValue };
}

function parseAmount(input: string, defaultCurrency: string): { value: Money } | Problem {
  if (input === '') return problem(msg('corrections.error.emptyAmount', { example: example(4_200_000) }));
  if (input.length > 60) return problem(msg('corrections.error.tooLong', { example: example(4_200_000) }));
  const numbers = findNumbers(input);
  if (numbers.length === 0) return problem(msg('corrections.error.noAmount', { input }));
  if (numbers.length > 1)
    return problem(msg('corrections.error.oneAmount', { input, count: numbers.length }));
  const hit = findCurrency(input);
  let rest = input;
  for (const part of [numbers[0]!, ...(hit ? [hit] : [])].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, part.start) + rest.slice(part.end);
  if (/-|−/.test(rest)) return problem(msg('corrections.error.aboveZero'));
  const leftover = rest.replace(/[\s.,]/g, '');
  if (leftover)
    // The dollar sign cannot sit in a message file (the browser reads "$" as a placeholder): it is a parameter.
    return problem(msg('corrections.error.unknownCurrency', { word: leftover, dollar: 'US$' }));
  const money = parseMoney(input, hit?.currency ?? defaultCurrency);
  if (!money) return problem(msg('corrections.error.notReadable', { input }));
  if (money.minor <= 0) return problem(msg('corrections.error.aboveZero'));
  if (money.minor > 1e13) return problem(msg('corrections.error.tooLarge', { amount: money }));
  return { value: money };
}

function parseDay(input: string): { value: string } | Problem {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input)) return problem(msg('corrections.error.notDate', { input }));
  const year = Number(input.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR)
    return problem(msg('corrections.error.year', { min: String(FIRST_YEAR), max: String(LAST_YEAR) }));
  if (!isRealDay(input)) return problem(msg('corrections.error.notRealDate', { input }));
  return { value: input };
}
