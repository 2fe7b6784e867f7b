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
