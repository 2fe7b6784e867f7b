import type { RuleSource } from '../model/finding';
import { type Money, moneyFromMajor } from '../model/money';
import { PAYMENT_METHOD_LABEL, type PaymentMethodKind } from '../model/payment';
import { SOURCES } from '../sources';

/**
 * Payment methods on Trade Assurance orders and their per-transaction limits.
 * The seeds disagree (000 vs 001); both are kept as data, and the stricter
 * reading is used for warnings.
 */
export type { PaymentMethodKind };

interface MethodInfo {
  label: string;
  /** Per-transaction limit in USD, or null for none. US-bank variant for Online Bank Payment. */
  limitUsd: number | null;
  limitUsdForUsAccounts?: number;
  source: RuleSource;
  note: string;
}

export const PAYMENT_METHODS: Record<PaymentMethodKind, MethodInfo> = {
  card: {
    label: PAYMENT_METHOD_LABEL.card,
    limitUsd: 12_000,
    source: SOURCES.taGuide,
    note: 'fee 2.95%; most suppliers take cards only below ~US$500',
  },
  paypal: {
    label: PAYMENT_METHOD_LABEL.paypal,
    limitUsd: 12_000,
    source: SOURCES.taRefund,
    note: 'the domhaines.com TA refund article says eligible up to US$12,000; the Jing Sourcing TA guide says not covered',
  },
  'western-union': {
    label: PAYMENT_METHOD_LABEL['western-union'],
    limitUsd: 2_500,
    source: SOURCES.taGuide,
    note: 'USD only; US buyers only',
  },
  tt: {
    label: PAYMENT_METHOD_LABEL.tt,
    limitUsd: null,
    source: SOURCES.taGuide,
    note: "no limit; must go to the order's Citibank account",
  },
  'online-bank-payment': {
    label: PAYMENT_METHOD_LABEL['online-bank-payment'],
    limitUsd: 10_000,
    limitUsdForUsAccounts: 50_000,
    source: SOURCES.taGuide,
    note: 'US$50,000 for US bank accounts, US$10,000 for others; USD/EUR',
  },
  'pay-later': {
    label: PAYMENT_METHOD_LABEL['pay-later'],
    limitUsd: 150_000,
    source: SOURCES.taGuide,
    note: 'credit up to US$150,000 for up to 6 months',
  },
};

/** Method names as pages write them, in the languages TradeGuard reads. Order matters: specific first. */
const PATTERNS: [PaymentMethodKind, RegExp][] = [
  ['paypal', /pay\s*pal/i],
  ['western-union', /western\s*union|\bwu\b/i],
  [
    'online-bank-payment',
    /online\s*bank|e-?checking|ach\b|paiement bancaire en ligne|pago bancario en l[ií]nea|online-?bank/i,
  ],
  ['pay-later', /pay\s*later|paiement diff[ée]r[ée]|pago aplazado|sp[äa]ter bezahlen/i],
  [
    'tt',
    /\bt\s*\/\s*t\b|\btt\b|telegraphic|wire transfer|bank transfer|virement|transferencia|[üu]berweisung|transfer[êe]ncia|电汇/i,
  ],
  ['card', /card|visa|master\s*card|amex|american express|carte|tarjeta|karte|cart[ãa]o|信用卡/i],
];

export function classifyPaymentMethod(text: string | null | undefined): PaymentMethodKind | null {
  if (!text) return null;
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return kind;
  return null;
}

export function methodLimit(kind: PaymentMethodKind, bankAccountCountry: 'US' | 'other'): Money | null {
  const info = PAYMENT_METHODS[kind];
  const usd =
    bankAccountCountry === 'US' && info.limitUsdForUsAccounts ? info.limitUsdForUsAccounts : info.limitUsd;
  return usd === null ? null : moneyFromMajor(usd, 'USD');
}
