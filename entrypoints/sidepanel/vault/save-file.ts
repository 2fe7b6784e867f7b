/**
 * Where an exported ZIP goes. Preferred: the File System Access API
 * (showSaveFilePicker), which streams each chunk to the file the buyer chose:
 * memory stays flat whatever the pack size, and a failed export aborts the
 * file instead of leaving half a ZIP.
 *
 * Fallback (Firefox, Safari, a picker that is not available): the ZIP is
 * gathered as a Blob and handed to a download. What is bounded there, honestly:
 * this page's JavaScript heap holds at most ~8 MB of loose chunks, which are
 * folded into Blob parts as they arrive (lib/vault/blob-sink.ts); the Blob parts themselves live in the
 * browser's blob store (Chrome moves large blobs to disk, other browsers may
 * keep them in memory or a temp file). So the whole pack exists once before the
 * download starts: bounded by disk in Chrome, not by anything we control elsewhere.
 */
import { BlobStoreFull, blobSink } from '../../../lib/vault/blob-sink';
import { VaultWriteError } from '../../../lib/vault/errors';

interface SaveFilePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<{ createWritable(): Promise<WritableStream<Uint8Array>> }>;
}

export type SaveHow = 'picker' | 'download';

/** Null when the buyer closed the save dialog. */
export async function saveZip<T>(
  suggestedName: string,
  write: (writable: WritableStream<Uint8Array>) => Promise<T>,
): Promise<{ result: T; how: SaveHow } | null> {
  const picker = (window as unknown as SaveFilePickerWindow).showSaveFilePicker;
  if (typeof picker === 'function') {
    let handle: Awaited<ReturnType<typeof picker>>;
    try {
      handle = await picker.call(window, {
        suggestedName,
        types: [{ description: 'ZIP archive', accept: { 'application/zip': ['.zip'] } }],
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return null;
      throw error;
    }
    const writable = await handle.createWritable();
    try {
      return { result: await write(writable), how: 'picker' };
    } catch (error) {
      // The ZIP writer may have closed or errored the stream already; either way, drop the partial file.
      await writable.abort().catch(() => undefined);
      throw error;
    }
  }
  const sink = blobSink('application/zip');
  const result = await write(sink.writable);
  let zip: Blob;
  try {
    zip = await sink.finish();
  } catch (error) {
    if (!(error instanceof BlobStoreFull)) throw error;
    // Handed to a download, a Blob the store did not keep starts nothing: say so instead of "saved".
    throw new VaultWriteError(
      'quota',
      'The browser ran out of space to build the pack for download: the disk, or the browser’s allowance on it, is full. Nothing in the vault changed. Free some space, then export again.',
      error,
    );
  }
  download(zip, suggestedName);
  return { result, how: 'download' };
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference once started; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "2026-11-20" for file names. */
export function dateStamp(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function safeFilePart(text: string): string {
  return (
    text
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'case'
  );
}
