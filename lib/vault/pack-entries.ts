import { createSHA256 } from 'hash-wasm';
import { createHashingPassThrough } from './hash';
import type { ZipStreamWriter } from './zip-stream-writer';

/**
 * Stored items up to this size are read whole and hashed by the platform's
 * SHA-256 (several times faster than WebAssembly, which needs no whole
 * buffer); larger ones (a 2 GB video) stream through a WebAssembly SHA-256.
 */
export const EXPORT_IN_MEMORY_LIMIT = 64 * 1024 * 1024;
/** The next item is read while this one is hashed and written only when both fit in this many bytes. */
export const EXPORT_READ_AHEAD_BYTES = 64 * 1024 * 1024;

function hex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] as number).toString(16).padStart(2, '0');
  return out;
}

/**
 * Writes one piece of evidence and returns the SHA-256 and size of exactly the
 * bytes written (to catch bytes that changed since capture). A stored item
 * with its CRC-32 kept at capture and its bytes already in memory (`whole`)
 * is hashed natively while it is written; anything else streams through.
 */
export async function writeEvidence(
  zip: ZipStreamWriter,
  path: string,
  blob: Blob,
  options: {
    level: number;
    lastModDate: Date;
    crc32?: string;
    whole?: Promise<ArrayBuffer>;
    /** Adds where this item's time went, in ms (the benchmark's split). */
    split?: EvidenceSplit;
  },
): Promise<{ sha256: string; size: number }> {
  const crc32 = options.level === 0 && options.crc32 ? Number.parseInt(options.crc32, 16) : undefined;
  const native = globalThis.crypto?.subtle;
  const split = options.split ?? { readWaitMs: 0, hashCallMs: 0, writeMs: 0, hashWaitMs: 0 };
  let t = performance.now();
  if (native && options.whole && crc32 !== undefined) {
    const bytes = new Uint8Array(await options.whole);
    split.readWaitMs += performance.now() - t;
    t = performance.now();
    const digest = native.digest('SHA-256', bytes);
    digest.catch(() => undefined); // surfaces below, after the write
    // Chromium hashes inside the call (it returns when done): timed apart so the write's figure is the write's.
    split.hashCallMs += performance.now() - t;
    t = performance.now();
    await zip.add(path, bytes, { level: 0, crc32, lastModDate: options.lastModDate });
    split.writeMs += performance.now() - t;
    t = performance.now();
    const sha256 = hex(await digest);
    split.hashWaitMs += performance.now() - t;
    return { sha256, size: bytes.byteLength };
  }
  const hashing = await createHashingPassThrough();
  await zip.add(path, blob.stream().pipeThrough(hashing.stream), {
    level: options.level,
    lastModDate: options.lastModDate,
    size: blob.size,
    ...(crc32 !== undefined && { crc32 }),
  });
  split.writeMs += performance.now() - t;
  return hashing.result();
}

/** Where the export's evidence time went, in ms: waiting for bytes, the hash call, writing, then waiting for the hash. */
export interface EvidenceSplit {
  readWaitMs: number;
  hashCallMs: number;
  writeMs: number;
  hashWaitMs: number;
}

/** Adds a generated text file (UTF-8, deflated) and returns the SHA-256 of exactly the bytes written, for SHA256SUMS. */
export async function writeHashedText(
  zip: ZipStreamWriter,
  path: string,
  text: string,
  lastModDate: Date,
): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hasher = await createSHA256();
  hasher.init();
  hasher.update(bytes);
  await zip.add(path, bytes, { level: 6, lastModDate });
  return hasher.digest('hex');
}
