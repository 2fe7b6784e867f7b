import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_SUPPLIER, type SupplierFacts } from '../../../lib/model/supplier';
import { extractPage } from '../../../lib/pages/extract';
import { knownTaLimit, SupplierMemory } from '../../../lib/suppliers/memory';
import { normaliseCompanyName } from '../../../lib/suppliers/normalise-name';
import { OWN, readPage } from '../../support/fixtures';

const usd = (minor: number) => ({ minor, currency: 'USD' });
const facts = (more: Partial<SupplierFacts>): SupplierFacts => ({ ...EMPTY_SUPPLIER, ...more });
const page = (dir: string, file: string) => {
  const { document, url } = readPage(join(OWN, dir, file));
  return { snapshot: extractPage(document, url), url };
};

describe('normaliseCompanyName', () => {
  it('joins the spellings of one company', () => {
    const key = 'ningbo sunrise kitchenware co ltd';
    for (const name of [
      'Ningbo Sunrise Kitchenware Co., Ltd.',
      'NINGBO SUNRISE KITCHENWARE CO.,LTD',
      'Ningbo Sunrise Kitchenware Company Limited',
      '  Ningbo  Sunrise Kitchenware Co Ltd ',
      'Ningbo Sunrise Kitchenware Co.,Limited',
    ]) {
      expect(normaliseCompanyName(name)).toBe(key);
    }
  });

  it('keeps different legal forms apart (look-alike names must not merge histories)', () => {
    expect(normaliseCompanyName('Sunrise Kitchenware Ltd')).not.toBe(
      normaliseCompanyName('Sunrise Kitchenware Co., Ltd.'),
    );
    expect(normaliseCompanyName('Ningbo Sunrise Kitchenware Co., Ltd.')).not.toBe(
      normaliseCompanyName('Ningbo Sunrise Kitchenwares Co., Ltd.'),
    );
  });
});

describe('SupplierMemory', () => {
  it('remembers the TA limit seen on the profile and finds it from a search offer by companyId', () => {
    const memory = new SupplierMemory();
    const profile = page('alibaba-supplier', 'sunrise-shopsign-module-data.html');
    memory.observe(profile.snapshot.supplier!, profile.url, '2026-11-01T09:00:00Z');
    const offer = page('alibaba-search', 'air-fryer-sse10-json.html').snapshot.offers?.[0];
    const record = memory.find({ companyId: offer?.companyId, name: offer?.supplierName });
    expect(knownTaLimit(record)).toEqual(usd(4_200_000));
  });

  it('joins by normalised name when the page shows no companyId, then re-keys once the id is learnt', () => {
    const memory = new SupplierMemory();
    const text = page('alibaba-product', 'air-fryer-visible-text.html');
    const first = memory.observe(text.snapshot.supplier!, text.url, '2026-11-01T09:00:00Z');
    expect(first?.key).toBe('name:ningbo sunrise kitchenware co ltd');
    memory.observe(
      facts({ name: 'NINGBO SUNRISE KITCHENWARE CO.,LTD', companyId: '250123456' }),
      'https://x',
      '2026-11-02T09:00:00Z',
    );
    expect(memory.all()).toHaveLength(1);
    expect(memory.find({ companyId: '250123456' })?.key).toBe('id:250123456');
    expect(memory.find({ companyId: '250123456' })?.firstSeenAt).toBe('2026-11-01T09:00:00Z');
  });

  it('knownTaLimit is the latest limit seen, even when observations arrive out of order', () => {
    const memory = new SupplierMemory();
    const id = { companyId: '250123456', name: 'Ningbo Sunrise Kitchenware Co., Ltd.' };
    memory.observe(facts({ ...id, taLimit: usd(4_200_000) }), 'https://a', '2026-10-01T00:00:00Z');
    memory.observe(facts({ ...id, taLimit: usd(2_500_000) }), 'https://b', '2026-11-01T00:00:00Z');
    memory.observe(facts({ ...id, taLimit: usd(9_900_000) }), 'https://old', '2026-01-01T00:00:00Z');
    memory.observe(facts({ ...id, taLimit: null }), 'https://shopbizdata', '2026-11-05T00:00:00Z'); // "not shown" erases nothing
    const record = memory.find(id);
    expect(knownTaLimit(record)).toEqual(usd(2_500_000));
    expect(record?.taLimitHistory.map((h) => h.url)).toEqual(['https://old', 'https://a', 'https://b']);
    expect(record?.lastSeenAt).toBe('2026-11-05T00:00:00Z');
    expect(record?.sourceUrl).toBe('https://shopbizdata');
  });

  it('never joins two different companyIds that share a name', () => {
    const memory = new SupplierMemory();
    memory.observe(facts({ name: 'Sunrise Trading Co., Ltd.', companyId: '111' }), 'https://a', '2026-01-01');
    memory.observe(facts({ name: 'Sunrise Trading Co., Ltd.', companyId: '222' }), 'https://b', '2026-01-02');
    expect(memory.all()).toHaveLength(2);
  });

  it('records metrics only when they change', () => {
    const memory = new SupplierMemory();
    const id = { companyId: '260987654', name: 'Shenzhen Quickship Electronics Co., Ltd.' };
    memory.observe(facts({ ...id, responseRate: 71, onTimeDeliveryRate: 82 }), 'https://a', '2026-01-01');
    memory.observe(facts({ ...id, responseRate: 71, onTimeDeliveryRate: 82 }), 'https://a', '2026-01-02');
    memory.observe(facts({ ...id, responseRate: 64, onTimeDeliveryRate: 82 }), 'https://a', '2026-01-03');
    expect(memory.find(id)?.metricsHistory.map((m) => m.responseRate)).toEqual([71, 64]);
  });

  it('ignores facts that name no one', () => {
    expect(new SupplierMemory().observe(facts({ taLimit: usd(100) }), 'https://a', '2026-01-01')).toBeNull();
  });

  it('round-trips through JSON and drops only invalid records', () => {
    const memory = new SupplierMemory();
    memory.observe(
      facts({ companyId: '250123456', name: 'Ningbo Sunrise', taLimit: usd(4_200_000) }),
      'https://a',
      '2026-01-01',
    );
    const data = JSON.parse(JSON.stringify(memory.toJSON()));
    expect(knownTaLimit(SupplierMemory.fromJSON(data).find({ companyId: '250123456' }))).toEqual(
      usd(4_200_000),
    );
    data.records.push({ key: 'id:1', name: 5 });
    expect(SupplierMemory.fromJSON(data).all()).toHaveLength(1);
    expect(SupplierMemory.fromJSON('garbage').all()).toHaveLength(0);
  });
});
