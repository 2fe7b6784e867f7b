import type { Beneficiary } from '../model/payment';

/**
 * Compares two sets of payment details the way a bank would: account numbers
 * and IBANs by their letters and digits only, SWIFT/BIC by its first 8
 * characters (CITIHKHX and CITIHKHXXXX are the same bank office).
 */
const compact = (s: string | null) => (s ? s.replace(/[^0-9A-Za-z]/g, '').toUpperCase() : null);
const bic8 = (s: string | null) => compact(s)?.slice(0, 8) ?? null;

export interface AccountDifference {
  field: 'account number' | 'IBAN' | 'SWIFT/BIC';
  designated: string;
  shown: string;
}

/** How many identifying fields (account number, IBAN, SWIFT) both sides give: 0 means nothing could be compared. */
export function comparableFields(designated: Beneficiary, shown: Beneficiary): number {
  return [
    [designated.accountNumber, shown.accountNumber],
    [designated.iban, shown.iban],
    [designated.swift, shown.swift],
  ].filter(([a, b]) => compact(a ?? null) && compact(b ?? null)).length;
}

export function accountDifferences(designated: Beneficiary, shown: Beneficiary): AccountDifference[] {
  const diffs: AccountDifference[] = [];
  const pairs: [AccountDifference['field'], string | null, string | null][] = [
    ['account number', compact(designated.accountNumber), compact(shown.accountNumber)],
    ['IBAN', compact(designated.iban), compact(shown.iban)],
    ['SWIFT/BIC', bic8(designated.swift), bic8(shown.swift)],
  ];
  for (const [field, a, b] of pairs) {
    if (a && b && a !== b) diffs.push({ field, designated: a, shown: b });
  }
  return diffs;
}
