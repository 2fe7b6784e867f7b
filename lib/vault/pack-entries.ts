import { createSHA256 } from 'hash-wasm';
import { crc32Number, type StreamingZipWriter } from './zip-stream-writer';

/**
 * Evidence and generated files written into a dispute pack, each hashed on
 * its one way through (SHA-256 of exactly the bytes written, compared by the
 * caller with the capture-time hash): nothing is read twice.
 */

/**
 * Stored items up to this size are read whole, one ahead of the one being
 * written, and hashed by the platform's SHA-256 (native, several times faster
 * than WebAssembly, but only over a whole buffer). Larger ones stream through
 * a WebAssembly SHA-256 chunk by chunk. Memory: at most two such items.
 */
export const EXPORT_IN_MEMORY_LIMIT = 16 * 1024 * 1024;

function hex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] as number).toString(16).padStart(2, '0');
  return out;
}

async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
  } finally {
    reader.releaseLock();
  }
}

async function* single(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

export interface EvidenceEntry {
  path: string;
  blob: Blob;
  lastModDate: Date;
  /** Compress (text-like evidence) or store as is. */
  deflate: boolean;
  /** The CRC-32 kept at capture, when the stored bytes still have the captured size. */
  crc32?: string;
  /** The whole blob, already being read (small stored items: see EXPORT_IN_MEMORY_LIMIT). */
  whole?: Promise<ArrayBuffer>;
}

/** Writes one evidence file and returns the SHA-256 and size of exactly the bytes written. */
export async function addEvidenceEntry(
  zip: StreamingZipWriter,
  entry: EvidenceEntry,
): Promise<{ sha256: string; size: number }> {
  const { path, blob, lastModDate } = entry;
  const native = globalThis.crypto?.subtle;
  if (!entry.deflate && entry.crc32 && entry.whole && native) {
    // In memory already: the platform's SHA-256 runs (off this thread) while the bytes are written.
    const bytes = new Uint8Array(await entry.whole);
    const [digest, size] = await Promise.all([
      native.digest('SHA-256', bytes),
      zip.addStored(path, { crc32: crc32Number(entry.crc32), size: bytes.byteLength }, single(bytes), {
        lastModDate,
      }),
    ]);
    return { sha256: hex(digest), size };
  }
  const hasher = await createSHA256();
  hasher.init();
  const onChunk = (chunk: Uint8Array) => hasher.update(chunk);
  const size =
    !entry.deflate && entry.crc32
      ? await zip.addStored(
          path,
          { crc32: crc32Number(entry.crc32), size: blob.size },
          chunksOf(blob.stream()),
          {
            lastModDate,
            onChunk,
          },
        )
      : await zip.addStreamed(path, chunksOf(blob.stream()), {
          lastModDate,
          deflate: entry.deflate,
          sizeHint: blob.size,
          onChunk,
        });
  return { sha256: hasher.digest('hex'), size };
}

/** Adds a generated text file (UTF-8, deflated) and returns the SHA-256 of exactly the bytes written. */
export async function addTextFile(
  zip: StreamingZipWriter,
  path: string,
  text: string,
  lastModDate: Date,
): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hasher = await createSHA256();
  hasher.init();
  hasher.update(bytes);
  await zip.addBytes(path, bytes, { lastModDate, deflate: true });
  return hasher.digest('hex');
}
