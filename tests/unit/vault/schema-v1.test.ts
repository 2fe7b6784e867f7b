import { describe, expect, it } from 'vitest';
import { openVault } from '../../../lib/vault/db';
import { ROW_SCHEMAS } from '../../../lib/vault/schema/rows';
import { VAULT_SCHEMA_V1 } from '../../../lib/vault/schema/v1';
import { LATEST_VAULT_VERSION } from '../../../lib/vault/schema/versions';
import { listItems } from '../../../lib/vault/store';
import { V1_ROWS } from './v1-rows';

/**
 * Migration test pattern: open at an old version by name, seed rows as that
 * version wrote them, close, reopen at the latest version, check every row.
 * schema-v2.test.ts does the same from v1 to v2 (rows in ./v1-rows.ts).
 */

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
