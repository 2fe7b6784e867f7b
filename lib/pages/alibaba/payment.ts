import { EMPTY_BENEFICIARY } from '../../model/empty';
import type { Beneficiary, PaymentFacts } from '../../model/payment';
import { parseMoney } from '../../money/parse';
import { findEmbeddedValues, scriptTexts } from '../embedded-json';
import { PAYMENT_LABELS } from '../labels/payment';
import { orderIdFromUrl } from './order-attributes';
import { isRecord, type Json, money, text, walk } from './order-json';
import { first, lazyLabelIndex, readLabelledValues } from './order-text';

/**
 * The Alibaba cashier (cashier.alibaba.com): how much, by which method, and
 * to whom. The beneficiary is what the off-platform-payment rules check
 * against Alibaba's designated account, so it is read from embedded JSON by
 * key *names* (no cashier capture exists to pin exact paths), then from the
 * labelled transfer details. Null when the page names neither amount nor beneficiary.
 */
const INDEX = lazyLabelIndex(PAYMENT_LABELS);
/** Wide containers first, so amount and method are found beside the beneficiary block. */
const JSON_ANCHORS = [
  'data',
  'result',
  'model',
  'module',
  'transferInfo',
  'remittanceInfo',
  'bankInfo',
  'beneficiary',
  'payeeInfo',
  'ttInfo',
];

/** Key-name patterns for beneficiary fields in any cashier JSON. */
const KEY_PATTERNS: [keyof Beneficiary, RegExp][] = [
  ['swift', /^(swift|swiftcode|bic|swiftbic|biccode)$/i],
  ['iban', /^iban$/i],
  [
    'accountNumber',
    /^(account(no|number|num)?|bankaccount(no|number)?|beneficiaryaccount(no|number)?|cardno)$/i,
  ],
  ['bank', /^(bank|bankname|beneficiarybank(name)?|receivingbank)$/i],
  ['address', /^(bankaddress|beneficiarybankaddress|bankaddr)$/i],
  ['name', /^(beneficiary(name)?|accountname|accountholder|payeename|holdername)$/i],
];

export function extractAlibabaPayment(
  doc: Document,
  url: string,
  /** The page's inline script texts, when the caller has read them already. */
  scripts: readonly string[] = scriptTexts(doc),
): PaymentFacts | null {
  try {
    const fromJson = paymentFromJson(scripts);
    const v = readLabelledValues(doc.body ?? doc, INDEX());
    const beneficiary: Beneficiary = { ...EMPTY_BENEFICIARY };
    for (const key of Object.keys(EMPTY_BENEFICIARY) as (keyof Beneficiary)[]) {
      beneficiary[key] = fromJson?.beneficiary[key] ?? first(v, key);
    }
    if (beneficiary.swift) beneficiary.swift = beneficiary.swift.replace(/\s+/g, '').toUpperCase();
    let amount = fromJson?.amount ?? null;
    for (const text of v.get('amount') ?? []) amount ??= parseMoney(text);
    const facts: PaymentFacts = {
      orderId:
        fromJson?.orderId ?? orderIdFromUrl(url) ?? /\d{8,}/.exec(first(v, 'orderId') ?? '')?.[0] ?? null,
      amount,
      method: fromJson?.method ?? first(v, 'method'),
      beneficiary,
    };
    const known = facts.amount || Object.values(beneficiary).some((x) => x !== null);
    // Checked against PaymentFactsSchema where every snapshot is (validateSnapshot): not on the page's thread.
    return known ? facts : null;
  } catch {
    return null;
  }
}

function paymentFromJson(scripts: readonly string[]): PaymentFacts | null {
  let found: PaymentFacts | null = null;
  for (const anchor of JSON_ANCHORS) {
    for (const value of findEmbeddedValues(scripts, anchor, 5)) {
      walk(value, (obj) => {
        if (found || !Object.keys(obj).some((k) => /^(swift|swiftcode|bic|iban)$/i.test(k))) return;
        found = { orderId: null, amount: null, method: null, beneficiary: beneficiaryOf(obj) };
      });
      if (found) {
        const root = isRecord(value) ? value : {};
        (found as PaymentFacts).amount = amountIn(root);
        (found as PaymentFacts).method = textIn(root, /^(paymentMethod|payMethod|methodName|channelName)$/i);
        (found as PaymentFacts).orderId =
          textIn(root, /^(orderId|orderIds|tradeOrderId)$/i)?.split(',')[0] ?? null;
        return found;
      }
    }
  }
  return found;
}

function beneficiaryOf(obj: Json): Beneficiary {
  const b: Beneficiary = { ...EMPTY_BENEFICIARY };
  for (const [key, value] of Object.entries(obj)) {
    const field = KEY_PATTERNS.find(([, re]) => re.test(key))?.[0];
    if (field && b[field] === null) b[field] = text(value);
  }
  return b;
}

function textIn(root: Json, key: RegExp): string | null {
  let out: string | null = null;
  walk(root, (obj) => {
    for (const [k, v] of Object.entries(obj)) if (!out && key.test(k)) out = text(v);
  });
  return out;
}

function amountIn(root: Json) {
  let out: ReturnType<typeof money> = null;
  walk(root, (obj) => {
    if (out) return;
    const currency = text(obj.currency ?? obj.currencyCode);
    for (const k of ['payAmount', 'amountToPay', 'transferAmount', 'paymentAmount', 'amount']) {
      if (!out && k in obj) out = money(obj[k], currency);
    }
  });
  return out;
}
