import { describe, expect, it } from 'vitest';
import type { DeadlineInput } from '../../../lib/deadlines/types';
import { byId, compute } from './helpers';

type Scenario = {
  name: string;
  input: DeadlineInput;
  id: string;
  dueAt: string;
  basis?: RegExp;
  kind?: 'deadline' | 'available-from';
  preset?: 'seeds' | 'help-centre';
};

const NOW = '2026-01-01T00:00:00Z';
const ali = (events: DeadlineInput['events'], extra: Partial<DeadlineInput> = {}): DeadlineInput => ({
  marketplace: 'alibaba',
  buyerTier: 'standard',
  events,
  ...extra,
});

const SCENARIOS: Scenario[] = [
  {
    name: 'claim after confirmation: 30 days',
    input: ali([{ type: 'receipt_confirmed', at: '2026-06-12T10:00:00Z' }]),
    id: 'claim-after-confirmation',
    dueAt: '2026-07-12T10:00:00Z',
    basis: /30 calendar days after you confirmed receipt on 12 June 2026/,
  },
  {
    name: 'claim after delivery, standard buyer, from Jan 31 (month end)',
    input: ali([{ type: 'delivered', at: '2026-01-31T12:00:00Z' }]),
    id: 'claim-after-delivery',
    dueAt: '2026-03-02T12:00:00Z',
  },
  {
    name: 'claim after delivery, enterprise buyer: 60 days',
    input: ali([{ type: 'delivered', at: '2026-01-31T12:00:00Z' }], { buyerTier: 'enterprise' }),
    id: 'claim-after-delivery',
    dueAt: '2026-04-01T12:00:00Z',
    basis: /60 calendar days \(Enterprise buyer\)/,
  },
  ...(
    [
      ['express', '2026-05-16T08:00:00Z'],
      ['air', '2026-05-31T08:00:00Z'],
      ['sea', '2026-06-30T08:00:00Z'],
      ['land', '2026-06-30T08:00:00Z'],
      ['post', '2026-06-30T08:00:00Z'],
    ] as const
  ).map(
    ([method, dueAt]): Scenario => ({
      name: `auto-confirm claim by ${method}`,
      input: ali([{ type: 'shipped', at: '2026-05-01T08:00:00Z' }], { shippingMethod: method }),
      id: 'auto-confirm-claim',
      dueAt,
      basis: new RegExp(`shipping by ${method}.*counting from shipment is our assumption`),
    }),
  ),
  {
    name: 'auto-confirm claim, shipping method only on the shipment event',
    input: ali([{ type: 'shipped', at: '2026-05-01T08:00:00Z', shippingMethod: 'air' }]),
    id: 'auto-confirm-claim',
    dueAt: '2026-05-31T08:00:00Z',
  },
  {
    name: 'auto-confirm claim, unknown method: the shortest (express) window, said so',
    input: ali([{ type: 'shipped', at: '2026-05-01T08:00:00Z' }]),
    id: 'auto-confirm-claim',
    dueAt: '2026-05-16T08:00:00Z',
    basis: /shipping method unknown: using the shortest window, express/,
  },
  {
    name: 'supplier response: 5 days after the dispute',
    input: ali([{ type: 'dispute_opened', at: '2026-03-05T09:00:00Z' }]),
    id: 'supplier-response',
    dueAt: '2026-03-10T09:00:00Z',
  },
  {
    name: 'help-centre preset: 3-day negotiation',
    input: ali([{ type: 'dispute_opened', at: '2026-03-05T09:00:00Z' }]),
    id: 'supplier-response',
    dueAt: '2026-03-08T09:00:00Z',
    preset: 'help-centre',
  },
  {
    name: 'help-centre preset: escalation available from day 4',
    input: ali([{ type: 'dispute_opened', at: '2026-03-05T09:00:00Z' }]),
    id: 'escalation-available',
    dueAt: '2026-03-09T09:00:00Z',
    kind: 'available-from',
    preset: 'help-centre',
  },
  {
    name: 'help-centre preset: automatic escalation on day 7',
    input: ali([{ type: 'dispute_opened', at: '2026-03-05T09:00:00Z' }]),
    id: 'escalation-automatic',
    dueAt: '2026-03-12T09:00:00Z',
    preset: 'help-centre',
  },
  {
    name: 'supplier fixes a failed inspection: 15 days',
    input: ali([{ type: 'inspection_failed', at: '2026-02-20T10:00:00Z' }]),
    id: 'supplier-fix-after-inspection',
    dueAt: '2026-03-07T10:00:00Z',
  },
  {
    name: 'ship-by: the agreed date, end of that day',
    input: ali([], { shipBy: '2026-08-05' }),
    id: 'ship-by',
    dueAt: '2026-08-05T23:59:59Z',
    basis: /end of that day, 23:59:59 UTC/,
  },
  {
    name: 'on-time delivery claim: agreed delivery + 30 days',
    input: ali([], { deliverBy: '2026-09-30' }),
    id: 'on-time-delivery-claim',
    dueAt: '2026-10-30T23:59:59Z',
  },
  {
    name: 'AliExpress mediation available 10 days after the refund request',
    input: {
      marketplace: 'aliexpress',
      buyerTier: 'standard',
      events: [{ type: 'refund_requested', at: '2026-08-01T12:00:00Z' }],
    },
    id: 'aliexpress-mediation-available',
    dueAt: '2026-08-11T12:00:00Z',
    kind: 'available-from',
  },
];

describe('policy rules, one scenario per rule', () => {
  for (const s of SCENARIOS) {
    it(s.name, () => {
      const d = byId(compute(s.input, NOW, 'UTC', s.preset), s.id);
      expect(d.dueAt).toBe(s.dueAt);
      expect(d.kind).toBe(s.kind ?? 'deadline');
      if (s.basis) expect(d.basis).toMatch(s.basis);
      expect(d.source.ref).toMatch(/^https?:\/\//);
      expect(d.whatToDo.length).toBeGreaterThan(20);
    });
  }

  it('the seeds preset has no escalation dates; the help-centre preset has no 5-day response', () => {
    const input = ali([{ type: 'dispute_opened', at: '2026-03-05T09:00:00Z' }]);
    const seeds = compute(input, NOW).deadlines.map((d) => d.id);
    const help = compute(input, NOW, 'UTC', 'help-centre');
    expect(seeds).not.toContain('escalation-automatic');
    expect(byId(help, 'supplier-response').source.label).toMatch(/help centre/);
  });

  it('Alibaba rules do not apply to AliExpress orders and vice versa', () => {
    const events: DeadlineInput['events'] = [
      { type: 'receipt_confirmed', at: '2026-06-12T10:00:00Z' },
      { type: 'refund_requested', at: '2026-06-13T10:00:00Z' },
    ];
    expect(
      compute({ marketplace: 'aliexpress', buyerTier: 'standard', events }, NOW).deadlines.map((d) => d.id),
    ).toEqual(['aliexpress-mediation-available']);
    expect(compute(ali(events), NOW).deadlines.map((d) => d.id)).toEqual(['claim-after-confirmation']);
  });
});
