import { describe, expect, it } from 'vitest';
import { quotes, rules } from './spec-lines';

/**
 * A lead time counted from a recorded event but given only as its earliest day ("not earlier than", "frühestens",
 * "不早于") promises no latest day: a late shipment breaks no term. A bound from above on the same line makes it a
 * window, which the window check judges instead. Our own sentences (a gap the stop-38 red team named).
 */
describe('an earliest day only', () => {
  it.each([
    ['Delivery: not earlier than 30 days after deposit', 'not earlier than'],
    ['Shipment: 25 days after sample approval at the earliest', 'at the earliest'],
    ['Lieferung: frühestens 20 Tage nach Anzahlung', 'frühestens'],
    ['Entrega: no antes de 15 días tras el pago', 'no antes de'],
    ['Отгрузка: не ранее 20 дней после оплаты', 'не ранее'],
    ['交货期：不早于付款后30天', '不早于'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-ship-date')).toContain(quote));
});

describe('an earliest day closed from above, or no earliest word', () => {
  it.each([
    'Delivery: no earlier than 20 and no later than 25 days after deposit',
    'Ship date: within 30 days after deposit, not earlier than 25 days',
    'Lieferung: frühestens 20, spätestens 25 Tage nach Anzahlung',
    'Delivery: 30 days after deposit',
  ])('not flagged: %s', (line) => expect(rules(line)).not.toContain('vague-ship-date'));
});
