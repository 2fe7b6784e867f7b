import { TextReader, Uint8ArrayReader, type ZipWriter } from '@zip.js/zip.js';
import { createSHA256 } from 'hash-wasm';
import { createHashingPassThrough } from './hash';

/**
 * zip.js settings shared by export and import. No web workers: an MV3 service
 * worker cannot start them, and evidence is mostly stored uncompressed, so
 * there is little CPU work to move off the thread anyway.
 */
export const ZIP_OPTIONS = { useWebWorkers: false } as const;

export const GENERATOR = 'TradeGuard evidence vault';

/**
 * Adds one blob to the zip from its stream (never buffered whole), hashing the
 * bytes on their way in. Returns what was actually written.
 */
export async function addBlobEntry(
  zip: ZipWriter<unknown>,
  path: string,
  blob: Blob,
  options: { level: number; lastModDate?: Date },
): Promise<{ sha256: string; size: number }> {
  const hashing = await createHashingPassThrough();
  await zip.add(path, blob.stream().pipeThrough(hashing.stream), {
    level: options.level,
    ...(options.lastModDate && { lastModDate: options.lastModDate }),
  });
  return hashing.result();
}

/**
 * Stored items up to this size are read whole, one ahead of the one being
 * written, and hashed by the platform's SHA-256 (several times faster than
 * WebAssembly); larger ones stream in slices. Memory: about two such items.
 */
export const EXPORT_IN_MEMORY_LIMIT = 16 * 1024 * 1024;

function hex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] as number).toString(16).padStart(2, '0');
  return out;
}

/** Slices read ahead while the previous one is hashed and written: memory stays at about two of them. */
const SLICE_BYTES = 1024 * 1024;

/**
 * A stored (level 0) entry whose CRC-32 was taken at capture: zip.js copies the
 * bytes through without computing it again, and they are read in 1 MB slices,
 * the next one requested while this one is hashed (SHA-256, to catch bytes
 * that changed since capture) and written. Falls back to addBlobEntry when the
 * item has no stored CRC-32 (rows from before it was kept).
 */
export async function addStoredBlobEntry(
  zip: ZipWriter<unknown>,
  path: string,
  blob: Blob,
  options: {
    crc32?: string;
    lastModDate?: Date;
    /** The whole blob, already being read (small items: see EXPORT_IN_MEMORY_LIMIT). */
    whole?: Promise<ArrayBuffer>;
  },
): Promise<{ sha256: string; size: number }> {
  if (!options.crc32) return addBlobEntry(zip, path, blob, { level: 0, lastModDate: options.lastModDate });
  const stored = {
    passThrough: true,
    level: 0,
    compressionMethod: 0,
    crc32: Number.parseInt(options.crc32, 16),
    uncompressedSize: blob.size,
    ...(options.lastModDate && { lastModDate: options.lastModDate }),
  } as const;
  const native = globalThis.crypto?.subtle;
  if (native && options.whole) {
    // In memory already (read ahead by the caller): the platform's SHA-256 runs while zip.js writes the bytes.
    const bytes = new Uint8Array(await options.whole);
    const [digest] = await Promise.all([
      native.digest('SHA-256', bytes),
      zip.add(path, new Uint8ArrayReader(bytes), stored),
    ]);
    return { sha256: hex(digest), size: bytes.byteLength };
  }
  const hasher = await createSHA256();
  hasher.init();
  const read = (at: number) =>
    at < blob.size ? blob.slice(at, at + SLICE_BYTES).arrayBuffer() : Promise.resolve(null);
  let at = 0;
  let next = read(0);
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const buffer = await next;
        if (!buffer) return controller.close();
        at += buffer.byteLength;
        next = read(at);
        const chunk = new Uint8Array(buffer);
        hasher.update(chunk);
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  await zip.add(path, stream, stored);
  return { sha256: hasher.digest('hex'), size: at };
}

export async function addTextEntry(zip: ZipWriter<unknown>, path: string, text: string, lastModDate: Date) {
  await zip.add(path, new TextReader(text), { level: 6, lastModDate });
}

/** Adds a generated text file (UTF-8) and returns the SHA-256 of exactly the bytes written, for SHA256SUMS. */
export async function addHashedText(
  zip: ZipWriter<unknown>,
  path: string,
  text: string,
  lastModDate: Date,
): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hasher = await createSHA256();
  hasher.init();
  hasher.update(bytes);
  await zip.add(path, new Uint8ArrayReader(bytes), { level: 6, lastModDate });
  return hasher.digest('hex');
}

/** `sha256sum -c` input: "<hex>  <path>" per line (two spaces: text mode), in the pack's order. */
export function sha256sums(files: readonly { path: string; sha256: string }[]): string {
  return files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
}

/** zip.js refuses dates before 1980 (DOS time); evidence dates are later, but a bad one must not break an export. */
export function zipDate(iso: string, fallback: Date): Date {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1980 ? fallback : date;
}
