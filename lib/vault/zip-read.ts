import { BlobReader, type FileEntry, ZipReader } from '@zip.js/zip.js';
import type { z } from 'zod';
import { BlobStoreFull, blobSink } from './blob-sink';
import { VaultImportError } from './errors';
import { createHashingPassThrough } from './hash';
import { formatBytes, IMPORT_LIMITS } from './limits';
import { formatHeader } from './pack-format';
import { issuesText } from './rows-io';
import { ZIP_OPTIONS } from './zip-io';

/** Reading side of packs and backups: every refusal says why and that nothing was imported. */

export const NOTHING_IMPORTED = 'Nothing was imported.';

export interface OpenedZip {
  reader: ZipReader<unknown>;
  files: Map<string, FileEntry>;
  /** Entries marked as folders that nonetheless carry bytes: TradeGuard never writes one. */
  foldersWithData: { path: string; size: number }[];
}

export async function openZip(blob: Blob, what: string): Promise<OpenedZip> {
  const reader = new ZipReader(new BlobReader(blob), { ...ZIP_OPTIONS, checkAmbiguity: true });
  try {
    const entries = await reader.getEntries();
    const files = new Map<string, FileEntry>();
    const foldersWithData: OpenedZip['foldersWithData'] = [];
    for (const entry of entries) {
      if (!entry.directory) files.set(entry.filename, entry);
      else if (entry.uncompressedSize > 0 || entry.compressedSize > 0)
        foldersWithData.push({ path: entry.filename, size: entry.uncompressedSize });
    }
    return { reader, files, foldersWithData };
  } catch (error) {
    await reader.close().catch(() => {});
    const found = await whatIsWrong(blob, error);
    throw new VaultImportError(
      'not-a-zip',
      found
        ? `This file cannot be trusted as a ${what}: ${found} TradeGuard never writes such a ZIP. ${NOTHING_IMPORTED}`
        : `This file is not a ${what}: it is not a ZIP archive, or it is damaged. ${NOTHING_IMPORTED}`,
      undefined,
      error,
    );
  }
}

/**
 * zip.js refuses ambiguous archives (two entries under one name, overlapping
 * entries) and unsafe names ("../", absolute paths) without naming them; the
 * names are read again, unchecked and only for the message, to say which.
 */
async function whatIsWrong(blob: Blob, error: unknown): Promise<string | null> {
  const message = error instanceof Error ? error.message : '';
  const ambiguous = /ambiguous/i.test(message);
  const unsafe = /unsafe/i.test(message);
  if (!ambiguous && !unsafe) return null;
  const names: string[] = [];
  const reader = new ZipReader(new BlobReader(blob), ZIP_OPTIONS);
  try {
    for (const entry of await reader.getEntries()) names.push(entry.filename);
  } catch {
    // The generic sentence below still says what kind of problem it is.
  } finally {
    await reader.close().catch(() => {});
  }
  const quote = (list: string[]) =>
    list
      .slice(0, 3)
      .map((n) => JSON.stringify(n))
      .join(', ');
  if (unsafe) {
    const bad = names.filter((n) => /(^|[\\/])\.\.([\\/]|$)/.test(n) || /^([\\/]|[A-Za-z]:)/.test(n));
    return `it holds an entry whose name leaves its folder or is an absolute path${bad.length ? ` (${quote(bad)})` : ''}, which could overwrite files elsewhere when unzipped.`;
  }
  const dup = names.filter((n, i) => names.indexOf(n) !== i);
  return dup.length
    ? `it holds two entries under the same name (${quote([...new Set(dup)])}), so different tools would show different files.`
    : 'its entries overlap or are listed twice, so different tools would show different files.';
}

/**
 * A stream sink that keeps at most `limit` bytes and fails past them: a ZIP
 * may declare a small size and inflate to a huge one, so the declared size is
 * checked first and the real one as it flows.
 */
function boundedSink(
  limit: number,
  what: string,
): { writable: WritableStream<Uint8Array>; bytes(): Uint8Array } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const writable = new WritableStream<Uint8Array>({
    write(chunk) {
      total += chunk.byteLength;
      if (total > limit) throw new TooLarge(`${what} holds more than it declares`);
      chunks.push(chunk.slice());
    },
  });
  return {
    writable,
    bytes() {
      const out = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
      }
      return out;
    },
  };
}

class TooLarge extends Error {}

/**
 * Reads and JSON-parses a manifest entry; undefined when absent. Refused
 * before it is read when it is over `maxBytes` (the limit is named).
 */
export async function readJsonEntry(zip: OpenedZip, path: string, maxBytes: number): Promise<unknown> {
  const entry = zip.files.get(path);
  if (!entry) return undefined;
  if (entry.uncompressedSize > maxBytes) {
    throw new VaultImportError(
      'too-large',
      `${path} is ${formatBytes(entry.uncompressedSize)}; TradeGuard reads manifests up to ${formatBytes(maxBytes)}. ${NOTHING_IMPORTED}`,
      path,
    );
  }
  let text: string;
  try {
    const sink = boundedSink(entry.uncompressedSize, path);
    await entry.getData(sink.writable);
    text = new TextDecoder('utf-8', { fatal: true }).decode(sink.bytes());
  } catch (error) {
    throw new VaultImportError(
      'invalid-manifest',
      `${path} is damaged and cannot be read. ${NOTHING_IMPORTED}`,
      path,
      error,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new VaultImportError(
      'invalid-manifest',
      `${path} is not valid JSON. ${NOTHING_IMPORTED}`,
      path,
      error,
    );
  }
}

export interface ExpectedFile {
  path: string;
  sha256: string;
  size: number;
  mimeType: string;
}

/** Refuses before any write when a listed file is absent or its size is not the one recorded. */
export function checkListedFiles(zip: OpenedZip, expected: readonly ExpectedFile[]): void {
  for (const file of expected) {
    const entry = zip.files.get(file.path);
    if (!entry) {
      throw new VaultImportError(
        'missing-file',
        `The manifest lists ${file.path} but that file is not in the ZIP. ${NOTHING_IMPORTED}`,
        file.path,
      );
    }
    if (entry.uncompressedSize !== file.size) {
      throw new VaultImportError(
        'size-mismatch',
        `${file.path} has been altered or damaged: it holds ${entry.uncompressedSize} bytes, the manifest says ${file.size}. ${NOTHING_IMPORTED}`,
        file.path,
      );
    }
  }
}

/**
 * Refuses, before anything is written, files that would expand more than
 * IMPORT_LIMITS.maxExpansion times (a zip bomb), and an import whose files
 * add up to more than IMPORT_LIMITS.totalBytes.
 */
export function checkExpansion(zip: OpenedZip, expected: readonly ExpectedFile[]): void {
  const { maxExpansion, expansionFloorBytes, totalBytes } = IMPORT_LIMITS;
  let total = 0;
  for (const file of expected) {
    const entry = zip.files.get(file.path);
    if (!entry) continue;
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > expansionFloorBytes && ratio > maxExpansion) {
      throw new VaultImportError(
        'too-large',
        `${file.path} would expand ${Math.round(ratio)} times (${formatBytes(entry.compressedSize)} to ${formatBytes(entry.uncompressedSize)}); TradeGuard accepts files that expand at most ${maxExpansion} times, so this looks like a ZIP bomb. ${NOTHING_IMPORTED}`,
        file.path,
      );
    }
  }
  if (total > totalBytes) {
    throw new VaultImportError(
      'too-large',
      `This ZIP would add ${formatBytes(total)}; TradeGuard imports at most ${formatBytes(totalBytes)} at once. ${NOTHING_IMPORTED}`,
    );
  }
}

export type StorageEstimate = () => Promise<{ usage?: number; quota?: number }>;

/** navigator.storage.estimate where there is one (extension pages, the worker); none in Node. */
export function browserStorageEstimate(): StorageEstimate | undefined {
  const storage = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
  return storage?.estimate ? () => storage.estimate() : undefined;
}

/** Refuses before writing when the files to add exceed the free space the browser reports. */
export async function checkFreeSpace(needed: number, estimate: StorageEstimate | undefined): Promise<void> {
  if (!estimate || needed === 0) return;
  const { usage, quota } = await estimate().catch(() => ({}) as { usage?: number; quota?: number });
  if (typeof usage !== 'number' || typeof quota !== 'number') return;
  const free = Math.max(0, quota - usage);
  if (needed > free) {
    throw new VaultImportError(
      'no-space',
      `This ZIP needs ${formatBytes(needed)} but the browser has ${formatBytes(free)} free for the vault. Free some space (or export and delete old cases), then try again. ${NOTHING_IMPORTED}`,
    );
  }
}

/**
 * Extracts one file, hashing it on the way out, and refuses it when the
 * SHA-256 differs from the manifest: a tampered or corrupted file is named.
 * Never takes more bytes than the manifest declares, whatever the ZIP inflates to.
 */
export async function readVerifiedFile(zip: OpenedZip, file: ExpectedFile): Promise<Blob> {
  const entry = zip.files.get(file.path);
  if (!entry)
    throw new VaultImportError(
      'missing-file',
      `${file.path} is not in the ZIP. ${NOTHING_IMPORTED}`,
      file.path,
    );
  const hashing = await createHashingPassThrough();
  let seen = 0;
  const bounded = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > file.size) throw new TooLarge(`${file.path} holds more than its ${file.size} bytes`);
      controller.enqueue(chunk);
    },
  });
  const sink = blobSink(file.mimeType);
  const collected = bounded.readable.pipeThrough(hashing.stream).pipeTo(sink.writable);
  collected.catch(() => {}); // a read failure is reported below, not as an unhandled rejection
  try {
    await entry.getData(bounded.writable);
    await collected;
  } catch (error) {
    throw new VaultImportError(
      'hash-mismatch',
      `${file.path} is damaged and cannot be read (${error instanceof Error ? error.message : String(error)}). ${NOTHING_IMPORTED}`,
      file.path,
      error,
    );
  }
  const { sha256 } = hashing.result();
  if (sha256 !== file.sha256) {
    throw new VaultImportError(
      'hash-mismatch',
      `${file.path} has been altered or damaged: its SHA-256 is ${sha256}, the manifest says ${file.sha256}. ${NOTHING_IMPORTED}`,
      file.path,
    );
  }
  try {
    // Same bytes, typed like the original so a browser opens it with the right viewer.
    return await sink.finish();
  } catch (error) {
    if (error instanceof BlobStoreFull) throw outOfSpace(file.path, error);
    throw error;
  }
}

function outOfSpace(path: string, cause: unknown): VaultImportError {
  return new VaultImportError(
    'no-space',
    `The browser ran out of space to hold ${path} while importing: the disk, or the browser's allowance on it, is full. Free some space (or export and delete old cases), then try again. ${NOTHING_IMPORTED}`,
    path,
    cause,
  );
}

export interface ManifestSpec<S extends z.ZodType> {
  /** The entry that makes the ZIP ours ("manifest.json", "backup.json"). */
  path: string;
  /** "dispute pack", "vault backup": named in every refusal. */
  what: string;
  /** "pack", "backup": for "made by a newer TradeGuard (pack version 3)". */
  short: string;
  format: string;
  version: number;
  schema: S;
  /** The other TradeGuard format's entry, and what to tell a buyer who picked the wrong button. */
  otherPath: string;
  otherHint: string;
  /** The largest manifest read (IMPORT_LIMITS). */
  maxBytes: number;
}

/**
 * Reads a pack's or backup's manifest: refuses a foreign ZIP, one made by a
 * newer TradeGuard, and a damaged manifest, each with its own message.
 */
export async function readManifest<S extends z.ZodType>(
  zip: OpenedZip,
  spec: ManifestSpec<S>,
): Promise<z.infer<S>> {
  const raw = await readJsonEntry(zip, spec.path, spec.maxBytes);
  if (raw === undefined) {
    const hint = zip.files.has(spec.otherPath) ? ` ${spec.otherHint}` : '';
    throw new VaultImportError(
      'foreign',
      `This ZIP is not a TradeGuard ${spec.what} (it has no ${spec.path}).${hint} ${NOTHING_IMPORTED}`,
    );
  }
  const header = formatHeader(raw);
  if (header.format !== spec.format) {
    throw new VaultImportError(
      'foreign',
      `This ZIP's ${spec.path} is not a TradeGuard ${spec.what}. ${NOTHING_IMPORTED}`,
    );
  }
  if (typeof header.version === 'number' && header.version > spec.version) {
    throw new VaultImportError(
      'newer-version',
      `This ${spec.short} was made by a newer TradeGuard (${spec.short} version ${header.version}). Update the extension, then try again. ${NOTHING_IMPORTED}`,
    );
  }
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    throw new VaultImportError(
      'invalid-manifest',
      `The ${spec.short}'s ${spec.path} is damaged or incomplete (${issuesText(parsed.error)}). ${NOTHING_IMPORTED}`,
      spec.path,
    );
  }
  return parsed.data;
}
