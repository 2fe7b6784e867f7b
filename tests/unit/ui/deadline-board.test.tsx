import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeadlineBoard } from '../../../components/deadlines/DeadlineBoard';
import { computeDeadlines } from '../../../lib/deadlines/compute';
import type { DeadlineInput } from '../../../lib/deadlines/types';
import { byTestId, DEADLINE_FIXTURES, readJson, render, textOf, UI_FIXTURES } from './render';

function compute(path: string, now: string, timeZone: string) {
  return computeDeadlines(readJson<DeadlineInput>(path), { now: new Date(now), timeZone });
}

// Each result was computed when its order was last read; the board's clock has moved on since.
const orders = [
  {
    orderId: 'AE-8200000000000001',
    title: 'Phone cases (AliExpress)',
    marketplace: 'aliexpress' as const,
    result: compute(
      join(DEADLINE_FIXTURES, 'aliexpress-stated.json'),
      '2026-07-30T10:00:00Z',
      'Europe/Berlin',
    ),
  },
  {
    orderId: 'TA-283746501',
    title: 'Tumblers, sea freight',
    marketplace: 'alibaba' as const,
    result: compute(
      join(DEADLINE_FIXTURES, 'alibaba-confirmed-berlin.json'),
      '2026-06-28T08:00:00Z',
      'Europe/Berlin',
    ),
  },
  {
    orderId: 'TA-100',
    title: 'A new order',
    marketplace: 'alibaba' as const,
    result: compute(join(UI_FIXTURES, 'alibaba-just-ordered.json'), '2026-06-20T08:00:00Z', 'Europe/Berlin'),
  },
];

const board = (now: string, timeZone = 'Europe/Berlin') =>
  render(
    <DeadlineBoard
      orders={orders}
      now={new Date(now)}
      timeZone={timeZone}
      selectedOrderId="AE-8200000000000001"
      onSelect={() => {}}
    />,
  );

describe('DeadlineBoard', () => {
  it('puts the overdue order first and the order with no open deadline last', () => {
    const doc = board('2026-07-12T16:00:00Z');
    const ids = [...doc.querySelectorAll('[data-testid^="order-"]')].map((el) =>
      el.getAttribute('data-testid'),
    );
    expect(ids).toEqual(['order-TA-283746501', 'order-AE-8200000000000001', 'order-TA-100']);
  });

  it('shows an overdue binding deadline in words, with its date in the buyer zone', () => {
    const doc = board('2026-07-12T16:00:00Z');
    const countdown = byTestId(doc, 'countdown-TA-283746501');
    expect(countdown.getAttribute('data-urgency')).toBe('overdue');
    expect(textOf(countdown)).toBe('Overdue · overdue by 2 d 3 h');
    expect(textOf(byTestId(doc, 'order-TA-283746501'))).toContain('Fri, 10 Jul 2026, 15:00 CEST');
  });

  it('counts down from the now prop and re-dates in another zone', () => {
    const doc = board('2026-06-28T08:00:00Z', 'Asia/Shanghai');
    expect(textOf(byTestId(doc, 'countdown-TA-283746501'))).toBe('More than 7 days · 12 d 5 h left');
    expect(textOf(byTestId(doc, 'order-TA-283746501'))).toContain('Fri, 10 Jul 2026, 21:00');
  });

  it('tags deadlines the order page states and keeps sentences it could not date', () => {
    const order = byTestId(board('2026-08-01T10:00:00Z'), 'order-AE-8200000000000001');
    const text = textOf(order);
    expect(textOf(byTestId(order.ownerDocument, 'countdown-AE-8200000000000001'))).toMatch(
      /^Due within 7 days · 3 d \d+ h left$/,
    );
    expect(text).toContain('stated by the order page');
    expect(text).toContain('Free returns within 15 days');
    expect(text).toContain('starts when');
    // The selected order's other deadlines are unfolded.
    expect(order.querySelector('details')?.hasAttribute('open')).toBe(true);
    const refund = order.querySelector('[data-testid="deadline-stated-refund-if-no-delivery"]');
    expect(refund?.getAttribute('data-kind')).toBe('available-from');
    expect(textOf(refund!)).toMatch(/^Not applicable/);
  });

  it('explains an order whose windows have not started', () => {
    const text = textOf(byTestId(board('2026-07-12T16:00:00Z'), 'countdown-TA-100'));
    expect(text).toBe('No open deadline. The next windows start when the events below happen.');
  });

  it('renders nothing a stranger wrote as markup', () => {
    const hostile = [{ ...orders[2]!, title: '<img src=x onerror=alert(1)>Cheap order' }];
    const doc = render(
      <DeadlineBoard orders={hostile} now={new Date()} timeZone="UTC" onSelect={() => {}} />,
    );
    expect(doc.querySelector('img')).toBeNull();
    expect(textOf(byTestId(doc, 'order-TA-100'))).toContain('<img src=x onerror=alert(1)>Cheap order');
  });
});
