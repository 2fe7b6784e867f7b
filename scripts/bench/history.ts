/**
 * Tamper-evident history: what it costs (Node + fake-indexeddb, so absolute
 * times are Node's, the ratios are what carries over).
 *
 * - "history intact" over a vault of N entries vs only reading those entries
 *   and rows (the floor: the check cannot be cheaper than the read);
 * - verify-pack on a pack of F files vs hashing the same bytes once with
 *   hash-wasm (the floor: every byte must be hashed).
 *
 *   npx tsx scripts/bench/history.ts [entries=5000] [files=100] [fileKB=1024]
 *
 * Prints figures; asserts nothing.
 */
import 'fake-indexeddb/auto';
import { annotateItem } from '../../lib/vault/annotate';
import { createCase } from '../../lib/vault/cases';
import { openVault } from '../../lib/vault/db';
import { exportCase } from '../../lib/vault/export';
import { sha256OfBlob } from '../../lib/vault/hash';
import { checkVaultHistory } from '../../lib/vault/history/check-vault';
import { addEvidence } from '../../lib/vault/store';
import { verifyPack } from '../../lib/vault/verify-pack';

const NOW = new Date('2026-11-20T09:30:00.000Z');

function noise(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

export async function main(argv: readonly string[] = process.argv.slice(2)) {
  const [entries = 5000, files = 100, fileKB = 1024] = argv.map(Number);
  const db = await openVault(`bench-history-${Date.now()}`);

  // A vault whose history has ~`entries` entries: items added, half of them annotated.
  const theCase = await createCase(
    db,
    { kind: 'order', orderId: 'bench', marketplace: 'alibaba', title: 'bench' },
    NOW,
  );
  const items = Math.floor((entries - 1) / 1.5);
  const added = await timed(async () => {
    const ids: string[] = [];
    for (let i = 0; i < items; i++) {
      const item = await addEvidence(db, {
        caseId: theCase.id,
        bytes: new Blob([`item ${i}`]),
        kind: 'defect-media',
        captureMethod: 'upload',
        now: NOW,
        fileName: `photo-${i}.png`,
      });
      ids.push(item.id);
    }
    return ids;
  });
  for (const [i, id] of added.value.entries())
    if (i % 2 === 0) await annotateItem(db, id, { note: `note ${i}` }, NOW);
  const count = await db.history.count();
  console.log(
    `append  ${items} items with their history entries: ${(added.ms / items).toFixed(2)} ms per item`,
  );

  const floor = await timed(async () => [
    await db.history.toArray(),
    await db.items.toArray(),
    await db.cases.toArray(),
  ]);
  const check = await timed(() => checkVaultHistory(db));
  console.log(
    `check   ${count} entries: ${check.ms.toFixed(0)} ms vs ${floor.ms.toFixed(0)} ms to read them (ratio ${(check.ms / floor.ms).toFixed(1)}); ${check.value.problems.length} problems`,
  );

  // A pack of `files` × `fileKB` KB.
  const packCase = await createCase(
    db,
    { kind: 'order', orderId: 'pack', marketplace: 'alibaba', title: 'pack' },
    NOW,
  );
  const blobs: Blob[] = [];
  for (let i = 0; i < files; i++) {
    const bytes = new Blob([noise(fileKB * 1024, i + 1)], { type: 'video/mp4' });
    blobs.push(bytes);
    await addEvidence(db, {
      caseId: packCase.id,
      bytes,
      kind: 'defect-media',
      captureMethod: 'upload',
      now: NOW,
      fileName: `v${i}.mp4`,
    });
  }
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  await exportCase(db, packCase.id, {
    writable: new WritableStream({ write: (c) => void chunks.push(new Uint8Array(c)) }),
    now: NOW,
  });
  const pack = new Blob(chunks);
  const hashOnce = await timed(async () => {
    for (const b of blobs) await sha256OfBlob(b);
  });
  const verified = await timed(() => verifyPack(pack));
  console.log(
    `verify  pack of ${files} × ${fileKB} KB (${(pack.size / 1e6).toFixed(0)} MB): ${verified.ms.toFixed(0)} ms vs ${hashOnce.ms.toFixed(0)} ms to hash the files once (ratio ${(verified.ms / hashOnce.ms).toFixed(1)}); ${verified.value.status}`,
  );
  db.close();
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
