import { crc32, createCRC32, createSHA256 } from 'hash-wasm';

/**
 * SHA-256 (and the ZIP's CRC-32) of evidence bytes. An item that fits in
 * memory is hashed by the platform's native SHA-256 (WebCrypto) in one call —
 * several times faster than WebAssembly; a larger one (a 2 GB video) is read
 * in slices and hashed incrementally, so it never sits in memory at once
 * (WebCrypto's subtle.digest needs the whole buffer).
 */

/** Items up to this size are read whole and hashed natively. */
export const IN_MEMORY_HASH_LIMIT = 128 * 1024 * 1024;
/** Larger items are read in slices of this size (fewer, larger reads than blob.stream()'s 64 KB chunks). */
const SLICE_BYTES = 4 * 1024 * 1024;

const subtle = (): SubtleCrypto | undefined => globalThis.crypto?.subtle;

function hex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] as number).toString(16).padStart(2, '0');
  return out;
}

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
export async function sha256OfBlob(blob: Blob): Promise<string> {
  const native = subtle();
  if (native && blob.size <= IN_MEMORY_HASH_LIMIT)
    return hex(await native.digest('SHA-256', await blob.arrayBuffer()));
  return (await digestsInSlices(blob, false)).sha256;
}

export interface Digests {
  /** Lowercase hex. */
  sha256: string;
  /** The ZIP's CRC-32 (IEEE), 8 lowercase hex digits: kept with the item so an export never recomputes it. */
  crc32: string;
}

/** SHA-256 and CRC-32 of a Blob in one read. */
export async function digestsOfBlob(blob: Blob): Promise<Digests> {
  const native = subtle();
  if (native && blob.size <= IN_MEMORY_HASH_LIMIT) {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const [sha256, crc] = await Promise.all([native.digest('SHA-256', bytes), crc32(bytes)]);
    return { sha256: hex(sha256), crc32: crc };
  }
  return (await digestsInSlices(blob, true)) as Digests;
}

/** The ZIP's CRC-32 of a Blob, read in slices (for bytes whose stored CRC-32 cannot be trusted). */
export async function crc32OfBlob(blob: Blob): Promise<string> {
  const crc = await createCRC32();
  crc.init();
  for (let at = 0; at < blob.size; at += SLICE_BYTES)
    crc.update(new Uint8Array(await blob.slice(at, at + SLICE_BYTES).arrayBuffer()));
  return crc.digest('hex');
}

async function digestsInSlices(blob: Blob, withCrc: boolean): Promise<{ sha256: string; crc32?: string }> {
  const sha = await createSHA256();
  sha.init();
  const crc = withCrc ? await createCRC32() : null;
  crc?.init();
  for (let at = 0; at < blob.size; at += SLICE_BYTES) {
    const slice = new Uint8Array(await blob.slice(at, at + SLICE_BYTES).arrayBuffer());
    sha.update(slice);
    crc?.update(slice);
  }
  return { sha256: sha.digest('hex'), ...(crc && { crc32: crc.digest('hex') }) };
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
