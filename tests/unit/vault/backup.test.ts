import { describe, expect, it } from 'vitest';
import type { SupplierRecord } from '../../../lib/suppliers/memory-schema';
import { deleteItem, itemDeletionToken } from '../../../lib/vault/delete';
import { exportVault } from '../../../lib/vault/export';
import { importPack, restoreVault } from '../../../lib/vault/import';
import {
  getOrder,
  getSupplier,
  listTicks,
  listTimeline,
  saveOrder,
  saveSupplier,
  saveTimelineEvent,
  setTick,
} from '../../../lib/vault/records';
import { addEvidence, getItemBytes, listItems } from '../../../lib/vault/store';
import { collectingWritable, fixtureBlob, fixtureBytes, freshVault, NOW, orderCase } from './helpers';
import { exportToBlob, seedCase } from './pack-helpers';

async function populatedVault() {
  const db = await freshVault();
  const theCase = await orderCase(db);
  const seeded = await seedCase(db, theCase);
  const extra = await addEvidence(db, {
    caseId: theCase.id,
    bytes: fixtureBlob('defect-photo.png', 'image/png'),
    kind: 'other',
    captureMethod: 'screenshot',
    now: NOW,
    fileName: 'duplicate shot.png',
  });
  await deleteItem(db, extra.id, { confirmation: itemDeletionToken(extra), reason: 'taken twice', now: NOW });
  await saveSupplier(db, {
    key: 'alibaba:shengda-steel',
    name: 'Yongkang Shengda Steel Co., Ltd.',
    firstSeenAt: '2026-09-01T10:00:00.000Z',
    lastSeenAt: '2026-10-01T10:00:00.000Z',
    taLimitHistory: [
      {
        at: '2026-09-01T10:00:00.000Z',
        url: 'https://shengda.en.alibaba.com/',
        taLimit: { minor: 4_200_000, currency: 'USD' },
      },
    ],
    metricsHistory: [
      { at: '2026-09-01T10:00:00.000Z', responseRate: 0.93, someFutureField: { nested: true } },
    ],
    addedBySupplierMemoryLater: 'kept',
  });
  await saveOrder(db, {
    id: '254812930501020345',
    marketplace: 'alibaba',
    caseId: theCase.id,
    supplierKey: 'alibaba:shengda-steel',
    facts: { total: { minor: 5_000_000, currency: 'USD' }, quantity: 500 },
    designatedAccount: {
      bank: 'Citibank N.A. Hong Kong',
      name: 'Alibaba.com Singapore E-Commerce Pte. Ltd.',
      swift: 'CITIHKHX',
    },
    shipBy: '2026-11-05',
    shippingMethod: 'sea',
    stated: ['100% 304 stainless steel'],
    updatedAt: NOW.toISOString(),
  });
  await saveTimelineEvent(db, {
    id: 'ev-1',
    orderId: '254812930501020345',
    type: 'order_placed',
    at: '2026-10-01T10:00:00Z',
    source: { kind: 'buyer', enteredAt: '2026-10-01T10:05:00Z' },
  });
  await setTick(db, {
    orderId: '254812930501020345',
    itemId: 'inspection-booked',
    ticked: true,
    at: NOW.toISOString(),
  });
  return { db, theCase, seeded };
}

async function backupOf(db: Awaited<ReturnType<typeof freshVault>>) {
  const out = collectingWritable();
  const result = await exportVault(db, { writable: out.writable, now: NOW });
  return { result, zip: out.blob() };
}

describe('supplier memory rows', () => {
  it('accepts a record exactly as SupplierMemory produces it (nulls for what a page did not show)', async () => {
    const db = await freshVault();
    const record: SupplierRecord = {
      key: 'name:acme tumblers',
      name: 'Acme Tumblers',
      companyId: null,
      profileUrl: null,
      firstSeenAt: '2026-09-01T10:00:00.000Z',
      lastSeenAt: '2026-09-01T10:00:00.000Z',
      sourceUrl: 'https://www.alibaba.com/product-detail/_1600147809763.html',
      taLimitHistory: [],
      metricsHistory: [
        {
          at: '2026-09-01T10:00:00.000Z',
          url: 'https://www.alibaba.com/product-detail/_1600147809763.html',
          yearsOnPlatform: 6,
          verified: true,
          responseRate: null,
          responseTimeText: '≤3h',
          onTimeDeliveryRate: 0.971,
          rating: 4.8,
          reviewCount: 112,
        },
      ],
    };
    await saveSupplier(db, record);
    expect(await getSupplier(db, 'name:acme tumblers')).toEqual(record);
  });
});

describe('whole-vault backup and restore', () => {
  it('restores every table and the exact bytes into an empty vault', async () => {
    const { db, theCase } = await populatedVault();
    const { result, zip } = await backupOf(db);
    expect(result.counts).toEqual({
      cases: 1,
      items: 3,
      suppliers: 1,
      orders: 1,
      timeline: 1,
      ticks: 1,
      deletions: 1,
      drafts: 0,
    });
    expect(result.mismatches).toEqual([]);

    const target = await freshVault();
    const restored = await restoreVault(target, zip, { now: NOW });
    expect(restored.added).toEqual(result.counts);
    for (const table of [
      'cases',
      'items',
      'suppliers',
      'orders',
      'timeline',
      'ticks',
      'deletions',
    ] as const) {
      const sortKey = (r: Record<string, unknown>) => JSON.stringify(r);
      const a = (await db.table(table).toArray()).map(sortKey).sort();
      const b = (await target.table(table).toArray())
        .map((r) => ({ ...r, importId: undefined, stagedAt: undefined }))
        .map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))))
        .sort();
      expect(b, table).toEqual(a);
    }
    const photo = (await listItems(target, theCase.id)).items.find((i) => i.kind === 'defect-media')!;
    expect(new Uint8Array(await (await getItemBytes(target, photo.id))!.arrayBuffer())).toEqual(
      fixtureBytes('defect-photo.png'),
    );
    expect((await getSupplier(target, 'alibaba:shengda-steel'))?.addedBySupplierMemoryLater).toBe('kept');
    expect((await getOrder(target, '254812930501020345'))?.designatedAccount?.swift).toBe('CITIHKHX');
    expect((await listTimeline(target, '254812930501020345')).events).toHaveLength(1);
    expect(await listTicks(target, '254812930501020345')).toHaveLength(1);
  });

  it('restoring over a vault that holds the same data changes nothing', async () => {
    const { db, theCase } = await populatedVault();
    const { zip } = await backupOf(db);
    const before = await db.items.toArray();
    const again = await restoreVault(db, zip, { now: NOW });
    expect(again.duplicates).toBe(3);
    expect(again.added).toEqual({
      cases: 0,
      items: 0,
      suppliers: 0,
      orders: 0,
      timeline: 0,
      ticks: 0,
      deletions: 0,
      drafts: 0,
    });
    expect(await db.items.toArray()).toEqual(before);
    expect((await listItems(db, theCase.id)).items).toHaveLength(3);
  });

  it('tells a dispute pack from a backup, both ways', async () => {
    const { db, theCase } = await populatedVault();
    const { zip: pack } = await exportToBlob(db, theCase.id);
    const { zip: backup } = await backupOf(db);
    await expect(restoreVault(await freshVault(), pack, { now: NOW })).rejects.toMatchObject({
      reason: 'foreign',
      message: expect.stringContaining('It is a dispute pack'),
    });
    await expect(importPack(await freshVault(), backup, { now: NOW })).rejects.toMatchObject({
      reason: 'foreign',
      message: expect.stringContaining('whole-vault backup'),
    });
  });
});
