import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError, QUOTA_MESSAGE } from '../../../lib/vault/errors';
import { addEvidence, listItems, verifyItem } from '../../../lib/vault/store';
import { failWrites, fixtureBlob, freshVault, NOW, orderCase, quotaError } from './helpers';

async function vaultWithTwoItems() {
  const db = await freshVault();
  const theCase = await orderCase(db);
  const add = (name: string, type: string) =>
    addEvidence(db, {
      caseId: theCase.id,
      bytes: fixtureBlob(name, type),
      kind: 'defect-media',
      captureMethod: 'upload',
      now: NOW,
      fileName: name,
    });
  await add('defect-photo.png', 'image/png');
  await add('product-page-snapshot.html', 'text/html');
  return { db, theCase, add };
}

describe('a full disk during capture', () => {
  it('says storage is full, saves nothing of the new item and keeps every earlier row intact', async () => {
    const { db, theCase, add } = await vaultWithTwoItems();
    const before = (await listItems(db, theCase.id)).items;
    const blobsBefore = await db.blobs.count();
    // The metadata row is written first in the transaction, then the bytes hit the quota.
    await failWrites(db, 'blobs', quotaError);
    const attempt = add('defect-photo.png', 'image/png');
    await expect(attempt).rejects.toMatchObject({
      name: 'VaultWriteError',
      reason: 'quota',
      message: QUOTA_MESSAGE,
    });
    const after = (await listItems(db, theCase.id)).items;
    expect(after).toEqual(before);
    expect(await db.items.count()).toBe(2);
    expect(await db.blobs.count()).toBe(blobsBefore);
    for (const item of after) expect((await verifyItem(db, item.id)).status).toBe('intact');
  });

  it('maps any other failed write to a clear "nothing was saved" error', async () => {
    const { db, theCase, add } = await vaultWithTwoItems();
    await failWrites(db, 'items', () => new Error('disk I/O error'));
    await expect(add('defect-photo.png', 'image/png')).rejects.toMatchObject({
      reason: 'write-failed',
      message: expect.stringContaining('nothing was saved, everything saved before is intact'),
    });
    expect((await listItems(db, theCase.id)).items).toHaveLength(2);
  });

  it('recognises quota errors however the database wraps them', () => {
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quotaError()))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('bulk', [quotaError()]))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }))).toBe(true);
    expect(isQuotaError(new Dexie.ConstraintError('duplicate key'))).toBe(false);
  });
});
