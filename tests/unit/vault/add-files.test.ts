import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { describe, expect, it } from 'vitest';
import { addFiles } from '../../../lib/vault/add-files';
import type { VaultDb } from '../../../lib/vault/db';
import { QUOTA_MESSAGE } from '../../../lib/vault/errors';
import { listItems, verifyItem } from '../../../lib/vault/store';
import { freshVault, NOW, orderCase, quotaError } from './helpers';

const file = (name: string, size: number, seed: number) => {
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i++) data[i] = (i * 13 + seed * 101) & 0xff;
  return { name, blob: new Blob([data], { type: 'image/png' }) };
};

/** A disk with `capacity` bytes for evidence: a write that would go past it fails as a full disk does. */
async function diskOf(
  db: VaultDb,
  capacity: number,
): Promise<{ transactions: () => number; largest: () => number }> {
  let used = 0;
  let transactions = 0;
  let largest = 0;
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'test-small-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const inner = down.table(name);
        if (name !== 'blobs') return inner;
        return {
          ...inner,
          mutate: async (req: DBCoreMutateRequest) => {
            if (req.type !== 'add') return inner.mutate(req);
            transactions++;
            const bytes = req.values.reduce((n, v) => n + (v as { bytes: Blob }).bytes.size, 0);
            largest = Math.max(largest, bytes);
            if (used + bytes > capacity) throw quotaError();
            const result = await inner.mutate(req);
            // Counted once the transaction is through: an aborted one frees what it took.
            (req.trans as unknown as IDBTransaction).addEventListener('complete', () => {
              used += bytes;
            });
            return result;
          },
        };
      },
    }),
  });
  await db.open();
  return { transactions: () => transactions, largest: () => largest };
}

async function upload(db: VaultDb, caseId: string, files: ReturnType<typeof file>[], perTransaction = 3) {
  const progress: number[] = [];
  const result = await addFiles(
    db,
    files.length,
    async (i) => ({
      caseId,
      bytes: (files[i] as ReturnType<typeof file>).blob,
      kind: 'defect-media',
      captureMethod: 'upload',
      now: NOW,
      fileName: (files[i] as ReturnType<typeof file>).name,
    }),
    { onFile: (i) => progress.push(i), perTransaction },
  );
  return { ...result, progress };
}

describe('adding a batch of files from the side panel', () => {
  it('saves every file, several per transaction, reporting progress file by file', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const disk = await diskOf(db, Number.POSITIVE_INFINITY);
    const files = Array.from({ length: 7 }, (_, i) => file(`photo-${i}.png`, 3000 + i, i));
    const { saved, failed, progress } = await upload(db, theCase.id, files);
    expect(failed).toBeUndefined();
    expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(saved.map((s) => s.fileName)).toEqual(files.map((f) => f.name));
    expect(disk.transactions()).toBe(3);
    const stored = (await listItems(db, theCase.id)).items;
    expect(stored.map((s) => s.fileName).sort()).toEqual(files.map((f) => f.name).sort());
    for (const item of stored) expect((await verifyItem(db, item.id)).status).toBe('intact');
  });

  it('on a full disk names the file that did not fit and keeps every file before it', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    // Room for the first four small files, not for the big fifth one (which shares a batch with the fourth).
    await diskOf(db, 4 * 1000 + 500);
    const files = [
      file('a.png', 1000, 1),
      file('b.png', 1000, 2),
      file('c.png', 1000, 3),
      file('d.png', 1000, 4),
      file('video-too-big.mp4', 5000, 5),
      file('f.png', 100, 6),
    ];
    const { saved, failed } = await upload(db, theCase.id, files);
    expect(failed?.index).toBe(4);
    expect(files[failed?.index ?? -1]?.name).toBe('video-too-big.mp4');
    expect(failed?.error).toMatchObject({ name: 'VaultWriteError', reason: 'quota', message: QUOTA_MESSAGE });
    expect(saved.map((s) => s.fileName)).toEqual(['a.png', 'b.png', 'c.png', 'd.png']);
    const stored = (await listItems(db, theCase.id)).items;
    expect(stored.map((s) => s.fileName).sort()).toEqual(['a.png', 'b.png', 'c.png', 'd.png']);
    expect(await db.blobs.count()).toBe(4);
    for (const item of stored) expect((await verifyItem(db, item.id)).status).toBe('intact');
  });

  it('a file that cannot be read is named, and nothing prepared after it is written', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const files = Array.from({ length: 9 }, (_, i) => file(`photo-${i}.png`, 1000, i));
    // The third file is gone from the disk (a read fails) while the batches after it are readable.
    const broken = files[2] as ReturnType<typeof file>;
    broken.blob.arrayBuffer = () =>
      Promise.reject(new DOMException('The file could not be read.', 'NotReadableError'));
    const { saved, failed } = await upload(db, theCase.id, files);
    expect(failed?.index).toBe(2);
    expect(files[failed?.index ?? -1]?.name).toBe('photo-2.png');
    expect(saved.map((s) => s.fileName)).toEqual(['photo-0.png', 'photo-1.png']);
    expect(await db.blobs.count()).toBe(2);
    const stored = (await listItems(db, theCase.id)).items;
    expect(stored.map((s) => s.fileName).sort()).toEqual(['photo-0.png', 'photo-1.png']);
  });
});

describe('the byte bound of a transaction', () => {
  it('a file that would take a batch past the bound starts the next batch', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const disk = await diskOf(db, Number.POSITIVE_INFINITY);
    // Bound 10,000 bytes: two small photos, then a 9,000-byte clip that would take their batch past it.
    const files = [
      file('a.png', 1500, 1),
      file('b.png', 1500, 2),
      file('clip.mp4', 9000, 3),
      file('c.png', 100, 4),
    ];
    const { saved, failed } = await addFiles(
      db,
      files.length,
      async (i) => ({
        caseId: theCase.id,
        bytes: (files[i] as ReturnType<typeof file>).blob,
        kind: 'defect-media',
        captureMethod: 'upload',
        now: NOW,
        fileName: (files[i] as ReturnType<typeof file>).name,
      }),
      { bytesPerTransaction: 10_000, perTransaction: 50 },
    );
    expect(failed).toBeUndefined();
    expect(saved.map((s) => s.fileName)).toEqual(files.map((f) => f.name));
    // [a, b] (3,000 bytes) · [clip, c] (9,100): no transaction holds more than the bound beyond a single file.
    expect(disk.transactions()).toBe(2);
    expect(disk.largest()).toBeLessThanOrEqual(10_000);
  });
});
