import { msg } from '../i18n/msg';
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
  fix: msg('rules.paymentNotDesignatedAccount.fix'),
  check(ctx) {
    const shown = ctx.snapshot.payment?.beneficiary;
    if (!ctx.designatedAccount || !shown || !hasAccount(shown)) return [];
    if (comparableFields(ctx.designatedAccount, shown) === 0) {
      // Different fields on each side (an IBAN here, an account number there) prove nothing: never a silent pass.
      return [
        findingOf(this, {
          severity: 'warning',
          message: msg('rules.paymentNotDesignatedAccount.notComparable'),
          quote: [shown.bank, shown.name, shown.accountNumber, shown.iban, shown.swift]
            .filter(Boolean)
            .join(' · '),
          fix: msg('rules.paymentNotDesignatedAccount.notComparableFix'),
        }),
      ];
    }
    const diffs = accountDifferences(ctx.designatedAccount, shown);
    if (diffs.length === 0) return [];
    const list = {
      list: diffs.map((d) =>
        msg('rules.paymentNotDesignatedAccount.difference', {
          field: d.field,
          shown: d.shown,
          designated: d.designated,
        }),
      ),
    };
    if (designatesAccount(ctx.snapshot)) {
      // Alibaba's own checkout for this order, showing another account than it did before.
      const since = ctx.designatedAccountSeenAt
        ? msg('rules.paymentNotDesignatedAccount.since', { date: ctx.designatedAccountSeenAt.slice(0, 10) })
        : '';
      return [
        findingOf(this, {
          message: msg('rules.paymentNotDesignatedAccount.changed', {
            order: String(ctx.snapshot.payment?.orderId),
            since,
            list,
          }),
          quote: [shown.bank, shown.name, shown.accountNumber, shown.swift].filter(Boolean).join(' · '),
          fix: msg('rules.paymentNotDesignatedAccount.changedFix'),
        }),
      ];
    }
    return [
      findingOf(this, {
        message: msg('rules.paymentNotDesignatedAccount.differs', { list }),
        quote: [shown.bank, shown.name, shown.accountNumber, shown.swift].filter(Boolean).join(' · '),
      }),
    ];
  },
};

function hasAccount(b: { accountNumber: string | null; iban: string | null; swift: string | null }): boolean {
  return Boolean(b.accountNumber || b.iban || b.swift);
}
