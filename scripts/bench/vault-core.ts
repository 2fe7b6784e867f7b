/**
 * Evidence-vault benchmark: capture speed, streamed export vs an in-memory
 * (JSZip-style) build, and import with full hash verification.
 *
 *   npx tsx scripts/bench/vault-core.ts --small   (Node + fake-indexeddb, reduced sizes)
 *
 * The lead runs the full size (1,000 × 300 KB items, ~1 GB pack) in Chromium by
 * calling benchVault() from an extension page with performance.memory.
 * Prints figures; asserts nothing about timings.
 */
import { Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import Dexie from 'dexie';
import { crc32 } from 'hash-wasm';
import { addFiles } from '../../lib/vault/add-files';
import { createCase } from '../../lib/vault/cases';
import { openVault, type VaultDb } from '../../lib/vault/db';
import { caseDeletionToken, deleteCase } from '../../lib/vault/delete';
import { exportCase } from '../../lib/vault/export';
import { importPack } from '../../lib/vault/import';
import type { ItemRow } from '../../lib/vault/schema/rows';
import {
  addEvidence,
  addEvidenceBatch,
  addEvidenceInBatches,
  getItemBytes,
  listItems,
  sha256OfBlob,
  verifyItem,
} from '../../lib/vault/store';
import { ZIP_OPTIONS } from '../../lib/vault/zip-io';
import { ZipStreamWriter } from '../../lib/vault/zip-stream-writer';

export interface BenchVaultOptions {
  db: VaultDb;
  itemCount: number;
  itemBytes: number;
  packBytes: number;
  /** Bytes in use by the process/page right now (rss in Node, performance.memory in Chromium). */
  memory(): number;
  /** Size of each item in the big case (a video, say). */
  packItemBytes?: number;
  log?: (line: string) => void;
}

const NOW = new Date('2026-11-20T09:30:00.000Z');

/** Incompressible bytes, different for every seed, without holding a pool of them. */
function noise(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  const words = new Uint32Array(out.buffer, 0, size >>> 2);
  let x = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return out;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function rate(bytes: number, ms: number): string {
  return `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;
}

/** A WritableStream that only counts, sampling memory as chunks arrive. */
function countingWritable(memory: () => number) {
  const stats = { bytes: 0, peak: memory(), sampleMs: 0 };
  const writable = new WritableStream<Uint8Array>({
    write(chunk) {
      stats.bytes += chunk.byteLength;
      if ((stats.bytes & 0xfffff) < chunk.byteLength) {
        // The sampling's own cost is kept apart: with 1 MB chunks it runs on every chunk.
        const t = performance.now();
        stats.peak = Math.max(stats.peak, memory());
        stats.sampleMs += performance.now() - t;
      }
    },
  });
  return { writable, stats };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/**
 * The export's parts timed apart, each over every item of the case, one item
 * in memory at a time: blob read (whole), SHA-256 (native), CRC-32
 * (WebAssembly: what an item without a CRC-32 kept at capture costs; stored
 * items skip it) and ZIP framing (the vault's own writer, the one the export
 * uses, writing the bytes already read into a counting sink).
 */
async function exportParts(db: VaultDb, items: readonly ItemRow[]) {
  const split = { 'blob read': 0, 'SHA-256': 0, 'SHA-256 inside the call': 0, 'CRC-32': 0, 'ZIP framing': 0 };
  const sink = countingWritable(() => 0);
  const zip = new ZipStreamWriter(sink.writable);
  for (const item of items) {
    let t = performance.now();
    const bytes = new Uint8Array(await (await getItemBytes(db, item.id))!.arrayBuffer());
    split['blob read'] += performance.now() - t;
    t = performance.now();
    const digest = crypto.subtle.digest('SHA-256', bytes);
    // How much of the hash happens inside the call, i.e. blocks this thread (all of it in Chromium 156 here: a Worker would be needed to hash beside the main thread).
    split['SHA-256 inside the call'] += performance.now() - t;
    await digest;
    split['SHA-256'] += performance.now() - t;
    t = performance.now();
    const crc = await crc32(bytes);
    split['CRC-32'] += performance.now() - t;
    t = performance.now();
    await zip.add(item.fileName, bytes, {
      level: 0,
      crc32: Number.parseInt(crc, 16),
      lastModDate: NOW,
    });
    split['ZIP framing'] += performance.now() - t;
  }
  await zip.close();
  // Read and SHA-256 in turn, and with item i+1's read started before item i is hashed (as the export does).
  const inTurn = await timed(async () => {
    for (const item of items)
      await crypto.subtle.digest('SHA-256', await (await getItemBytes(db, item.id))!.arrayBuffer());
  });
  const overlapped = await timed(async () => {
    const read = (at: number) => getItemBytes(db, (items[at] as ItemRow).id).then((b) => b!.arrayBuffer());
    let next = items.length > 0 ? read(0) : null;
    for (let at = 0; at < items.length; at++) {
      const bytes = await (next as Promise<ArrayBuffer>);
      next = at + 1 < items.length ? read(at + 1) : null;
      await crypto.subtle.digest('SHA-256', bytes);
    }
  });
  return { ...split, 'read + SHA-256 in turn': inTurn.ms, 'read ahead ‖ SHA-256': overlapped.ms };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The large case: `packBytes` of video-sized items, stored one by one as the side panel's upload would. */
async function packCase(db: VaultDb, packBytes: number, packItemBytes: number) {
  const big = await createCase(
    db,
    { kind: 'order', orderId: 'bench-pack', marketplace: 'alibaba', title: 'bench: large pack' },
    NOW,
  );
  const parts = Math.max(1, Math.round(packBytes / packItemBytes));
  for (let i = 0; i < parts; i++) {
    await addEvidence(db, {
      caseId: big.id,
      bytes: new Blob([noise(packItemBytes, 10_000 + i)], { type: 'video/mp4' }),
      kind: 'defect-media',
      captureMethod: 'upload',
      now: NOW,
      fileName: `unboxing-${i}.mp4`,
    });
  }
  return { big, parts, total: parts * packItemBytes };
}

/** A case to store into and `count` screenshots of `bytes` each (different noise per item). */
async function screenshotCase(db: VaultDb, orderId: string, title: string, count: number, bytes: number) {
  const small = await createCase(db, { kind: 'order', orderId, marketplace: 'alibaba', title }, NOW);
  const shots = Array.from(
    { length: count },
    (_, i) => new Blob([noise(bytes, i + 1)], { type: 'image/png' }),
  );
  return { small, shots };
}

/** Reads every item's blob once, streamed: the floor each export is divided by. */
async function readFloor(db: VaultDb, items: readonly ItemRow[]) {
  return timed(async () => {
    let n = 0;
    for (const item of items) {
      const reader = (await getItemBytes(db, item.id))!.stream().getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) n += r.value.byteLength;
    }
    return n;
  });
}

export async function benchVault(options: BenchVaultOptions) {
  const { db, itemCount, itemBytes, packBytes, memory } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const packItemBytes = options.packItemBytes ?? Math.min(50e6, Math.max(1e6, Math.floor(packBytes / 20)));
  const figures: Record<string, number | string> = {};

  // 1. Capture: N screenshots, each hashed and written in its own transaction.
  const { small, shots } = await screenshotCase(
    db,
    'bench-small',
    'bench: screenshots',
    itemCount,
    itemBytes,
  );
  // Floor and profile, same blobs, same process: one read of each; SHA-256 alone; CRC-32 alone.
  const readShots = await timed(async () => {
    for (const blob of shots) await blob.arrayBuffer();
  });
  const hashShots = await timed(async () => {
    for (const blob of shots) await sha256OfBlob(blob);
  });
  const crcShots = await timed(async () => {
    for (const blob of shots) await crc32(new Uint8Array(await blob.arrayBuffer()));
  });
  const storeSplit = { hashMs: 0, transactionMs: 0 };
  const addUp = (split: { hashMs: number; transactionMs: number }) => {
    storeSplit.hashMs += split.hashMs;
    storeSplit.transactionMs += split.transactionMs;
  };
  const stored = await timed(async () => {
    for (const [i, bytes] of shots.entries()) {
      await addEvidenceBatch(
        db,
        [
          {
            caseId: small.id,
            bytes,
            kind: 'defect-media',
            captureMethod: 'screenshot',
            now: NOW,
            fileName: `shot-${i}.png`,
          },
        ],
        { profile: addUp },
      );
    }
  });
  figures.storeItemsPerSecond = Math.round(itemCount / (stored.ms / 1000));
  log(
    `store   ${itemCount} × ${mb(itemBytes)}: ${stored.ms.toFixed(0)} ms (${figures.storeItemsPerSecond} items/s, ${rate(itemCount * itemBytes, stored.ms)}; goal ≥ 300 items/s) — ` +
      `floor (one read of the same blobs) ${readShots.ms.toFixed(0)} ms, ratio ${(stored.ms / readShots.ms).toFixed(2)}`,
  );
  log(
    `        profile: read ${readShots.ms.toFixed(0)} ms · SHA-256 (with its read) ${hashShots.ms.toFixed(0)} ms · CRC-32 (with its read) ${crcShots.ms.toFixed(0)} ms · ` +
      `in the store: hashing + row checks ${storeSplit.hashMs.toFixed(0)} ms, IndexedDB transactions ${storeSplit.transactionMs.toFixed(0)} ms (${(storeSplit.transactionMs / itemCount).toFixed(1)} ms each)`,
  );
  // The same blobs again, 50 per transaction (a multi-part capture, a batch of uploads).
  const batchSplit = { hashMs: 0, transactionMs: 0 };
  const asInput = (bytes: Blob, i: number, prefix: string) => ({
    caseId: small.id,
    bytes,
    kind: 'defect-media' as const,
    captureMethod: 'screenshot' as const,
    now: NOW,
    fileName: `${prefix}-${i}.png`,
  });
  const batched = await timed(async () => {
    for (let at = 0; at < shots.length; at += 50) {
      await addEvidenceBatch(
        db,
        shots.slice(at, at + 50).map((bytes, i) => ({
          caseId: small.id,
          bytes,
          kind: 'defect-media' as const,
          captureMethod: 'screenshot' as const,
          now: NOW,
          fileName: `batch-${at + i}.png`,
        })),
        {
          profile: (split) => {
            batchSplit.hashMs += split.hashMs;
            batchSplit.transactionMs += split.transactionMs;
          },
        },
      );
    }
  });
  figures.storeBatchedItemsPerSecond = Math.round(itemCount / (batched.ms / 1000));
  // The same, with the next batch hashed while the previous one is written (addEvidenceInBatches).
  const pipelined = await timed(() =>
    addEvidenceInBatches(
      db,
      shots.map((bytes, i) => asInput(bytes, i, 'piped')),
      50,
    ),
  );
  figures.storePipelinedItemsPerSecond = Math.round(itemCount / (pipelined.ms / 1000));
  // What the side panel's upload does now: addFiles, a batch per transaction, progress per file.
  const uploaded = await timed(() =>
    addFiles(db, shots.length, async (i) => asInput(shots[i] as Blob, i, 'upload'), {
      onFile: () => undefined,
    }),
  );
  figures.storeUploadItemsPerSecond = Math.round(itemCount / (uploaded.ms / 1000));
  log(
    `store   side panel upload (addFiles): ${uploaded.ms.toFixed(0)} ms (${figures.storeUploadItemsPerSecond} items/s, ${rate(itemCount * itemBytes, uploaded.ms)}; goal ≥ 300 items/s) — ratio to the read floor ${(uploaded.ms / readShots.ms).toFixed(2)}`,
  );
  log(
    `store   batched, 50 per transaction: ${batched.ms.toFixed(0)} ms (${figures.storeBatchedItemsPerSecond} items/s, ${rate(itemCount * itemBytes, batched.ms)}; goal ≥ 300 items/s) — ratio to the read floor ${(batched.ms / readShots.ms).toFixed(2)}`,
  );
  log(
    `store   batched and overlapped (next 50 hashed while 50 are written): ${pipelined.ms.toFixed(0)} ms (${figures.storePipelinedItemsPerSecond} items/s, ${rate(itemCount * itemBytes, pipelined.ms)}; goal ≥ 300 items/s) — ratio to the read floor ${(pipelined.ms / readShots.ms).toFixed(2)}`,
  );
  log(
    `        in the batched store: hashing + row checks ${batchSplit.hashMs.toFixed(0)} ms, IndexedDB transactions ${batchSplit.transactionMs.toFixed(0)} ms`,
  );
  shots.length = 0;

  // 1b. One 50 MB video.
  const video = new Blob([noise(50e6, 777)], { type: 'video/mp4' });
  const readVideo = await timed(() => video.arrayBuffer());
  const videoStored = await timed(() =>
    addEvidence(db, {
      caseId: small.id,
      bytes: video,
      kind: 'defect-media',
      captureMethod: 'upload',
      now: NOW,
      fileName: 'video.mp4',
    }),
  );
  figures.videoMBps = Math.round(50 / (videoStored.ms / 1000));
  log(
    `store   one 50 MB video: ${videoStored.ms.toFixed(0)} ms (${rate(50e6, videoStored.ms)}; goal ≥ 100 MB/s) — floor (one read) ${readVideo.ms.toFixed(0)} ms, ratio ${(videoStored.ms / readVideo.ms).toFixed(2)}`,
  );

  // 2. The big case, made of video-sized items.
  const { big, parts, total } = await packCase(db, packBytes, packItemBytes);
  log(`pack    ${parts} × ${mb(packItemBytes)} = ${mb(total)}`);

  // 3. Baseline: read every blob once, as fast as the storage gives it.
  const { items } = await listItems(db, big.id);
  const readOnce = await timed(async () => {
    let n = 0;
    for (const item of items) {
      const reader = (await getItemBytes(db, item.id))!.stream().getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) n += r.value.byteLength;
    }
    return n;
  });
  log(`read    blobs once: ${readOnce.ms.toFixed(0)} ms (${rate(readOnce.value, readOnce.ms)})`);
  const parts3 = await exportParts(db, items);
  log(
    `        profile of the export's parts, one after another on the same blobs: ${Object.entries(parts3)
      .map(([k, v]) => `${k} ${v.toFixed(0)} ms (${(v / readOnce.ms).toFixed(2)}× read)`)
      .join(' · ')}`,
  );

  // 4. Streamed export to a counting sink.
  const before = memory();
  const sink = countingWritable(memory);
  let split: Record<string, number> = {};
  const streamed = await timed(() =>
    exportCase(db, big.id, { writable: sink.writable, now: NOW, profile: (s) => (split = s) }),
  );
  figures.streamedPeakGrowth = sink.stats.peak - before;
  log(
    `export  streamed: ${streamed.ms.toFixed(0)} ms (${rate(sink.stats.bytes, streamed.ms)}, ${(streamed.ms / readOnce.ms).toFixed(2)}× read time), ` +
      `zip ${mb(sink.stats.bytes)}, memory growth peak ${mb(figures.streamedPeakGrowth)} (${((100 * figures.streamedPeakGrowth) / total).toFixed(1)}% of pack)`,
  );

  log(
    `        profile: ${Object.entries(split)
      .map(([k, v]) => `${k.replace(/Ms$/, '')} ${v.toFixed(0)} ms`)
      .join(' · ')}`,
  );

  // 5. Same entries, whole archive accumulated in memory (the JSZip way).
  const beforeMem = memory();
  let packBlob: Blob | undefined;
  try {
    const inMemory = await timed(async () => {
      const zip = new ZipWriter(new Uint8ArrayWriter(), { ...ZIP_OPTIONS, zip64: true });
      for (const item of items)
        await zip.add(item.fileName, (await getItemBytes(db, item.id))!.stream(), { level: 0 });
      return zip.close();
    });
    const growth = memory() - beforeMem;
    log(
      `export  in-memory: ${inMemory.ms.toFixed(0)} ms, zip ${mb(inMemory.value.byteLength)}, memory growth ${mb(growth)} (${((100 * growth) / total).toFixed(1)}% of pack)`,
    );
    figures.inMemoryGrowth = growth;
  } catch (error) {
    log(`export  in-memory: FAILED (${error instanceof Error ? error.message : String(error)})`);
  }

  // 6. Import: a pack kept as Blob parts, after deleting the case so every file is written again.
  const keep: Uint8Array[] = [];
  await exportCase(db, big.id, {
    // The export reuses its read buffers once a write settles: keep a copy of each chunk.
    writable: new WritableStream({ write: (c) => void keep.push(c.slice()) }),
    now: NOW,
  });
  packBlob = new Blob(keep as Uint8Array<ArrayBuffer>[], { type: 'application/zip' });
  keep.length = 0;
  await deleteCase(db, big.id, {
    confirmation: caseDeletionToken(items.length),
    reason: 'benchmark',
    now: NOW,
  });
  const imported = await timed(() => importPack(db, packBlob!, { now: NOW }));
  const verified = await timed(async () => {
    let intact = 0;
    for (const item of (await listItems(db, imported.value.caseId)).items) {
      if ((await verifyItem(db, item.id)).status === 'intact') intact++;
    }
    return intact;
  });
  log(
    `import  ${imported.value.imported} files: ${imported.ms.toFixed(0)} ms (${rate(total, imported.ms)}, hashes checked while reading)`,
  );
  log(
    `verify  re-hash all: ${verified.ms.toFixed(0)} ms, ${verified.value}/${imported.value.imported} intact`,
  );
  return {
    ...figures,
    storeMs: stored.ms,
    readMs: readOnce.ms,
    exportMs: streamed.ms,
    importMs: imported.ms,
    intact: verified.value,
  };
}

/**
 * The three goals measured `rounds` times each, every round against its own
 * floor (one read of the same blobs, just before), medians printed: the side
 * panel's upload (addFiles) of `itemCount` items, one 50 MB video, and the
 * streamed export of a `packBytes` case with where its time went.
 */
export async function benchVaultRounds(options: BenchVaultOptions & { rounds: number }) {
  const { db, itemCount, itemBytes, packBytes, memory, rounds } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const packItemBytes = options.packItemBytes ?? Math.min(50e6, Math.max(1e6, Math.floor(packBytes / 20)));
  const { small, shots } = await screenshotCase(db, 'bench-rounds', 'bench: uploads', itemCount, itemBytes);
  const upload: {
    ratio: number;
    perSecond: number;
    hashMs: number;
    transactionMs: number;
    floorMs: number;
  }[] = [];
  for (let r = 0; r < rounds; r++) {
    const floor = await timed(async () => {
      for (const blob of shots) await blob.arrayBuffer();
    });
    const split = { hashMs: 0, transactionMs: 0 };
    const done = await timed(() =>
      addFiles(
        db,
        shots.length,
        async (i) => ({
          caseId: small.id,
          bytes: shots[i] as Blob,
          kind: 'defect-media' as const,
          captureMethod: 'upload' as const,
          now: NOW,
          fileName: `upload-${r}-${i}.png`,
        }),
        {
          onFile: () => undefined,
          profile: (s) => {
            split.hashMs += s.hashMs;
            split.transactionMs += s.transactionMs;
          },
        },
      ),
    );
    upload.push({
      ratio: done.ms / floor.ms,
      perSecond: itemCount / (done.ms / 1000),
      floorMs: floor.ms,
      ...split,
    });
    log(
      `upload  round ${r + 1}: ${itemCount} × ${mb(itemBytes)} via addFiles ${done.ms.toFixed(0)} ms, ${(itemCount / (done.ms / 1000)).toFixed(0)} items/s, ${(done.ms / floor.ms).toFixed(2)}× read (${floor.ms.toFixed(0)} ms) — ` +
        `hashing (SHA-256 + CRC-32 with their read) ${split.hashMs.toFixed(0)} ms, IndexedDB writes ${split.transactionMs.toFixed(0)} ms (overlapping)`,
    );
  }
  shots.length = 0;
  const video = new Blob([noise(50e6, 777)], { type: 'video/mp4' });
  const videos: { ratio: number; mbps: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    const floor = await timed(() => video.arrayBuffer());
    const done = await timed(() =>
      addFiles(db, 1, async () => ({
        caseId: small.id,
        bytes: video,
        kind: 'defect-media' as const,
        captureMethod: 'upload' as const,
        now: NOW,
        fileName: `video-${r}.mp4`,
      })),
    );
    videos.push({ ratio: done.ms / floor.ms, mbps: 50 / (done.ms / 1000) });
  }
  const { big, parts, total } = await packCase(db, packBytes, packItemBytes);
  const { items } = await listItems(db, big.id);
  const partsSplit = await exportParts(db, items);
  const partsFloor = await readFloor(db, items);
  log(
    `parts   of a ${mb(total)} export (${parts} × ${mb(packItemBytes)}), one after another on the same blobs: ${Object.entries(
      partsSplit,
    )
      .map(([k, v]) => `${k} ${(v / partsFloor.ms).toFixed(2)}×`)
      .join(' · ')} one read (${partsFloor.ms.toFixed(0)} ms; CRC-32 is kept at capture, not redone)`,
  );
  const exports: { ratio: number; growth: number; split: Record<string, number> }[] = [];
  const rehashed: { ratio: number; growth: number; split: Record<string, number> }[] = [];
  const splitLine = (split: Record<string, number>) =>
    Object.entries(split)
      .map(([k, v]) => `${k.replace(/Ms$/, '')} ${v.toFixed(0)}`)
      .join(' · ');
  for (let r = 0; r < rounds; r++) {
    const floor = await readFloor(db, items);
    // Before: every item hashed again with SHA-256 on the way out (rehash), in the same round.
    const beforeRehash = memory();
    const rehashSink = countingWritable(memory);
    let rehashSplit: Record<string, number> = {};
    const old = await timed(() =>
      exportCase(db, big.id, {
        writable: rehashSink.writable,
        now: NOW,
        rehash: true,
        profile: (s) => (rehashSplit = s),
      }),
    );
    rehashed.push({
      ratio: old.ms / floor.ms,
      growth: (rehashSink.stats.peak - beforeRehash) / total,
      split: { ...rehashSplit, memorySamplingMs: rehashSink.stats.sampleMs, floorMs: floor.ms },
    });
    // Now: stored items checked against the CRC-32 kept at capture, piece by piece as read into the export's reused buffers, the capture SHA-256 stated.
    const before = memory();
    const sink = countingWritable(memory);
    let split: Record<string, number> = {};
    const done = await timed(() =>
      exportCase(db, big.id, { writable: sink.writable, now: NOW, profile: (s) => (split = s) }),
    );
    const growth = (sink.stats.peak - before) / total;
    exports.push({
      ratio: done.ms / floor.ms,
      growth,
      split: { ...split, memorySamplingMs: sink.stats.sampleMs, floorMs: floor.ms },
    });
    log(
      `export  round ${r + 1}: floor (one read) ${floor.ms.toFixed(0)} ms · CRC-checked ${done.ms.toFixed(0)} ms, ${(done.ms / floor.ms).toFixed(2)}× read, memory growth ${(100 * growth).toFixed(1)}% of pack — ${splitLine(split)} · bench's memory sampling ${sink.stats.sampleMs.toFixed(0)}`,
    );
    log(
      `        re-hashed (before) ${old.ms.toFixed(0)} ms, ${(old.ms / floor.ms).toFixed(2)}× read, memory growth ${(100 * (rehashed.at(-1)?.growth ?? 0)).toFixed(1)}% of pack — ${splitLine(rehashSplit)} · bench's memory sampling ${rehashSink.stats.sampleMs.toFixed(0)}`,
    );
  }
  // The JSZip-style build (whole archive in memory) once, against its own floor, for "faster than in-memory".
  let inMemoryRatio = Number.NaN;
  if (packBytes <= 256e6) {
    const floor = await readFloor(db, items);
    const inMemory = await timed(async () => {
      const zip = new ZipWriter(new Uint8ArrayWriter(), { ...ZIP_OPTIONS, zip64: true });
      for (const item of items)
        await zip.add(item.fileName, (await getItemBytes(db, item.id))!.stream(), { level: 0 });
      return zip.close();
    });
    inMemoryRatio = inMemory.ms / floor.ms;
    log(
      `export  in-memory (JSZip-style) build: ${inMemory.ms.toFixed(0)} ms, ${inMemoryRatio.toFixed(2)}× read (${floor.ms.toFixed(0)} ms)`,
    );
  }
  const med = <T>(rows: readonly T[], pick: (row: T) => number) => median(rows.map(pick));
  const splitKeys = Object.keys(exports[0]?.split ?? {});
  log(
    `median of ${rounds}: upload ${med(upload, (u) => u.perSecond).toFixed(0)} items/s, ${med(upload, (u) => u.ratio).toFixed(2)}× read (goal ≥ 300 items/s) · ` +
      `video ${med(videos, (v) => v.mbps).toFixed(0)} MB/s, ${med(videos, (v) => v.ratio).toFixed(2)}× read (goal ≥ 100 MB/s) · ` +
      `export ${med(exports, (e) => e.ratio).toFixed(2)}× read (goal ≤ 1.5×), memory growth ${(100 * med(exports, (e) => e.growth)).toFixed(1)}% of pack (goal ≤ 5%)`,
  );
  log(
    `        before (every item re-hashed with SHA-256): ${med(rehashed, (e) => e.ratio).toFixed(2)}× read, memory growth ${(100 * med(rehashed, (e) => e.growth)).toFixed(1)}% of pack`,
  );
  const splitAsRead = (rows: typeof exports) =>
    splitKeys
      .filter((k) => k !== 'floorMs')
      .map(
        (k) =>
          `${k.replace(/Ms$/, '')} ${med(rows, (e) => (e.split[k] ?? 0) / (e.split.floorMs ?? 1)).toFixed(2)}`,
      )
      .join(' · ');
  log(`        export split as × read, after (CRC-checked): ${splitAsRead(exports)}`);
  log(`        export split as × read, before (re-hashed):  ${splitAsRead(rehashed)}`);
  return {
    uploadItemsPerSecond: Math.round(med(upload, (u) => u.perSecond)),
    uploadRatio: med(upload, (u) => u.ratio),
    videoMBps: Math.round(med(videos, (v) => v.mbps)),
    exportRatio: med(exports, (e) => e.ratio),
    exportGrowth: med(exports, (e) => e.growth),
    exportRehashRatio: med(rehashed, (e) => e.ratio),
    inMemoryRatio,
  };
}

export async function main(
  argv: readonly string[] = typeof process === 'undefined' ? [] : process.argv.slice(2),
) {
  if (typeof indexedDB === 'undefined') {
    // Node: an in-memory IndexedDB, handed to Dexie directly (it looked for the API when imported).
    const fake = await import('fake-indexeddb');
    Dexie.dependencies.indexedDB = fake.indexedDB;
    Dexie.dependencies.IDBKeyRange = fake.IDBKeyRange;
  }
  const smallRun = argv.includes('--small');
  const db = await openVault(`vault-bench-${Date.now()}`);
  const memory = () => (typeof process !== 'undefined' ? process.memoryUsage().rss : 0);
  console.log(`vault-core benchmark (${smallRun ? 'small' : 'full'} size)`);
  const packMb = Number(argv.find((a) => a.startsWith('--pack-mb='))?.slice('--pack-mb='.length));
  const sizes = smallRun
    ? { itemCount: 200, itemBytes: 300 * 1024, packBytes: 64e6, packItemBytes: 8e6 }
    : { itemCount: 1000, itemBytes: 300 * 1024, packBytes: 1e9 };
  if (packMb > 0) sizes.packBytes = packMb * 1e6;
  const rounds = Number(argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length));
  const result =
    rounds > 0
      ? await benchVaultRounds({ db, memory, ...sizes, rounds })
      : await benchVault({ db, memory, ...sizes });
  db.close();
  return result;
}

if (typeof process !== 'undefined' && process.argv[1]?.endsWith('vault-core.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
