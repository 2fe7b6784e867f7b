import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  convertValue,
  draftFromEvent,
  inputValueFor,
} from '../../../components/deadlines/event-form';
import { describeSource } from '../../../components/deadlines/timeline-labels';

const now = new Date('2026-06-20T10:00:00Z');

describe('checkDraft', () => {
  it('stores a wall-clock time entered in Berlin with its summer offset, marked as entered by the buyer', () => {
    const checked = checkDraft(
      { type: 'receipt_confirmed', value: '2026-06-12T10:00', shippingMethod: '', note: '' },
      now,
      'Europe/Berlin',
    );
    expect(checked).toEqual({
      ok: true,
      event: {
        type: 'receipt_confirmed',
        at: '2026-06-12T10:00:00+02:00',
        source: { kind: 'buyer', enteredAt: '2026-06-20T10:00:00.000Z' },
      },
    });
  });

  it('keeps an agreed shipment date as a calendar date, even in the future', () => {
    const checked = checkDraft(
      { type: 'ship_by_agreed', value: '2026-08-05', shippingMethod: '', note: ' ' },
      now,
      'UTC',
    );
    expect(checked.ok && checked.event.at).toBe('2026-08-05');
  });

  it('keeps the shipping method only for a shipment', () => {
    const shipped = checkDraft(
      { type: 'shipped', value: '2026-04-18T08:00', shippingMethod: 'sea', note: '' },
      now,
      'UTC',
    );
    expect(shipped.ok && shipped.event.shippingMethod).toBe('sea');
    const delivered = checkDraft(
      { type: 'delivered', value: '2026-06-10T15:00', shippingMethod: 'sea', note: '' },
      now,
      'UTC',
    );
    expect(delivered.ok && delivered.event.shippingMethod).toBeUndefined();
  });

  it('explains empty, impossible and out-of-range dates', () => {
    const err = (type: 'delivered' | 'delivery_agreed', value: string) => {
      const c = checkDraft({ type, value, shippingMethod: '', note: '' }, now, 'UTC');
      return c.ok ? null : c.error;
    };
    expect(err('delivered', '')).toBe('Enter the date and time of this event.');
    expect(err('delivery_agreed', '  ')).toBe('Enter the agreed date.');
    expect(err('delivered', '2026-02-30T10:00')).toMatch(/not a real date/);
    expect(err('delivery_agreed', '2026-13-01')).toMatch(/not a real date/);
    expect(err('delivered', '0026-06-10T10:00')).toBe('Enter a year between 2000 and 2100.');
  });

  it('refuses a receipt confirmed in the future (it would stretch the claim window)', () => {
    const c = checkDraft(
      { type: 'receipt_confirmed', value: '2026-06-21T09:00', shippingMethod: '', note: '' },
      now,
      'UTC',
    );
    expect(c.ok ? null : c.error).toMatch(/"Receipt confirmed" cannot be in the future/);
  });
});

describe('form values', () => {
  it('fills the inputs from a stored event in the buyer zone', () => {
    expect(inputValueFor('2026-04-18T06:00:00Z', 'shipped', 'Europe/Berlin')).toBe('2026-04-18T08:00');
    expect(inputValueFor('2026-04-20', 'ship_by_agreed', 'Europe/Berlin')).toBe('2026-04-20');
    expect(inputValueFor('nonsense', 'shipped', 'UTC')).toBe('');
    const draft = draftFromEvent(
      {
        type: 'shipped',
        at: '2026-04-18T06:00:00Z',
        shippingMethod: 'sea',
        source: { kind: 'buyer', enteredAt: '' },
      },
      'Asia/Shanghai',
    );
    expect(draft).toEqual({ type: 'shipped', value: '2026-04-18T14:00', shippingMethod: 'sea', note: '' });
  });

  it('keeps the day when switching between a date and a date-time event', () => {
    expect(convertValue('2026-06-12T10:00', true)).toBe('2026-06-12');
    expect(convertValue('2026-06-12', false)).toBe('2026-06-12T12:00');
  });

  it('says where each fact came from', () => {
    expect(
      describeSource(
        {
          kind: 'page',
          url: 'https://biz.alibaba.com/ta/detail.htm?orderId=1',
          readAt: '2026-06-12T08:00:00Z',
        },
        'Europe/Berlin',
      ),
    ).toBe('read from biz.alibaba.com on Fri, 12 Jun 2026, 10:00 CEST');
    expect(describeSource({ kind: 'buyer', enteredAt: '2026-06-12T08:00:00Z' }, 'UTC')).toBe(
      'entered by you on Fri, 12 Jun 2026, 08:00 UTC',
    );
  });
});
