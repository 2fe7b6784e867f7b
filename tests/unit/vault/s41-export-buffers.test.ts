import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blobPieces, PIECE_BUFFERS, PIECE_BYTES, PieceBuffers } from '../../../lib/vault/blob-pieces';
import { exportCase } from '../../../lib/vault/export';
import { addEvidence } from '../../../lib/vault/store';
import { freshVault, NOW, orderCase } from './helpers';
import { readZip } from './pack-helpers';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Bytes that differ at every offset and between seeds, so a piece written twice or out of place shows. */
function pattern(size: number, seed: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(size).map((_, i) => (i * seed + (i >> 11) + seed) & 0xff);
}

/** A few turns of the event loop: the time a disk takes, without a clock. */
async function turns(n: number) {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** A file target that takes its time with every write and only then keeps a copy of what it was given. */
function slowDisk() {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const writable = new WritableStream<Uint8Array>({
    async write(chunk) {
      await turns(3);
      chunks.push(new Uint8Array(chunk));
    },
  });
  return { writable, blob: () => new Blob(chunks, { type: 'application/zip' }) };
}

async function drain(pieces: AsyncGenerator<Uint8Array>): Promise<Uint8Array> {
  const out: number[] = [];
  for await (const piece of pieces) out.push(...piece);
  return Uint8Array.from(out);
}

describe('an export that reads its evidence into a few reused buffers', () => {
  it('a slow disk still gets every video byte for byte, though the buffers were reused many times over', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    // More pieces in all than the export has buffers: each buffer carries several pieces, of several files.
    const sizes = [2 * PIECE_BYTES + 777, PIECE_BYTES, 3 * PIECE_BYTES - 5];
    expect(sizes.reduce((a, b) => a + b) / PIECE_BYTES).toBeGreaterThan(PIECE_BUFFERS);
    const videos = [];
    for (const [i, size] of sizes.entries())
      videos.push(
        await addEvidence(db, {
          caseId: theCase.id,
          bytes: new Blob([pattern(size, 7 + 2 * i)], { type: 'video/mp4' }),
          kind: 'defect-media',
          captureMethod: 'upload',
          now: new Date(`2026-11-0${i + 1}T08:00:00Z`),
          fileName: `clip-${i}.mp4`,
        }),
      );
    const disk = slowDisk();
    const result = await exportCase(db, theCase.id, { writable: disk.writable, now: NOW });
    expect(result.mismatches).toEqual([]);
    const files = await readZip(disk.blob());
    for (const [i, video] of videos.entries()) {
      const written = files.get(`files/0${i + 1}-defect-media-clip-${i}.mp4`);
      expect(written?.byteLength).toBe(sizes[i]);
      expect(sha256(written ?? new Uint8Array())).toBe(video.sha256);
    }
  });

  it('a clip changed after capture is still named when its bytes come through reused buffers', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const original = pattern(2 * PIECE_BYTES + 99, 5);
    const clip = await addEvidence(db, {
      caseId: theCase.id,
      bytes: new Blob([original], { type: 'video/mp4' }),
      kind: 'defect-media',
      captureMethod: 'upload',
      now: new Date('2026-11-02T08:00:00Z'),
      fileName: 'inspection.mp4',
    });
    const changed = original.slice();
    changed[PIECE_BYTES + 1] = (changed[PIECE_BYTES + 1] as number) ^ 0x40; // in the second piece
    await db.blobs.put({ itemId: clip.id, bytes: new Blob([changed], { type: 'video/mp4' }) });
    const disk = slowDisk();
    const result = await exportCase(db, theCase.id, { writable: disk.writable, now: NOW });
    expect(result.mismatches).toEqual([
      { path: 'files/01-defect-media-inspection.mp4', expected: clip.sha256, actual: sha256(changed) },
    ]);
  });
});

describe('blobPieces', () => {
  it('does not read into a buffer the output still holds, and goes on once the output is done with it', async () => {
    const bytes = pattern(10 * 1024 + 3, 11);
    let release: () => void = () => undefined;
    const landed = new Promise<void>((resolve) => {
      release = resolve;
    });
    const pieces = blobPieces(new Blob([bytes]), new PieceBuffers(1024, 2), () => landed);
    const held: Uint8Array[] = [];
    // Two buffers: two pieces can be out at once (copied here, as a disk would keep them).
    for (let i = 0; i < 2; i++) {
      const { value } = await pieces.next();
      held.push(Uint8Array.from(value as Uint8Array));
    }
    // The third needs a buffer back: it waits while the output has not taken the first.
    let third: IteratorResult<Uint8Array> | undefined;
    const asked = pieces.next().then((r) => {
      third = r;
    });
    await turns(5);
    expect(third).toBeUndefined();
    release();
    await asked;
    held.push(Uint8Array.from(third?.value ?? []));
    const rest = await drain(pieces);
    expect(Buffer.concat([...held, rest]).equals(Buffer.from(bytes))).toBe(true);
  });

  it('gives the bytes in order whatever the buffer size, an empty file as nothing', async () => {
    for (const [size, pieceBytes] of [
      [0, 64],
      [1, 64],
      [64, 64],
      [65, 64],
      [5000, 333],
    ] as const) {
      const bytes = pattern(size, 3);
      const got = await drain(blobPieces(new Blob([bytes]), new PieceBuffers(pieceBytes, 2), async () => {}));
      expect(Buffer.from(got).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it("takes the stream's own pieces where a Blob's stream has no reader that fills a buffer", async () => {
    const bytes = pattern(3000, 9);
    const plain = {
      stream: () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(bytes.subarray(0, 1000));
            controller.enqueue(bytes.subarray(1000));
            controller.close();
          },
        }),
    } as unknown as Blob;
    const got = await drain(blobPieces(plain, new PieceBuffers(512, 2), async () => {}));
    expect(Buffer.from(got).equals(Buffer.from(bytes))).toBe(true);
  });
});
