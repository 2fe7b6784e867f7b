import { BlobReader, ZipReader } from '@zip.js/zip.js';
import { describe, expect, it } from 'vitest';
import { VaultImportError } from '../../../lib/vault/errors';
import { cleanupStaged, importPack } from '../../../lib/vault/import';
import { viewableType } from '../../../lib/vault/mime';
import { ItemRowSchema } from '../../../lib/vault/schema/rows';
import { listItems } from '../../../lib/vault/store';
import { craftPack, manifestFor, pngBytes } from './craft-pack';
import { freshVault, NOW, orderCase } from './helpers';

/**
 * Issue 12: packs made by someone who wants to hurt the buyer. Each test is an
 * attack that worked before; each asserts what the buyer would notice.
 */

async function nothingWritten(db: Awaited<ReturnType<typeof freshVault>>, casesBefore = 0) {
  expect(await db.cases.count()).toBe(casesBefore);
  expect(await db.items.count()).toBe(0);
  expect(await db.blobs.count()).toBe(0);
}

describe('finding 1: a MIME type that is not one exact type is refused at import', () => {
  it('"image/png,text/html" (which Chromium renders as HTML) is refused, naming the file', async () => {
    const db = await freshVault();
    const pack = await craftPack([
      {
        name: 'carton-damage.png',
        bytes: new TextEncoder().encode('<form action="https://evil.example/">'),
        mimeType: 'image/png,text/html',
      },
    ]);
    const attempt = importPack(db, pack, { now: NOW });
    await expect(attempt).rejects.toBeInstanceOf(VaultImportError);
    await expect(attempt).rejects.toMatchObject({
      reason: 'invalid-manifest',
      message: expect.stringMatching(/mimeType/),
    });
    await nothingWritten(db);
  });

  it('an ordinary type with parameters still imports', async () => {
    const db = await freshVault();
    const pack = await craftPack([
      {
        name: 'page.html',
        bytes: new TextEncoder().encode('<p>offer</p>'),
        mimeType: 'text/html; charset=utf-8',
      },
    ]);
    expect((await importPack(db, pack, { now: NOW })).imported).toBe(1);
  });

  it('the vault never stores a row whose type is a list or malformed', () => {
    const row = {
      id: 'i',
      caseId: 'c',
      kind: 'other',
      captureMethod: 'upload',
      size: 1,
      sha256: 'a'.repeat(64),
      capturedAt: NOW.toISOString(),
      sourceUrl: '',
      sourceTitle: '',
      fileName: 'x',
      note: '',
      tags: [],
      state: 'complete',
    };
    for (const bad of [
      'image/png,text/html',
      'image/png text/html',
      'text/html;',
      'image',
      '/png',
      'image/png;charset',
    ])
      expect(ItemRowSchema.safeParse({ ...row, mimeType: bad }).success, bad).toBe(false);
    for (const good of [
      '',
      'image/png',
      'text/plain;charset=utf-8',
      'text/html; charset="utf-8"',
      'text/uri-list',
    ])
      expect(ItemRowSchema.safeParse({ ...row, mimeType: good }).success, good).toBe(true);
  });

  it('only an exact allow-list is shown in the browser; everything else is a download', () => {
    expect(viewableType('image/png')).toBe('image/png');
    expect(viewableType('IMAGE/PNG')).toBe('image/png');
    expect(viewableType('application/pdf')).toBe('application/pdf');
    expect(viewableType('video/mp4')).toBe('video/mp4');
    expect(viewableType('text/plain;charset=utf-8')).toBe('text/plain;charset=utf-8');
    expect(viewableType('image/png;x=y')).toBe('image/png');
    for (const other of [
      'image/png,text/html',
      'text/html',
      'text/html;charset=utf-8',
      'image/svg+xml',
      'application/xhtml+xml',
      'text/xml',
      'multipart/related',
      'application/json',
      '',
      'image/pngx',
    ])
      expect(viewableType(other), other).toBeNull();
  });
});

describe('finding 6: zip bombs are refused before anything is written, naming the limit', () => {
  it('a file that would expand more than 100 times', async () => {
    const db = await freshVault();
    // 24 MB of zeros deflate to ~24 KB: the pattern of the 0.92 MB pack that wrote 0.94 GB.
    const pack = await craftPack([{ name: 'photo.png', bytes: new Uint8Array(24_000_000), level: 9 }]);
    expect(pack.size).toBeLessThan(200_000);
    const attempt = importPack(db, pack, { now: NOW });
    await expect(attempt).rejects.toMatchObject({
      reason: 'too-large',
      message: expect.stringMatching(/files\/photo\.png.*expand.*100 times/),
    });
    await nothingWritten(db);
  });

  it('a manifest over 50 MB (the 205 KB pack whose manifest was 210 MB)', async () => {
    const db = await freshVault();
    const files = [{ name: 'a.png', bytes: pngBytes() }];
    const manifest = manifestFor(files);
    (manifest.files[0] as { note: string }).note = 'x'.repeat(55_000_000);
    const pack = await craftPack(files, { manifest, manifestLevel: 9 });
    const attempt = importPack(db, pack, { now: NOW });
    await expect(attempt).rejects.toMatchObject({
      reason: 'too-large',
      message: expect.stringMatching(/manifest\.json.*50 MB/),
    });
    await nothingWritten(db);
  });

  it('a pack larger than the free space the browser reports', async () => {
    const db = await freshVault();
    const pack = await craftPack([
      { name: 'a.png', bytes: pngBytes(5_000) },
      { name: 'b.png', bytes: pngBytes(5_000, 3) },
    ]);
    const attempt = importPack(db, pack, {
      now: NOW,
      storageEstimate: async () => ({ usage: 995_000, quota: 1_000_000 }),
    });
    await expect(attempt).rejects.toMatchObject({
      reason: 'no-space',
      message: expect.stringMatching(/10 KB.*5 KB free/),
    });
    await nothingWritten(db);
  });
});

describe('finding 8: an imported pack says it was imported, and asks before joining a case', () => {
  it('imported items are marked imported; the capture method and time the pack claims are kept apart', async () => {
    const db = await freshVault();
    const pack = await craftPack([{ name: 'a.png', bytes: pngBytes() }], {
      theCase: { orderId: '999000111' },
    });
    const result = await importPack(db, pack, { now: NOW });
    const [item] = (await listItems(db, result.caseId)).items;
    expect(item).toMatchObject({
      captureMethod: 'import',
      capturedAt: NOW.toISOString(),
      imported: {
        importedAt: NOW.toISOString(),
        claimedCaptureMethod: 'screenshot',
        claimedCapturedAt: '2026-10-02T10:00:00.000Z',
        packGeneratedAt: '2026-11-01T10:00:00.000Z',
      },
    });
  });

  it("a pack for an order the buyer already has a case for is not merged without the buyer's say", async () => {
    const db = await freshVault();
    const mine = await orderCase(db, '254812930501020345');
    const pack = await craftPack([{ name: 'a.png', bytes: pngBytes() }], {
      theCase: { orderId: '254812930501020345' },
    });
    const attempt = importPack(db, pack, { now: NOW });
    await expect(attempt).rejects.toMatchObject({ reason: 'needs-confirmation', existingCaseId: mine.id });
    expect(await db.items.count()).toBe(0);

    const separate = await importPack(db, pack, { now: NOW, existingCase: 'separate' });
    expect(separate.caseId).not.toBe(mine.id);
    const theirs = await db.cases.get(separate.caseId);
    // A separate case does not take the order's place: the buyer's own captures still go to their case.
    expect(theirs?.orderId).toBeUndefined();
    expect(theirs?.title).toMatch(/imported/i);
    expect((await listItems(db, mine.id)).items).toHaveLength(0);

    const merged = await importPack(db, pack, { now: NOW, existingCase: 'merge' });
    expect(merged.caseId).toBe(mine.id);
    expect((await listItems(db, mine.id)).items.map((i) => i.captureMethod)).toEqual(['import']);
  });

  it("a pack claiming the id of one of the buyer's cases is asked about too", async () => {
    const db = await freshVault();
    const mine = await orderCase(db, '111222333');
    const pack = await craftPack([{ name: 'a.png', bytes: pngBytes() }], {
      theCase: { id: mine.id, orderId: '444555666' },
    });
    await expect(importPack(db, pack, { now: NOW })).rejects.toMatchObject({ reason: 'needs-confirmation' });
  });
});

/** An in-memory Web Locks manager: what navigator.locks does across the extension's pages and worker. */
class FakeLocks {
  private held = new Set<string>();
  async request<T>(name: string, callback: () => Promise<T>): Promise<T> {
    this.held.add(name);
    try {
      return await callback();
    } finally {
      this.held.delete(name);
    }
  }
  async query() {
    return { held: [...this.held].map((name) => ({ name })), pending: [] };
  }
}

/** The pack, with reads of one entry ([from, until)) held until `gate` opens: an import paused between two files. */
function pausedAt(blob: Blob, from: number, until: number, gate: Promise<void>): Blob {
  const view = (start: number, end: number) => {
    const real = blob.slice(start, end);
    const wait = start >= from && start < until ? gate : Promise.resolve();
    return {
      size: real.size,
      type: '',
      arrayBuffer: async () => {
        await wait;
        return real.arrayBuffer();
      },
      stream: () => {
        const pipe = new TransformStream();
        void wait.then(() => real.stream().pipeTo(pipe.writable));
        return pipe.readable;
      },
    };
  };
  return {
    size: blob.size,
    type: blob.type,
    slice: (start = 0, end = blob.size) => view(start, end),
    stream: () => blob.stream(),
    arrayBuffer: () => blob.arrayBuffer(),
  } as unknown as Blob;
}

describe('finding 9: the start-up clean-up does not cancel an import that is still running', () => {
  it('a clean-up run while an import holds its lock leaves the staged files; the import completes', async () => {
    const db = await freshVault();
    const pack = await craftPack([
      { name: 'a.png', bytes: pngBytes(4_000) },
      { name: 'b.png', bytes: pngBytes(4_000, 9) },
    ]);
    const entries = await new ZipReader(new BlobReader(pack)).getEntries();
    const second = entries.find((e) => e.filename === 'files/b.png')!;
    let open!: () => void;
    const gate = new Promise<void>((done) => {
      open = done;
    });
    const locks = new FakeLocks();
    // Up to the end of its data (30-byte local header + name): the central directory after it stays readable.
    const until = second.offset + 30 + second.filename.length + second.compressedSize;
    const running = importPack(db, pausedAt(pack, second.offset, until, gate), { now: NOW, locks });
    while ((await db.items.where('state').equals('staged').count()) < 1)
      await new Promise((r) => setTimeout(r, 2));
    // The service worker restarts now and cleans up.
    await cleanupStaged(db, { now: NOW, locks });
    open();
    expect((await running).imported).toBe(2);
    expect(await db.items.where('state').equals('complete').count()).toBe(2);
  });

  it('staged files no live import holds are removed; without Web Locks, only those older than a day', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const staged = (id: string, importId: string, stagedAt: string) => ({
      id,
      caseId: theCase.id,
      kind: 'other' as const,
      captureMethod: 'import' as const,
      mimeType: 'image/png',
      size: 1,
      sha256: 'b'.repeat(64),
      capturedAt: NOW.toISOString(),
      sourceUrl: '',
      sourceTitle: '',
      fileName: id,
      note: '',
      tags: [],
      state: 'staged' as const,
      importId,
      stagedAt,
    });
    await db.items.bulkAdd([
      staged('old', 'dead-import', '2026-11-18T09:00:00.000Z'),
      staged('recent', 'maybe-running', '2026-11-20T09:00:00.000Z'),
    ]);
    expect(await cleanupStaged(db, { now: NOW, locks: null })).toBe(1);
    expect((await db.items.toArray()).map((i) => i.id)).toEqual(['recent']);
    expect(await cleanupStaged(db, { now: NOW, locks: new FakeLocks() })).toBe(1);
    expect(await db.items.count()).toBe(0);
  });
});
