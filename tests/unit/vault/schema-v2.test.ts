import { describe, expect, it } from 'vitest';
import { openVault } from '../../../lib/vault/db';
import { checkVaultHistory } from '../../../lib/vault/history/check-vault';
import { ROW_SCHEMAS } from '../../../lib/vault/schema/rows';
import { VAULT_SCHEMA_V2 } from '../../../lib/vault/schema/v2';
import { BASELINE_PENDING, LATEST_VAULT_VERSION } from '../../../lib/vault/schema/versions';
import { addEvidence } from '../../../lib/vault/store';
import { NOW } from './helpers';
import { V1_ROWS } from './v1-rows';

/**
 * v1 → v2: the history, its head and the dispute drafts arrive; every v1 row
 * survives, and what a v1 vault already held is written into the history as
 * its baseline at the first open, so the check reads "intact" from then on.
 */
describe('vault schema v2', () => {
  it('adds the history, head and drafts tables', async () => {
    const db = await openVault(`schema-v2-${crypto.randomUUID()}`);
    expect(db.verno).toBe(2);
    for (const table of Object.keys(VAULT_SCHEMA_V2)) expect(db.tables.map((t) => t.name)).toContain(table);
    expect(db.history.schema.primKey.name).toBe('seq');
    expect(db.history.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['caseId', 'type']));
    // A new vault has no baseline to record: its first entry is its first case.
    expect(await db.history.count()).toBe(0);
    expect(await db.historyHead.get(BASELINE_PENDING)).toBeUndefined();
  });

  it('a v1 vault upgraded: rows kept, existing cases and items recorded as baseline, history intact', async () => {
    const name = `schema-v2-${crypto.randomUUID()}`;
    const v1 = await openVault(name, { upToVersion: 1 });
    for (const [table, rows] of Object.entries(V1_ROWS))
      await v1.table(table).bulkAdd(structuredClone([...rows]));
    v1.close();

    const latest = await openVault(name, { now: NOW });
    expect(latest.verno).toBe(LATEST_VAULT_VERSION);
    for (const table of Object.keys(V1_ROWS) as (keyof typeof V1_ROWS)[]) {
      const rows = await latest.table(table).toArray();
      expect(rows, table).toHaveLength(1);
      for (const row of rows) expect(ROW_SCHEMAS[table].safeParse(row).success, table).toBe(true);
      // Loses nothing: every field of every v1 row reads back as it was written (the file's bytes below).
      if (table !== 'blobs') expect(rows, table).toEqual(V1_ROWS[table]);
    }
    const [blob] = await latest.blobs.toArray();
    expect(blob!.itemId).toBe('i1');
    expect([...new Uint8Array(await blob!.bytes.arrayBuffer())]).toEqual([1, 2, 3]);
    const entries = await latest.history.toArray();
    expect(entries.map((e) => [e.type, e.data.via ?? null])).toEqual([
      ['history-started', null],
      ['case-created', 'baseline'],
      ['item-added', 'baseline'],
    ]);
    expect(entries[2]!.data.sha256).toBe(V1_ROWS.items[0].sha256);
    expect(await latest.historyHead.get(BASELINE_PENDING)).toBeUndefined();
    expect((await checkVaultHistory(latest)).problems).toEqual([]);

    // The history continues from the baseline.
    await addEvidence(latest, {
      caseId: 'c1',
      bytes: new Blob(['photo']),
      kind: 'defect-media',
      captureMethod: 'upload',
      now: NOW,
    });
    latest.close();
    const reopened = await openVault(name, { now: NOW });
    expect(await reopened.history.count()).toBe(4);
    expect((await checkVaultHistory(reopened)).problems).toEqual([]);
  });

  it('a history emptied by hand is reported, never quietly re-created as a baseline', async () => {
    const name = `schema-v2-${crypto.randomUUID()}`;
    const v1 = await openVault(name, { upToVersion: 1 });
    for (const [table, rows] of Object.entries(V1_ROWS))
      await v1.table(table).bulkAdd(structuredClone([...rows]));
    v1.close();
    const db = await openVault(name, { now: NOW });
    await db.history.clear();
    await db.historyHead.clear();
    db.close();
    const reopened = await openVault(name, { now: NOW });
    expect(await reopened.history.count()).toBe(0);
    const { problems } = await checkVaultHistory(reopened);
    expect(problems.map((p) => p.code).sort()).toEqual(['row-unrecorded', 'row-unrecorded']);
  });
});
