import { NOW } from './helpers';

/** Rows as schema v1 wrote them, one per table: the seed of every migration test. */
export const V1_ROWS = {
  cases: [
    {
      id: 'c1',
      kind: 'order',
      orderId: '2548',
      marketplace: 'alibaba',
      title: 'Order 2548',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    },
  ],
  items: [
    {
      id: 'i1',
      caseId: 'c1',
      kind: 'contract',
      captureMethod: 'upload',
      mimeType: 'application/pdf',
      size: 3,
      sha256: '039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81',
      capturedAt: NOW.toISOString(),
      sourceUrl: '',
      sourceTitle: '',
      fileName: 'pi.pdf',
      note: '',
      tags: ['pi'],
      state: 'complete',
    },
  ],
  blobs: [{ itemId: 'i1', bytes: new Blob([new Uint8Array([1, 2, 3])]) }],
  suppliers: [
    {
      key: 's1',
      firstSeenAt: NOW.toISOString(),
      lastSeenAt: NOW.toISOString(),
      taLimitHistory: [],
      metricsHistory: [],
    },
  ],
  orders: [
    { id: '2548', marketplace: 'alibaba', caseId: 'c1', facts: {}, stated: [], updatedAt: NOW.toISOString() },
  ],
  timeline: [
    {
      id: 't1',
      orderId: '2548',
      type: 'delivered',
      at: '2026-11-01',
      source: { kind: 'buyer', enteredAt: NOW.toISOString() },
    },
  ],
  ticks: [{ orderId: '2548', itemId: 'inspection-booked', ticked: true, at: NOW.toISOString() }],
  deletions: [
    {
      id: 'd1',
      what: 'item',
      itemId: 'i0',
      caseId: 'c1',
      confirmation: 'abcd1234',
      deletedAt: NOW.toISOString(),
      reason: 'duplicate',
    },
  ],
} as const;
