/*
 * ============================================================================
 *  Vault schema v1 — 2026-11-22 — first release.
 *  APPEND-ONLY: never edit this constant once shipped. A change is a new file
 *  (v2.ts) listing only the tables it changes, plus an upgrade function and a
 *  migration test (see ./versions.ts and tests/unit/vault/schema-v1.test.ts).
 * ============================================================================
 *
 * Dexie index syntax: first entry is the primary key, `*` a multi-entry index,
 * `[a+b]` a compound index. Only indexed fields are listed; rows carry more.
 */
export const VAULT_SCHEMA_V1 = {
  cases: 'id, kind, [marketplace+orderId], supplierKey, updatedAt',
  items: 'id, caseId, [caseId+sha256], sha256, kind, state, importId, capturedAt, *tags, partOf',
  blobs: 'itemId',
  suppliers: 'key, companyId, lastSeenAt',
  orders: 'id, caseId, supplierKey, updatedAt',
  timeline: 'id, orderId, type, at',
  ticks: '[orderId+itemId], orderId',
  deletions: 'id, caseId, sha256, deletedAt',
} as const;
