import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { caseDeletionToken, deleteCase } from '../../../lib/vault/delete';
import { VaultWriteError } from '../../../lib/vault/errors';
import { digestsOfBlob, IN_MEMORY_HASH_LIMIT } from '../../../lib/vault/hash';
import { addEvidenceBatch, addEvidenceInBatches, listItems, verifyItem } from '../../../lib/vault/store';
import { freshVault, NOW, orderCase } from './helpers';

const shot = (seed: number, size = 4096) => {
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i++) data[i] = (i * 31 + seed * 7) & 0xff;
  return new Blob([data], { type: 'image/png' });
};

describe('storing many pieces of evidence at once', () => {
  it('keeps every item with the hash and ZIP CRC-32 of its exact bytes, in the order given', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const blobs = [shot(1), shot(2), shot(3)];
    const items = await addEvidenceBatch(
      db,
      blobs.map((bytes, i) => ({
        caseId: theCase.id,
        bytes,
        kind: 'defect-media' as const,
        captureMethod: 'screenshot' as const,
        now: NOW,
        fileName: `part-${i}.png`,
      })),
    );
    expect(items.map((i) => i.fileName)).toEqual(['part-0.png', 'part-1.png', 'part-2.png']);
    for (const [i, item] of items.entries()) {
      const bytes = new Uint8Array(await (blobs[i] as Blob).arrayBuffer());
      const sha = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
      expect(item.sha256).toBe(sha);
      expect(item.crc32).toBe(zlibCrc32(bytes).toString(16).padStart(8, '0'));
    }
    expect((await listItems(db, theCase.id)).items).toHaveLength(3);
  });

  it('stores a folder in overlapping batches: every item kept, in order, each fingerprint its own bytes', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const inputs = Array.from({ length: 7 }, (_, i) => ({
      caseId: theCase.id,
      bytes: shot(i + 20),
      kind: 'defect-media' as const,
      captureMethod: 'screenshot' as const,
      now: NOW,
      fileName: `shot-${i}.png`,
    }));
    const items = await addEvidenceInBatches(db, inputs, 3);
    expect(items.map((i) => i.fileName)).toEqual(inputs.map((i) => i.fileName));
    expect(new Set(items.map((i) => i.sha256)).size).toBe(7);
    for (const item of items) expect((await verifyItem(db, item.id)).status).toBe('intact');
    expect((await listItems(db, theCase.id)).items).toHaveLength(7);
  });

  it('keeps the batches written before one that fails, and says why it failed', async () => {
    const db = await freshVault();
    const kept = await orderCase(db);
    const gone = await orderCase(db);
    await deleteCase(db, gone.id, { confirmation: caseDeletionToken(0), reason: 'test', now: NOW });
    const input = (caseId: string, seed: number) => ({
      caseId,
      bytes: shot(seed),
      kind: 'defect-media' as const,
      captureMethod: 'screenshot' as const,
      now: NOW,
    });
    const attempt = addEvidenceInBatches(db, [input(kept.id, 1), input(kept.id, 2), input(gone.id, 3)], 2);
    await expect(attempt).rejects.toBeInstanceOf(VaultWriteError);
    expect((await listItems(db, kept.id)).items).toHaveLength(2);
    expect(await db.blobs.count()).toBe(2);
  });

  it('saves none of them when their case is gone, and says so', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    await deleteCase(db, theCase.id, { confirmation: caseDeletionToken(0), reason: 'test', now: NOW });
    const attempt = addEvidenceBatch(db, [
      { caseId: theCase.id, bytes: shot(1), kind: 'defect-media', captureMethod: 'screenshot', now: NOW },
      { caseId: theCase.id, bytes: shot(2), kind: 'defect-media', captureMethod: 'screenshot', now: NOW },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(VaultWriteError);
    expect(await db.items.count()).toBe(0);
    expect(await db.blobs.count()).toBe(0);
  });

  it('gives the same digests in slices as in memory (items larger than the in-memory limit)', async () => {
    const blob = shot(9, 3 * 1024 * 1024 + 5);
    const whole = await digestsOfBlob(blob);
    // A blob claiming to be larger than the limit takes the sliced path over the same bytes.
    const sliced = await digestsOfBlob({
      size: IN_MEMORY_HASH_LIMIT + 1,
      type: blob.type,
      slice: (start: number, end: number) => blob.slice(start, Math.min(end, blob.size)),
      arrayBuffer: () => blob.arrayBuffer(),
    } as unknown as Blob);
    expect(sliced).toEqual(whole);
  });
});
