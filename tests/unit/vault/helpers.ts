import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { createCase } from '../../../lib/vault/cases';
import { openVault, type VaultDb } from '../../../lib/vault/db';
import type { CaseRow } from '../../../lib/vault/schema/rows';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/vault');
export const NOW = new Date('2026-11-20T09:30:00.000Z');

export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function fixtureBlob(name: string, type: string): Blob {
  return new Blob([fixtureBytes(name)], { type });
}

export function fixtureJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as T;
}

/** Hashes computed by coreutils' sha256sum, independent of the vault's code. */
export function expectedHashes(): Map<string, string> {
  const lines = readFileSync(join(FIXTURES, 'SHA256SUMS'), 'utf8').trim().split('\n');
  return new Map(lines.map((l) => l.split(/\s+/)).map(([hash, name]) => [name!, hash!]));
}

export async function freshVault(): Promise<VaultDb> {
  return openVault(`vault-test-${crypto.randomUUID()}`);
}

export async function orderCase(db: VaultDb, orderId = '254812930501020345'): Promise<CaseRow> {
  return createCase(
    db,
    { kind: 'order', orderId, marketplace: 'alibaba', title: `Order ${orderId}: 500 steel tumblers` },
    NOW,
  );
}

/** A WritableStream that keeps what it receives, as a download would. */
export function collectingWritable(): { writable: WritableStream<Uint8Array>; blob(): Blob } {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const writable = new WritableStream<Uint8Array>({
    write(chunk) {
      chunks.push(new Uint8Array(chunk));
    },
  });
  return { writable, blob: () => new Blob(chunks, { type: 'application/zip' }) };
}

/**
 * Makes writes to one table fail from the given call on (1 = the first), the
 * way a full disk does: the database reports the error and aborts the
 * transaction. Dexie middleware needs a reopen to take effect.
 */
export async function failWrites(
  db: VaultDb,
  table: string,
  makeError: () => Error,
  fromCall = 1,
): Promise<void> {
  let calls = 0;
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'test-failing-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const inner = down.table(name);
        if (name !== table) return inner;
        return {
          ...inner,
          mutate: (req: DBCoreMutateRequest) => {
            if (req.type === 'add' || req.type === 'put') calls++;
            return calls >= fromCall && (req.type === 'add' || req.type === 'put')
              ? Promise.reject(makeError())
              : inner.mutate(req);
          },
        };
      },
    }),
  });
  await db.open();
}

export function quotaError(): Error {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

export async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}
