import { afterEach, describe, expect, it } from 'vitest';
import { analysePage } from '../../../lib/analysis/analyse-page';
import { memoryFromRows, orderRow, supplierRow } from '../../../lib/analysis/memory-rows';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { latestTaRemaining, SupplierMemory } from '../../../lib/suppliers/memory';
import type { VaultDb } from '../../../lib/vault/db';
import { saveOrder, saveSuppliers } from '../../../lib/vault/records';
import { freshVault } from '../vault/helpers';
import { orderPage, SUNRISE, SUNRISE_ID, supplierPage, usd } from './trade';

/**
 * The remaining limit is kept in the supplier's history with its date and page, in the vault's
 * existing `suppliers` table (no new schema version: rows are loose objects, and a record stored
 * before issue 17 simply has no remaining-limit history).
 */
let db: VaultDb | null = null;
afterEach(async () => {
  db?.close();
  db = null;
});

describe('remaining limit in the supplier history', () => {
  it('is kept per visit with its date and page, and the newest one is used', () => {
    const memory = new SupplierMemory();
    const facts = supplierPage().supplier!;
    memory.observe(
      { ...facts, taRemaining: usd(30_000) },
      'https://a.en.alibaba.com/',
      '2026-11-01T00:00:00.000Z',
    );
    memory.observe(
      { ...facts, taRemaining: usd(24_363) },
      'https://b.en.alibaba.com/',
      '2026-11-20T00:00:00.000Z',
    );
    memory.observe({ ...facts }, 'https://c.en.alibaba.com/', '2026-11-25T00:00:00.000Z');
    const record = memory.find({ companyId: SUNRISE_ID });
    expect(record?.taRemainingHistory).toHaveLength(2);
    expect(latestTaRemaining(record)).toEqual({
      at: '2026-11-20T00:00:00.000Z',
      url: 'https://b.en.alibaba.com/',
      taRemaining: usd(24_363),
    });
  });

  it('reads a record stored before the field existed, and loses nothing when it gains one', () => {
    const old = {
      key: `id:${SUNRISE_ID}`,
      name: SUNRISE,
      companyId: SUNRISE_ID,
      profileUrl: null,
      firstSeenAt: '2026-10-01T00:00:00.000Z',
      lastSeenAt: '2026-10-01T00:00:00.000Z',
      sourceUrl: 'https://sunrisekitchen.en.alibaba.com/',
      taLimitHistory: [{ at: '2026-10-01T00:00:00.000Z', url: 'https://x/', taLimit: usd(42_000) }],
      metricsHistory: [],
    };
    const memory = SupplierMemory.fromJSON({ version: 1, records: [old] });
    expect(latestTaRemaining(memory.all()[0])).toBeNull();
    memory.observe(
      { ...supplierPage().supplier!, taRemaining: usd(17_000) },
      'https://y/',
      '2026-12-01T00:00:00.000Z',
    );
    const again = SupplierMemory.fromJSON(JSON.parse(JSON.stringify(memory.toJSON())));
    const record = again.all()[0]!;
    expect(record.taLimitHistory).toHaveLength(2);
    expect(record.taRemainingHistory).toEqual([
      { at: '2026-12-01T00:00:00.000Z', url: 'https://y/', taRemaining: usd(17_000) },
    ]);
  });

  it('survives the vault (IndexedDB) with the open orders, so the next page is judged against both', async () => {
    db = await freshVault();
    // The pages as the background judges and stores them, then a worker starting afresh from the vault.
    const pages = [
      supplierPage({ taRemaining: usd(30_000) }),
      orderPage('2001', { createdAt: '2026-12-01T10:00:30' }),
    ];
    const live = memoryFromRows([], []);
    for (const [i, p] of pages.entries())
      analysePage(p, live, DEFAULT_SETTINGS, `2026-12-01T10:0${i}:00.000Z`);
    await saveSuppliers(db, live.suppliers.all().map(supplierRow));
    for (const { facts } of live.orders.values())
      await saveOrder(db, orderRow(facts, 'case-1', `id:${SUNRISE_ID}`, null, '2026-12-01T10:05:00.000Z'));

    const reloaded = memoryFromRows(await db.suppliers.toArray(), await db.orders.toArray());
    const next = analysePage(
      orderPage('2002', { total: usd(10_000), createdAt: '2026-12-01T10:06:00' }),
      reloaded,
      DEFAULT_SETTINGS,
      '2026-12-03T09:00:00.000Z',
    );
    expect(next.context.statedRemaining).toMatchObject({
      amount: usd(30_000),
      at: '2026-12-01T10:00:00.000Z',
    });
    const f = next.findings.find((x) => x.rule === 'ta-limit-remaining-below-order');
    expect(f?.message).toContain(
      'Remaining limit US$30,000 (stated on sunrisekitchen.en.alibaba.com on 2026-12-01, 2 days ago)',
    );
    expect(f?.message).toContain('#2001 US$25,000');
    expect(f?.message).toContain('= US$5,000 left; this order of US$10,000 exceeds it by US$5,000.');
  });
});
