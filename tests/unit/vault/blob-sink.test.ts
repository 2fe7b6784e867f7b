import { describe, expect, it } from 'vitest';
import { blobSink, FOLD_BYTES } from '../../../lib/vault/blob-sink';

/** Writes `chunks` through one reused buffer, as zip.js and the export's piece buffers do. */
async function writeReusing(sink: ReturnType<typeof blobSink>, chunks: Uint8Array[]): Promise<void> {
  const writer = sink.writable.getWriter();
  const shared = new Uint8Array(Math.max(...chunks.map((c) => c.byteLength)));
  for (const chunk of chunks) {
    shared.set(chunk);
    await writer.write(shared.subarray(0, chunk.byteLength));
    shared.fill(0xee); // the writer's next use of its buffer must not reach what was already written
  }
  await writer.close();
}

describe('the blob an import or a download export is gathered into', () => {
  it('holds exactly the bytes written, in order, typed as asked, although the writer reused its buffer', async () => {
    const chunks = [1, 2, 3].map((n) => new Uint8Array(1000 + n).fill(n));
    const sink = blobSink('application/zip');
    await writeReusing(sink, chunks);
    const blob = await sink.finish();
    expect(blob.type).toBe('application/zip');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(bytes.byteLength).toBe(1001 + 1002 + 1003);
    expect([bytes[0], bytes[1000], bytes[1001], bytes[2002], bytes[2003], bytes[bytes.length - 1]]).toEqual([
      1, 1, 2, 2, 3, 3,
    ]);
  });

  it('a file larger than one fold comes back whole, byte for byte', async () => {
    const piece = 3 * 1024 * 1024 + 17;
    const chunks = [0, 1, 2, 3].map((n) => {
      const c = new Uint8Array(piece);
      for (let i = 0; i < c.length; i += 4093) c[i] = (i + n) % 251;
      return c;
    });
    expect(piece * chunks.length).toBeGreaterThan(FOLD_BYTES);
    const sink = blobSink();
    await writeReusing(sink, chunks);
    const bytes = new Uint8Array(await (await sink.finish()).arrayBuffer());
    expect(bytes.byteLength).toBe(piece * 4);
    for (const [n, chunk] of chunks.entries())
      expect(bytes.subarray(n * piece, (n + 1) * piece)).toEqual(chunk);
  });

  it('nothing written gives an empty blob, not an error', async () => {
    const sink = blobSink('text/plain');
    await sink.writable.close();
    const blob = await sink.finish();
    expect(blob.size).toBe(0);
  });
});
