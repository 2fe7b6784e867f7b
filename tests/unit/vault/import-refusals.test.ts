import Dexie, { type DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openVault } from '../../../lib/vault/db';
import { VaultImportError } from '../../../lib/vault/errors';
import { cleanupStaged, importPack } from '../../../lib/vault/import';
import { listItems } from '../../../lib/vault/store';
import { failWrites, fixtureBlob, freshVault, NOW, orderCase, quotaError } from './helpers';
import { exportToBlob, readZip, readZipText, rebuildZip, seedCase } from './pack-helpers';

async function aPack() {
  const db = await freshVault();
  const theCase = await orderCase(db);
  await seedCase(db, theCase);
  return (await exportToBlob(db, theCase.id)).zip;
}

async function expectRefused(blob: Blob, reason: string, message: RegExp) {
  const db = await freshVault();
  const attempt = importPack(db, blob, { now: NOW });
  await expect(attempt).rejects.toBeInstanceOf(VaultImportError);
  await expect(attempt).rejects.toMatchObject({ reason, message: expect.stringMatching(message) });
  // Nothing written: no case, no item (staged or not), no bytes.
  expect(await db.cases.count()).toBe(0);
  expect(await db.items.count()).toBe(0);
  expect(await db.blobs.count()).toBe(0);
  return (await attempt.catch((e: unknown) => e)) as VaultImportError;
}

describe('importing refuses what is not an intact TradeGuard pack, and writes nothing', () => {
  it('a file that is not a zip (a failed download saved as .zip)', async () => {
    await expectRefused(
      fixtureBlob('not-a-zip.zip', 'application/zip'),
      'not-a-zip',
      /not a ZIP archive.*Nothing was imported/,
    );
  });

  it('a zip cut short (corrupted transfer)', async () => {
    const pack = await aPack();
    await expectRefused(pack.slice(0, Math.floor(pack.size * 0.6)), 'not-a-zip', /damaged/);
  });

  it("another program's zip that happens to have a manifest.json", async () => {
    await expectRefused(
      fixtureBlob('foreign-extension.zip', 'application/zip'),
      'foreign',
      /not a TradeGuard dispute pack/,
    );
  });

  it('a zip of photos with no manifest', async () => {
    await expectRefused(fixtureBlob('photos-only.zip', 'application/zip'), 'foreign', /no manifest\.json/);
  });

  it('a file altered after export, named in the message', async () => {
    const pack = await aPack();
    const files = await readZip(pack);
    const photo = new Uint8Array(files.get('files/03-defect-media-lid scratch.png')!);
    photo[200] = photo[200]! ^ 0x01; // one bit, same size
    const tampered = await rebuildZip(pack, { 'files/03-defect-media-lid scratch.png': photo });
    const error = await expectRefused(
      tampered,
      'hash-mismatch',
      /files\/03-defect-media-lid scratch\.png has been altered or damaged/,
    );
    expect(error.path).toBe('files/03-defect-media-lid scratch.png');
  });

  it('a file listed in the manifest but missing from the zip', async () => {
    const pack = await aPack();
    const withoutContract = await rebuildZip(pack, { 'files/01-contract-order contract.html': null });
    await expectRefused(
      withoutContract,
      'missing-file',
      /lists files\/01-contract-order contract\.html but that file is not in the ZIP/,
    );
  });

  it('a manifest edited into an invalid shape, or from a newer version', async () => {
    const pack = await aPack();
    const manifest = JSON.parse(await readZipText(pack, 'manifest.json'));
    manifest.files[0].sha256 = 'not-a-hash';
    await expectRefused(
      await rebuildZip(pack, { 'manifest.json': JSON.stringify(manifest) }),
      'invalid-manifest',
      /files\.0\.sha256/,
    );
    const newer = { ...manifest, version: 9 };
    await expectRefused(
      await rebuildZip(pack, { 'manifest.json': JSON.stringify(newer) }),
      'newer-version',
      /Update the extension/,
    );
    await expectRefused(
      await rebuildZip(pack, { 'manifest.json': '{"format": "tradeguard-dispute-pack", ' }),
      'invalid-manifest',
      /not valid JSON/,
    );
  });
});

describe('an import interrupted midway', () => {
  it('a failure after some files were staged leaves no visible item and no staged row', async () => {
    const pack = await aPack();
    const db = await freshVault();
    const theCase = await orderCase(db); // the order's case exists, so the pack goes into it
    await failWrites(db, 'blobs', quotaError, 2); // the second file hits a full disk
    await expect(importPack(db, pack, { now: NOW, existingCase: 'merge' })).rejects.toMatchObject({
      name: 'VaultWriteError',
      reason: 'quota',
    });
    expect((await listItems(db, theCase.id)).items).toEqual([]);
    expect(await db.items.count()).toBe(0);
    expect(await db.blobs.count()).toBe(0);
  });

  it('rows left staged by a crash are never listed and are removed at start-up', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const staged = {
      id: 'crashed-1',
      caseId: theCase.id,
      kind: 'defect-media' as const,
      captureMethod: 'upload' as const,
      mimeType: 'image/png',
      size: 3,
      sha256: 'a'.repeat(64),
      capturedAt: NOW.toISOString(),
      sourceUrl: '',
      sourceTitle: '',
      fileName: 'x.png',
      note: '',
      tags: [],
      state: 'staged' as const,
      importId: 'import-that-crashed',
    };
    await db.items.add(staged);
    await db.blobs.add({ itemId: 'crashed-1', bytes: new Blob([new Uint8Array([1, 2, 3])]) });
    expect((await listItems(db, theCase.id)).items).toEqual([]);
    // Staged by an import no lock holds (and, without Web Locks, with no staging time): abandoned.
    expect(
      await cleanupStaged(db, {
        now: NOW,
        locks: { request: (_n, f) => f(), query: async () => ({ held: [] }) },
      }),
    ).toBe(1);
    expect(await db.items.count()).toBe(0);
    expect(await db.blobs.count()).toBe(0);
  });
});

describe('a start-up cleanup racing an import', () => {
  // An import holds its Web Lock so the clean-up leaves it alone (hostile-packs.test.ts); should a clean-up
  // that sees no lock (another browser's rules, a lock lost) remove its rows anyway, the import must fail whole.
  it('that removes its files makes the import fail as a whole instead of reporting files that are gone', async () => {
    const pack = await aPack();
    const db = await freshVault();
    // Another extension page starts up (its own connection) right after the first file is staged.
    const otherPage = await openVault(db.name);
    let started = false;
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'second-page-starts',
      create: (down: DBCore): DBCore => ({
        ...down,
        table(name) {
          const inner = down.table(name);
          if (name !== 'blobs') return inner;
          return {
            ...inner,
            mutate: async (req) => {
              const result = await inner.mutate(req);
              if (!started && req.type === 'add') {
                started = true;
                Dexie.ignoreTransaction(
                  () =>
                    void cleanupStaged(otherPage, {
                      now: NOW,
                      locks: { request: (_n, f) => f(), query: async () => ({ held: [] }) },
                    }),
                );
              }
              return result;
            },
          };
        },
      }),
    });
    await db.open();
    await expect(importPack(db, pack, { now: NOW, locks: null })).rejects.toMatchObject({
      message: expect.stringContaining('The import was interrupted'),
    });
    expect(await db.items.count()).toBe(0);
    expect(await db.blobs.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
    otherPage.close();
  });
});
