/**
 * The parts of a streamed export, each timed alone over the same stored blobs
 * (same process, same run), so a change to the export can be judged against
 * them: reading (whole, and in the export's slices), SHA-256 (WebAssembly
 * streaming and the platform's one-shot), CRC-32, and zip.js's framing of
 * bytes already in memory. Each item is read whole outside the timed part of
 * the in-memory steps, one at a time.
 */
import { Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js';
import { crc32, createSHA256 } from 'hash-wasm';
import type { VaultDb } from '../../lib/vault/db';
import type { ItemRow } from '../../lib/vault/schema/rows';
import { getItemBytes } from '../../lib/vault/store';
import { ZIP_OPTIONS } from '../../lib/vault/zip-io';

const EXPORT_SLICE_BYTES = 1024 * 1024;

export interface ExportParts {
  readWholeMs: number;
  readSlicesMs: number;
  sha256WasmMs: number;
  sha256NativeMs: number;
  crc32Ms: number;
  zipFramingMs: number;
}

const nullSink = () => new WritableStream<Uint8Array>({ write() {} });

export async function profileExportParts(db: VaultDb, items: readonly ItemRow[]): Promise<ExportParts> {
  const parts: ExportParts = {
    readWholeMs: 0,
    readSlicesMs: 0,
    sha256WasmMs: 0,
    sha256NativeMs: 0,
    crc32Ms: 0,
    zipFramingMs: 0,
  };
  const zip = new ZipWriter(nullSink(), { ...ZIP_OPTIONS, zip64: true, keepOrder: true });
  for (const item of items) {
    const blob = (await getItemBytes(db, item.id))!;
    let t = performance.now();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    parts.readWholeMs += performance.now() - t;

    t = performance.now();
    for (let at = 0; at < blob.size; at += EXPORT_SLICE_BYTES)
      await blob.slice(at, at + EXPORT_SLICE_BYTES).arrayBuffer();
    parts.readSlicesMs += performance.now() - t;

    t = performance.now();
    const wasm = await createSHA256();
    wasm.init();
    for (let at = 0; at < bytes.length; at += EXPORT_SLICE_BYTES)
      wasm.update(bytes.subarray(at, at + EXPORT_SLICE_BYTES));
    wasm.digest('hex');
    parts.sha256WasmMs += performance.now() - t;

    t = performance.now();
    await crypto.subtle.digest('SHA-256', bytes);
    parts.sha256NativeMs += performance.now() - t;

    t = performance.now();
    const crc = await crc32(bytes);
    parts.crc32Ms += performance.now() - t;

    t = performance.now();
    await zip.add(item.id, new Uint8ArrayReader(bytes), {
      passThrough: true,
      level: 0,
      compressionMethod: 0,
      crc32: Number.parseInt(crc, 16),
      uncompressedSize: bytes.byteLength,
    });
    parts.zipFramingMs += performance.now() - t;
  }
  await zip.close();
  return parts;
}

/**
 * Peak live memory growth of a streamed export: `liveMemory` (after a forced
 * GC) sampled before it starts and every `everyBytes` written, while the
 * export waits on the sink, so what it holds at that moment is all live.
 */
export async function sampledPeakGrowth(
  run: (writable: WritableStream<Uint8Array>) => Promise<unknown>,
  liveMemory: () => Promise<number>,
  everyBytes: number,
): Promise<{ baseline: number; peakGrowth: number; samples: number }> {
  const baseline = await liveMemory();
  let peak = baseline;
  let written = 0;
  let nextSample = everyBytes;
  let samples = 0;
  await run(
    new WritableStream<Uint8Array>({
      async write(chunk) {
        written += chunk.byteLength;
        if (written >= nextSample) {
          nextSample += everyBytes;
          samples++;
          peak = Math.max(peak, await liveMemory());
        }
      },
    }),
  );
  peak = Math.max(peak, await liveMemory());
  return { baseline, peakGrowth: peak - baseline, samples: samples + 1 };
}
