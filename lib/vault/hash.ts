import { createSHA256 } from 'hash-wasm';

/**
 * SHA-256 over streams, chunk by chunk, so a 2 GB video never sits in memory
 * at once (WebCrypto's subtle.digest needs the whole buffer).
 */

export async function sha256OfStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  const hasher = await createSHA256();
  hasher.init();
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hasher.update(value);
  }
  return hasher.digest('hex');
}

/** SHA-256 (lowercase hex) of a Blob's exact bytes. */
export function sha256OfBlob(blob: Blob): Promise<string> {
  return sha256OfStream(blob.stream());
}

export interface HashingPassThrough {
  /** Pipe bytes through this; they come out unchanged. */
  stream: TransformStream<Uint8Array, Uint8Array>;
  /** Hex digest and byte count of everything that passed; call after the stream has finished. */
  result(): { sha256: string; size: number };
}

/** A pass-through that hashes what flows by: verify while exporting or importing, with no second read. */
export async function createHashingPassThrough(): Promise<HashingPassThrough> {
  const hasher = await createSHA256();
  hasher.init();
  let size = 0;
  let digest: string | undefined;
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      hasher.update(chunk);
      size += chunk.byteLength;
      controller.enqueue(chunk);
    },
    flush() {
      digest = hasher.digest('hex');
    },
  });
  return {
    stream,
    result() {
      if (digest === undefined) throw new Error('hash read before the stream finished');
      return { sha256: digest, size };
    },
  };
}
