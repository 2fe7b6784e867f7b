import { designatesAccount } from '../pages/page-origin';
import { SOURCES } from '../sources';
import { accountDifferences, comparableFields } from './account-compare';
import { findingOf } from './make-finding';
import type { Rule } from './types';

/**
 * "Only payments sent to the bank account designated by Alibaba.com will be
 * protected by Trade Assurance" (the Alibaba.com TA service page). TradeGuard remembers the account
 * the Alibaba payment page showed for the order and compares every later one.
 */
export const paymentNotDesignatedAccount: Rule = {
  id: 'payment-not-designated-account',
  severity: 'critical',
  title: 'Payment details differ from the account Alibaba designated for this order',
  appliesTo: ['alibaba:payment', 'alibaba:order'],
  checklist: 'designated-account',
  source: SOURCES.taService,
  fix: "Do not pay to these details. Pay only to the account shown on the Alibaba payment page for this order (Alibaba's Citibank account); if the supplier sent new details, report it to Alibaba and keep the chat as evidence.",
  check(ctx) {
    const shown = ctx.snapshot.payment?.beneficiary;
    if (!ctx.designatedAccount || !shown || !hasAccount(shown)) return [];
    if (comparableFields(ctx.designatedAccount, shown) === 0) {
      // Different fields on each side (an IBAN here, an account number there) prove nothing: never a silent pass.
      return [
        findingOf(this, {
          severity: 'warning',
          message:
            'The payment details on this page cannot be compared with the account Alibaba designated for this order: they name different fields (account number, IBAN or SWIFT).',
          quote: [shown.bank, shown.name, shown.accountNumber, shown.iban, shown.swift]
            .filter(Boolean)
            .join(' · '),
          fix: 'Check by hand that the beneficiary, bank and account are exactly those on the Alibaba payment page for this order before paying.',
        }),
      ];
    }
    const diffs = accountDifferences(ctx.designatedAccount, shown);
    if (diffs.length === 0) return [];
    const list = diffs.map((d) => `${d.field} ${d.shown} (designated: ${d.designated})`).join('; ');
    if (designatesAccount(ctx.snapshot)) {
      // Alibaba's own checkout for this order, showing another account than it did before.
      const since = ctx.designatedAccountSeenAt ? ` on ${ctx.designatedAccountSeenAt.slice(0, 10)}` : '';
      return [
        findingOf(this, {
          message: `Alibaba's payment page for order ${ctx.snapshot.payment?.orderId} now shows a different account from the one it showed${since}: ${list}. An order's designated account does not change; a changed one means the page or your browser was tampered with, or the order was altered. TradeGuard keeps comparing with the first account.`,
          quote: [shown.bank, shown.name, shown.accountNumber, shown.swift].filter(Boolean).join(' · '),
          fix: 'Pay nothing yet. Ask Alibaba (Help Center or your account manager, never the supplier) which account is designated for this order, check the page on another device, and keep a screenshot of both accounts.',
        }),
      ];
    }
    return [
      findingOf(this, {
        message: `The payment details on this page differ from the account Alibaba designated for this order: ${list}. Money sent elsewhere is not protected by Trade Assurance.`,
        quote: [shown.bank, shown.name, shown.accountNumber, shown.swift].filter(Boolean).join(' · '),
      }),
    ];
  },
};

function hasAccount(b: { accountNumber: string | null; iban: string | null; swift: string | null }): boolean {
  return Boolean(b.accountNumber || b.iban || b.swift);
}
