/*
 * ============================================================================
 *  Vault schema v2 — 2026-12-01 — tamper-evident history and dispute drafts.
 *  APPEND-ONLY: never edit this constant once shipped (see ./v1.ts).
 * ============================================================================
 *
 * - history: one row per vault event, keyed by its number; each carries the
 *   hash of the entry before it (lib/vault/history/entry.ts).
 * - historyHead: the last entry's number and hash (key 'head'), kept apart so
 *   that entries cut off the end of the history show as missing; and, only
 *   between the upgrade and the first open, the 'baseline-pending' marker.
 * - drafts: the buyer's answers for a case's dispute draft (what went wrong,
 *   their own words), keyed by case.
 */
export const VAULT_SCHEMA_V2 = {
  history: 'seq, caseId, type',
  historyHead: 'id',
  drafts: 'caseId',
} as const;
