/**
 * Gathers a stream of bytes into a Blob, for an import's extracted file and
 * an export handed to a download.
 *
 * Why not `new Response(stream).blob()`: Chrome builds such a Blob through its
 * "blob from stream" path, which refused a 16 MB file outright on a profile
 * whose disk was a few gigabytes (seen in the end-to-end vault test), while
 * the same bytes folded into Blob parts of a few megabytes were stored. Folding
 * also bounds this page's heap: at most FOLD_BYTES of loose chunks are held
 * before they become a part in the browser's blob store.
 *
 * A Blob the store could not keep is created without complaint and only fails
 * when read, so `finish()` reads one byte of each part and throws
 * BlobStoreFull instead of handing back a Blob that will break later.
 */
export const FOLD_BYTES = 8 * 1024 * 1024;

export class BlobStoreFull extends Error {
  override readonly name = 'BlobStoreFull';
}

export interface BlobSink {
  writable: WritableStream<Uint8Array>;
  /** The Blob of everything written, once the stream closed; throws BlobStoreFull when a part was not kept. */
  finish(): Promise<Blob>;
}

export function blobSink(type = ''): BlobSink {
  const parts: Blob[] = [];
  let loose: Uint8Array[] = [];
  let looseBytes = 0;
  const fold = () => {
    if (loose.length === 0) return;
    parts.push(new Blob(loose as Uint8Array<ArrayBuffer>[]));
    loose = [];
    looseBytes = 0;
  };
  const writable = new WritableStream<Uint8Array>({
    write(chunk) {
      // Writers (zip.js, our piece buffers) reuse their buffers: keep a copy.
      loose.push(chunk.slice());
      looseBytes += chunk.byteLength;
      if (looseBytes >= FOLD_BYTES) fold();
    },
    close: fold,
  });
  return {
    writable,
    async finish() {
      fold();
      const blob = new Blob(parts, { type });
      await assertReadable([...parts, blob]);
      return blob;
    },
  };
}

async function assertReadable(blobs: Blob[]): Promise<void> {
  for (const blob of blobs) {
    if (blob.size === 0) continue;
    try {
      await blob.slice(blob.size - 1).arrayBuffer();
    } catch (error) {
      throw new BlobStoreFull('the browser could not keep the bytes (its blob store is full)', {
        cause: error,
      });
    }
  }
}
