import { BlobReader, type FileEntry, TextWriter, ZipReader } from '@zip.js/zip.js';
import type { z } from 'zod';
import { VaultImportError } from './errors';
import { createHashingPassThrough } from './hash';
import { formatHeader } from './pack-format';
import { issuesText } from './rows-io';
import { ZIP_OPTIONS } from './zip-io';

/** Reading side of packs and backups: every refusal says why and that nothing was imported. */

export const NOTHING_IMPORTED = 'Nothing was imported.';

export interface OpenedZip {
  reader: ZipReader<unknown>;
  files: Map<string, FileEntry>;
}

export async function openZip(blob: Blob, what: string): Promise<OpenedZip> {
  const reader = new ZipReader(new BlobReader(blob), { ...ZIP_OPTIONS, checkAmbiguity: true });
  try {
    const entries = await reader.getEntries();
    const files = new Map<string, FileEntry>();
    for (const entry of entries) if (!entry.directory) files.set(entry.filename, entry);
    return { reader, files };
  } catch (error) {
    await reader.close().catch(() => {});
    throw new VaultImportError(
      'not-a-zip',
      `This file is not a ${what}: it is not a ZIP archive, or it is damaged. ${NOTHING_IMPORTED}`,
      undefined,
      error,
    );
  }
}

/** Reads and JSON-parses a small text entry (a manifest); undefined when absent. */
export async function readJsonEntry(zip: OpenedZip, path: string): Promise<unknown> {
  const entry = zip.files.get(path);
  if (!entry) return undefined;
  let text: string;
  try {
    text = await entry.getData(new TextWriter());
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
 * Extracts one file, hashing it on the way out, and refuses it when the
 * SHA-256 differs from the manifest: a tampered or corrupted file is named.
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
  const collected = new Response(hashing.stream.readable).blob();
  collected.catch(() => {}); // a read failure is reported below, not as an unhandled rejection
  try {
    await entry.getData(hashing.stream.writable);
  } catch (error) {
    throw new VaultImportError(
      'hash-mismatch',
      `${file.path} is damaged and cannot be read (${error instanceof Error ? error.message : String(error)}). ${NOTHING_IMPORTED}`,
      file.path,
      error,
    );
  }
  const bytes = await collected;
  const { sha256 } = hashing.result();
  if (sha256 !== file.sha256) {
    throw new VaultImportError(
      'hash-mismatch',
      `${file.path} has been altered or damaged: its SHA-256 is ${sha256}, the manifest says ${file.sha256}. ${NOTHING_IMPORTED}`,
      file.path,
    );
  }
  // Same bytes, typed like the original so a browser opens it with the right viewer.
  return new Blob([bytes], { type: file.mimeType });
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
}

/**
 * Reads a pack's or backup's manifest: refuses a foreign ZIP, one made by a
 * newer TradeGuard, and a damaged manifest, each with its own message.
 */
export async function readManifest<S extends z.ZodType>(
  zip: OpenedZip,
  spec: ManifestSpec<S>,
): Promise<z.infer<S>> {
  const raw = await readJsonEntry(zip, spec.path);
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
