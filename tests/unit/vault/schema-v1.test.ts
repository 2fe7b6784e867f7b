import { describe, expect, it } from 'vitest';
import { openVault } from '../../../lib/vault/db';
import { ROW_SCHEMAS } from '../../../lib/vault/schema/rows';
import { VAULT_SCHEMA_V1 } from '../../../lib/vault/schema/v1';
import { LATEST_VAULT_VERSION } from '../../../lib/vault/schema/versions';
import { listItems } from '../../../lib/vault/store';
import { NOW } from './helpers';

/**
 * Migration test pattern: open at an old version by name, seed rows as that
 * version wrote them, close, reopen at the latest version, check every row.
 * When v2 lands, copy the second test with `upToVersion: 1` seeds and v2 checks.
 */
const V1_ROWS = {
  cases: [
    {
      id: 'c1',
      kind: 'order',
      orderId: '2548',
      marketplace: 'alibaba',
      title: 'Order 2548',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    },
  ],
  items: [
    {
      id: 'i1',
      caseId: 'c1',
      kind: 'contract',
      captureMethod: 'upload',
      mimeType: 'application/pdf',
      size: 3,
      sha256: '039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81',
      capturedAt: NOW.toISOString(),
      sourceUrl: '',
      sourceTitle: '',
      fileName: 'pi.pdf',
      note: '',
      tags: ['pi'],
      state: 'complete',
    },
  ],
  blobs: [{ itemId: 'i1', bytes: new Blob([new Uint8Array([1, 2, 3])]) }],
  suppliers: [
    {
      key: 's1',
      firstSeenAt: NOW.toISOString(),
      lastSeenAt: NOW.toISOString(),
      taLimitHistory: [],
      metricsHistory: [],
    },
  ],
  orders: [
    { id: '2548', marketplace: 'alibaba', caseId: 'c1', facts: {}, stated: [], updatedAt: NOW.toISOString() },
  ],
  timeline: [
    {
      id: 't1',
      orderId: '2548',
      type: 'delivered',
      at: '2026-11-01',
      source: { kind: 'buyer', enteredAt: NOW.toISOString() },
    },
  ],
  ticks: [{ orderId: '2548', itemId: 'inspection-booked', ticked: true, at: NOW.toISOString() }],
  deletions: [
    {
      id: 'd1',
      what: 'item',
      itemId: 'i0',
      caseId: 'c1',
      confirmation: 'abcd1234',
      deletedAt: NOW.toISOString(),
      reason: 'duplicate',
    },
  ],
} as const;

describe('vault schema v1', () => {
  it('creates every table with the indexes the queries use', async () => {
    const db = await openVault(`schema-v1-${crypto.randomUUID()}`, { upToVersion: 1 });
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(VAULT_SCHEMA_V1).sort());
    const indexes = db.items.schema.indexes.map((i) => i.name);
    expect(indexes).toEqual(
      expect.arrayContaining(['caseId', '[caseId+sha256]', 'sha256', 'state', 'importId', 'tags']),
    );
    expect(db.cases.schema.indexes.map((i) => i.name)).toContain('[marketplace+orderId]');
    db.close();
  });

  it('rows written at v1 read back valid at the latest version', async () => {
    const name = `schema-v1-${crypto.randomUUID()}`;
    const v1 = await openVault(name, { upToVersion: 1 });
    for (const [table, rows] of Object.entries(V1_ROWS)) await v1.table(table).bulkAdd([...rows]);
    v1.close();
    const latest = await openVault(name);
    expect(latest.verno).toBe(LATEST_VAULT_VERSION);
    for (const table of Object.keys(V1_ROWS) as (keyof typeof V1_ROWS)[]) {
      const rows = await latest.table(table).toArray();
      expect(rows, table).toHaveLength(1);
      for (const row of rows) expect(ROW_SCHEMAS[table].safeParse(row).success, table).toBe(true);
    }
    latest.close();
  });

  it('a malformed row read back is reported, and the list still shows the good ones', async () => {
    const db = await openVault(`schema-v1-${crypto.randomUUID()}`);
    await db.items.bulkAdd([
      { ...V1_ROWS.items[0], tags: [...V1_ROWS.items[0].tags] },
      { ...V1_ROWS.items[0], id: 'broken', tags: [], sha256: 'zz', size: -1 },
    ]);
    const { items, problems } = await listItems(db, 'c1');
    expect(items.map((i) => i.id)).toEqual(['i1']);
    expect(problems).toEqual([{ table: 'items', key: 'broken', issues: expect.stringContaining('sha256') }]);
  });
});
