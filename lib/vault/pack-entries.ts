import { createCRC32, createSHA256 } from 'hash-wasm';
import { blobPieces, PieceBuffers } from './blob-pieces';
import { createHashingPassThrough, sha256OfBlob } from './hash';
import type { ZipStreamWriter } from './zip-stream-writer';

/**
 * Stored items up to this size are read whole and hashed by the platform's
 * SHA-256 (several times faster than WebAssembly, which needs no whole
 * buffer); larger ones (a 2 GB video) stream through a WebAssembly SHA-256.
 */
export const EXPORT_IN_MEMORY_LIMIT = 64 * 1024 * 1024;
/** The next item is read while this one is hashed and written only when both fit in this many bytes. */
export const EXPORT_READ_AHEAD_BYTES = 64 * 1024 * 1024;
/**
 * Bytes a test needs to span several of the export's reads (Chromium hands a
 * Blob's stream over in pieces of 64 KB to a few MB; 8 MB always makes more than one).
 */
export const EXPORT_MULTI_READ_BYTES = 8 * 1024 * 1024;

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

/**
 * Writes a stored item whose CRC-32 and SHA-256 were taken at capture, checking
 * the bytes against the CRC-32 on the way through instead of hashing them again
 * with SHA-256: a CRC-32 pass costs about a third of a native SHA-256 here, on
 * each piece of the Blob's stream as it arrives. The CRC catches every accidental change
 * and any change of up to 32 bits; only when it (or the size) disagrees is the
 * SHA-256 of the bytes computed, so a changed file is still named with both
 * hashes. A change made to keep the CRC-32 (deliberate, not decay) is not caught
 * here, but the pack states the capture-time SHA-256 in SHA256SUMS and the
 * manifest, so any verifier of the pack catches it.
 */
export async function writeCheckedEvidence(
  zip: ZipStreamWriter,
  path: string,
  blob: Blob,
  options: {
    lastModDate: Date;
    /** CRC-32 kept at capture, 8 hex digits. */
    crc32: string;
    /** SHA-256 taken at capture. */
    sha256: string;
    /** Adds where this item's time went, in ms (the benchmark's split). */
    split?: EvidenceSplit;
    /** The export's reused read buffers (a pool of its own when absent). */
    buffers?: PieceBuffers;
  },
): Promise<{ sha256: string; size: number }> {
  const expected = Number.parseInt(options.crc32, 16);
  const crc = await createCRC32();
  crc.init();
  const split = options.split ?? { readWaitMs: 0, hashCallMs: 0, writeMs: 0, hashWaitMs: 0 };
  const buffers = options.buffers ?? new PieceBuffers();
  let size = 0;
  // Each piece (up to PIECE_BYTES, read into a reused buffer: blob-pieces.ts) checked and handed on as it came.
  // Reading 4 MB Blob.slice()s, the next asked for while one was checked, cost 2.5x a streamed read
  // of the same bytes; the stream's own pieces with the CRC-32 on each 1.5-1.7x, and a fresh buffer per
  // piece left about a tenth of the pack as garbage on the heap. Reused buffers: about one read.
  async function* pieces() {
    const source = blobPieces(blob, buffers, () => zip.landed());
    try {
      for (;;) {
        let t = performance.now();
        const { done, value } = await source.next();
        split.readWaitMs += performance.now() - t;
        if (done) return;
        size += value.byteLength;
        t = performance.now();
        crc.update(value);
        split.checkMs = (split.checkMs ?? 0) + performance.now() - t;
        t = performance.now();
        yield value;
        split.writeMs += performance.now() - t;
      }
    } finally {
      await source.return(undefined); // releases the Blob's reader when the writer stopped early
    }
  }
  await zip.add(path, pieces(), {
    level: 0,
    crc32: expected,
    size: blob.size,
    lastModDate: options.lastModDate,
  });
  const intact = Number.parseInt(crc.digest('hex'), 16) === expected;
  return { sha256: intact ? options.sha256 : await sha256OfBlob(blob), size };
}

/** Where the export's evidence time went, in ms: waiting for bytes, the hash call, writing, then waiting for the hash. */
export interface EvidenceSplit {
  readWaitMs: number;
  hashCallMs: number;
  writeMs: number;
  hashWaitMs: number;
  /** CRC-32 check of stored items against the value kept at capture (no SHA-256 pass). */
  checkMs?: number;
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
