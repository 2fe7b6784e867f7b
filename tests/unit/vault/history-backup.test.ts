import { describe, expect, it } from 'vitest';
import { annotateItem } from '../../../lib/vault/annotate';
import { BackupManifestSchema } from '../../../lib/vault/backup-format';
import type { VaultDb } from '../../../lib/vault/db';
import { exportVault } from '../../../lib/vault/export';
import { checkVaultHistory } from '../../../lib/vault/history/check-vault';
import { restoreVault } from '../../../lib/vault/import';
import { collectingWritable, freshVault, NOW, orderCase } from './helpers';
import { readZipText, rebuildZip, seedCase } from './pack-helpers';

/** Backups carry the whole history; a restore checks it before it writes anything. */
async function backupOf(db: VaultDb): Promise<Blob> {
  const out = collectingWritable();
  await exportVault(db, { writable: out.writable, now: NOW });
  return out.blob();
}

async function vaultWithHistory() {
  const db = await freshVault();
  const theCase = await orderCase(db);
  const seed = await seedCase(db, theCase);
  await annotateItem(db, seed.defect.id, { tags: ['lid', 'carton-14'] }, NOW);
  return { db, theCase, seed };
}

async function everythingIn(db: VaultDb) {
  return {
    cases: await db.cases.count(),
    items: await db.items.count(),
    blobs: await db.blobs.count(),
    history: await db.history.count(),
    head: await db.historyHead.count(),
  };
}

describe('history in backups', () => {
  it('a backup carries every entry and the head; a new vault continues that history unbroken', async () => {
    const { db } = await vaultWithHistory();
    const zip = await backupOf(db);
    const manifest = BackupManifestSchema.parse(JSON.parse(await readZipText(zip, 'backup.json')));
    expect(manifest.history?.entries).toEqual(await db.history.toArray());
    expect(manifest.history?.head).toEqual({ seq: 5, hash: (await db.history.get(5))!.hash });

    const fresh = await freshVault();
    await restoreVault(fresh, zip, { now: NOW });
    const entries = await fresh.history.toArray();
    expect(entries.slice(0, 5)).toEqual(await db.history.toArray());
    expect(entries[5]).toMatchObject({ seq: 6, type: 'restored', data: { adopted: true, addedItems: 3 } });
    expect((await checkVaultHistory(fresh)).problems).toEqual([]);
  });

  it('restored into a vault with its own history, every added row is recorded there', async () => {
    const { db } = await vaultWithHistory();
    const zip = await backupOf(db);
    const other = await freshVault();
    await orderCase(other, '999');
    await restoreVault(other, zip, { now: NOW });
    const types = (await other.history.toArray()).map((e) => e.type);
    expect(types).toEqual([
      'case-created',
      'case-created',
      'item-added',
      'item-added',
      'item-added',
      'restored',
    ]);
    expect((await checkVaultHistory(other)).problems).toEqual([]);
  });

  it('a backup whose history was edited is refused, naming the entry, and nothing is written', async () => {
    const { db } = await vaultWithHistory();
    const zip = await backupOf(db);
    const manifest = JSON.parse(await readZipText(zip, 'backup.json'));
    manifest.history.entries[1].data.note = 'No damage';
    const edited = await rebuildZip(zip, { 'backup.json': JSON.stringify(manifest) });
    const target = await freshVault();
    await expect(restoreVault(target, edited, { now: NOW })).rejects.toMatchObject({
      reason: 'history-broken',
      message: expect.stringContaining('entry #2 (item added'),
    });
    expect(await everythingIn(target)).toEqual({ cases: 0, items: 0, blobs: 0, history: 0, head: 0 });
  });

  it('a backup whose history was cut short is refused too', async () => {
    const { db } = await vaultWithHistory();
    const zip = await backupOf(db);
    const manifest = JSON.parse(await readZipText(zip, 'backup.json'));
    manifest.history.entries.pop();
    const cut = await rebuildZip(zip, { 'backup.json': JSON.stringify(manifest) });
    const target = await freshVault();
    await expect(restoreVault(target, cut, { now: NOW })).rejects.toMatchObject({
      reason: 'history-broken',
      message: expect.stringContaining('entry #5 was cut off the end'),
    });
    expect(await everythingIn(target)).toEqual({ cases: 0, items: 0, blobs: 0, history: 0, head: 0 });
  });
});
