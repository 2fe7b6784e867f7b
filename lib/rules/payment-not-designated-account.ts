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
