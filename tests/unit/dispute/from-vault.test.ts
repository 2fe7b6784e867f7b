import { describe, expect, it } from 'vitest';
import { orderRow } from '../../../lib/analysis/memory-rows';
import { parseAnswers } from '../../../lib/dispute/answers';
import { loadDisputeCase, saveDisputeAnswers } from '../../../lib/dispute/from-vault';
import { findOrCreateOrderCase, findOrCreateSupplierCase } from '../../../lib/vault/cases';
import { saveOrder, saveSupplier, saveTimelineEvent } from '../../../lib/vault/records';
import { freshVault, NOW } from '../vault/helpers';
import { buyer, orderFromPage } from './helpers';

describe('a case’s dispute inputs, read from the vault', () => {
  it('the order, its timeline, the supplier’s last limit, and the answers saved for the case', async () => {
    const db = await freshVault();
    const { order } = orderFromPage('alibaba-order/ta-detail-218834501001020304-json.html');
    const theCase = await findOrCreateOrderCase(db, order.id!, 'alibaba', 'Demo order', NOW);
    await saveSupplier(db, {
      key: 'id:250123456',
      name: 'Ningbo Sunrise Kitchenware Co., Ltd.',
      firstSeenAt: '2026-11-01T10:00:00.000Z',
      lastSeenAt: '2026-11-17T08:00:00.000Z',
      taLimitHistory: [
        {
          at: '2026-11-01T10:00:00.000Z',
          url: 'https://x.en.alibaba.com/',
          taLimit: { minor: 3_000_000, currency: 'USD' },
        },
        {
          at: '2026-11-17T08:00:00.000Z',
          url: 'https://x.en.alibaba.com/',
          taLimit: { minor: 4_200_000, currency: 'USD' },
        },
      ],
      metricsHistory: [],
    });
    await saveOrder(db, orderRow(order, theCase.id, 'id:250123456', null, NOW.toISOString()));
    await saveTimelineEvent(db, { ...buyer('deposit_paid', '2026-11-20'), id: 'e1', orderId: order.id! });
    await saveDisputeAnswers(
      db,
      theCase.id,
      parseAnswers({ problems: ['late-shipment'], buyerWords: 'Not shipped.' }),
      NOW,
    );

    const loaded = await loadDisputeCase(db, theCase.id);
    expect(loaded?.order.total).toEqual({ minor: 4_860_000, currency: 'USD' });
    expect(loaded?.events.map((e) => e.type)).toEqual(['deposit_paid']);
    expect(loaded?.limit).toEqual({
      limit: { minor: 4_200_000, currency: 'USD' },
      seenAt: '2026-11-17T08:00:00.000Z',
    });
    expect(loaded?.answers).toMatchObject({ problems: ['late-shipment'], buyerWords: 'Not shipped.' });
  });

  it('no draft for a supplier case or an order never read', async () => {
    const db = await freshVault();
    const supplier = await findOrCreateSupplierCase(db, 'id:1', 'alibaba', 'Some supplier', NOW);
    expect(await loadDisputeCase(db, supplier.id)).toBeNull();
    const unread = await findOrCreateOrderCase(db, '999', 'alibaba', 'Order 999', NOW);
    expect(await loadDisputeCase(db, unread.id)).toBeNull();
  });

  it('answers stored in a bad shape keep their valid fields', async () => {
    const db = await freshVault();
    await db.drafts.put({
      caseId: 'c',
      answers: { problems: ['late-shipment', 'bogus'], buyerWords: 'kept', affectedQuantity: -4 },
      updatedAt: NOW.toISOString(),
    });
    const row = await db.drafts.get('c');
    expect(parseAnswers(row?.answers)).toMatchObject({
      problems: [],
      buyerWords: 'kept',
      affectedQuantity: null,
    });
  });
});
