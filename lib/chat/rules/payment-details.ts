import { type Msg, msg } from '../../i18n/msg';
import { cite } from '../../sources';
import { isDisownedNumber } from '../disowned-numbers';
import { isDisownedAddress } from '../disowned-sender';
import {
  accountNumbers,
  type Extracted,
  emails,
  ibans,
  numberRuns,
  paymentAppIds,
  swifts,
  wallets,
} from '../extract';
import type { ChatRule } from '../rule';
import { PAY_ON_PLATFORM_FIX, uniq } from '../rule';
import { clauseRange, once, type TextContext } from '../text-context';
import type { ChatDetails, ChatScanContext, DesignatedAccount } from '../types';

/**
 * An e-mail next to a payment word is a payment address (PayPal, Alipay…), not a contact. Wise only as the means
 * ("via Wise", "Wise transfer"): "quality-wise" and "price wise" are English words.
 */
export const PAYMENT_CUE =
  /pay|remit|\b(?:via|by|per|con|with|through|tramite|uber|par|por|su|on|using)\s+wise\b|\bwise\s+(?:transfer|account|e-?mail|payment)|skrill|zelle|revolut|venmo|收款|支付|付款|账号|帳號|\bpago|pagamento|paiement|(?<![\p{L}])оплат|перевод/u;

/**
 * "write to my new email …", "contact us at …": an address given to talk, whatever the clause says next. A
 * "mailbox" is where money goes as often ("for PayPal send to our finance mailbox …"), and so is the address labelled
 * after a wallet, in brackets too ("via Wise (email: …)").
 */
const CONTACT_CUE =
  /(?:\b(?:write|contact|reach|talk|reply|message|chat|mail(?!box))\w*\s+(?:\w+\s+){0,2}?(?:to|at|on|via)?\s*(?:my|our|the)?\s*(?:new\s+)?(?:e-?mail|address)?|\be-?mail\s+(?:me|us)(?:\s+at)?|\bmy\s+(?:new\s+)?e-?mail(?:\s+is)?|\b(?:by|via|per|through|over)\s+e-?mail|(?<!(?:pay\s?pal|alipay|payoneer|skrill|wise|zelle|payment|receiving|pay)\s?[([]?\s?)\be-?mail(?:\s+address)?\s*[:：])\W{0,3}$/;

export function paymentEmails(tc: TextContext): Extracted[] {
  return once(tc, 'paymentEmails', () =>
    emailsIn(tc).filter((e) => {
      if (CONTACT_CUE.test(tc.norm.text.slice(Math.max(0, e.start - 40), e.start))) return false;
      const [a, b] = clauseRange(tc, e.start, e.end);
      const around = tc.norm.text.slice(Math.max(0, a - 60), b);
      return PAYMENT_CUE.test(around.replace(e.value, ''));
    }),
  );
}

/** The addresses in the message, less those it disowns ("an e-mail from '…' is not from us"). */
export const emailsIn = (tc: TextContext) =>
  once(tc, 'emails', () => emails(tc.norm).filter((e) => !isDisownedAddress(tc, e.start, e.end)));
/** Bank and card account numbers, and numbers given as a payment app's account (Alipay, QIWI, Pix…). */
export const accountsIn = (tc: TextContext) =>
  once(tc, 'accounts', () => {
    const runs = numbersIn(tc);
    const found = accountNumbers(tc.norm, runs);
    const starts = new Set(found.map((a) => a.start));
    for (const p of paymentAppIds(tc.norm, runs)) if (!starts.has(p.start)) found.push(p);
    return found.sort((a, b) => a.start - b.start);
  });
export const numbersIn = (tc: TextContext) => once(tc, 'numbers', () => numberRuns(tc.norm));

const compact = (s: string | undefined) => (s ? s.replace(/[^0-9a-z]/gi, '').toUpperCase() : '');

/** same: every comparable detail matches; different: one does not (or it is a wallet/e-mail, never designated). */
function compare(
  found: Omit<ChatDetails, 'designated'>,
  d: DesignatedAccount | undefined,
): ChatDetails['designated'] {
  if (!d || !(d.accountNumber || d.iban || d.swift)) return 'not-given';
  let same = 0;
  let different = 0;
  const check = (values: string[] | undefined, designated: string, len?: number) => {
    if (!designated) return;
    for (const v of values ?? []) {
      const a = len ? compact(v).slice(0, len) : compact(v);
      if (a === (len ? designated.slice(0, len) : designated)) same++;
      else different++;
    }
  };
  check(found.accounts, compact(d.accountNumber));
  check(found.ibans, compact(d.iban));
  check(found.swifts, compact(d.swift), 8); // CITIHKHX and CITIHKHXXXX are the same bank office
  different += (found.wallets?.length ?? 0) + (found.emails?.length ?? 0);
  if (different > 0) return 'different';
  return same > 0 ? 'same' : 'unknown';
}

/** Everything payment-like in the message, normalised, with the first place it was seen. */
export function paymentDetailsIn(tc: TextContext, ctx: ChatScanContext) {
  return once(tc, 'paymentDetails', () => findPaymentDetails(tc, ctx));
}

function findPaymentDetails(tc: TextContext, ctx: ChatScanContext) {
  const n = tc.norm;
  // "Serial numbers DE44 …, not bank details": numbers named as something else and disowned as an account.
  const kept = (h: Extracted) => !isDisownedNumber(tc, h.start, h.end);
  const allIbans = /\d/.test(n.text) ? ibans(n) : [];
  const ibanStarts = new Set(allIbans.map((i) => i.start));
  const ibanHits = allIbans.filter(kept);
  const accountHits = accountsIn(tc).filter((a) => !ibanStarts.has(a.start) && kept(a));
  // Two plain words: includes() answers without starting the regex engine, on every message.
  const swiftHits = (n.text.includes('swift') || n.text.includes('bic') ? swifts(n) : []).filter(kept);
  const walletHits = wallets(n);
  const emailHits = paymentEmails(tc);
  const all = [...ibanHits, ...swiftHits, ...accountHits, ...walletHits, ...emailHits];
  if (all.length === 0) return null;
  const found = {
    accounts: uniq(accountHits.map((a) => a.value)),
    ibans: uniq(ibanHits.map((i) => i.value)),
    swifts: uniq(swiftHits.map((s) => s.value)),
    wallets: uniq(walletHits.map((w) => w.value)),
    emails: uniq(emailHits.map((e) => e.value)),
  };
  const details: ChatDetails = Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0));
  details.designated = compare(found, ctx.designatedAccount);
  const first = all.reduce((a, b) => (b.start < a.start ? b : a));
  return { details, first };
}

const MESSAGES: Record<NonNullable<ChatDetails['designated']>, Msg> = {
  different: msg('chat.paymentDetails.different'),
  same: msg('chat.paymentDetails.same'),
  unknown: msg('chat.paymentDetails.unknown'),
  'not-given': msg('chat.paymentDetails.notGiven'),
};

/** Account numbers, IBANs (mod-97 checked), SWIFT/BIC, crypto wallets and payment e-mails written in chat. */
export const paymentDetails: ChatRule = {
  id: 'payment-details',
  severity: 'warning',
  source: cite('taService', 'only payments to the account Alibaba.com designates for the order are covered'),
  fix: PAY_ON_PLATFORM_FIX,
  detect({ tc, ctx }) {
    const got = paymentDetailsIn(tc, ctx);
    if (!got) return null;
    const status = got.details.designated ?? 'not-given';
    return {
      start: got.first.start,
      end: got.first.end,
      message: MESSAGES[status],
      severity: status === 'different' ? 'critical' : 'warning',
      details: got.details,
    };
  },
};
