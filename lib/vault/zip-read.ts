import { BlobReader, type FileEntry, TextWriter, ZipReader } from '@zip.js/zip.js';
import { VaultImportError } from './errors';
import { createHashingPassThrough } from './hash';
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
