import { TextReader, type ZipWriter } from '@zip.js/zip.js';
import { createHashingPassThrough } from './hash';

/**
 * zip.js settings for the vault backup and for reading ZIPs (dispute packs are
 * written by ZipStreamWriter). No web workers: an MV3 service worker cannot start them, and evidence is mostly stored uncompressed, so
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

/** `sha256sum -c` input: "<hex>  <path>" per line (two spaces: text mode), in the pack's order. */
export function sha256sums(files: readonly { path: string; sha256: string }[]): string {
  return files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
}

/** zip.js refuses dates before 1980 (DOS time); evidence dates are later, but a bad one must not break an export. */
export function zipDate(iso: string, fallback: Date): Date {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1980 ? fallback : date;
}
