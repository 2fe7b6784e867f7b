import { describe, expect, it } from 'vitest';
import { parseDateText, parseDateTimeText } from '../../../lib/pages/alibaba/order-dates';
import {
  coverageFromText,
  shippingMethodFromText,
  statusKeyFromText,
} from '../../../lib/pages/labels/order-vocab';

describe('order vocabulary in five languages', () => {
  it('normalises shipping methods', () => {
    const cases: [string, string | null][] = [
      ['Express', 'express'],
      ['DHL', 'express'],
      ['Air freight', 'air'],
      ['By sea', 'sea'],
      ['Ocean', 'sea'],
      ['Seefracht', 'sea'],
      ['Fret maritime', 'sea'],
      ['Marítimo', 'sea'],
      ['Post', 'post'],
      ['China Post', 'post'],
      ['Land/Truck/Rail', 'land'],
      ['Fret aérien', 'air'],
      ['Luftfracht', 'air'],
      ['To be confirmed', null],
    ];
    for (const [text, method] of cases) expect([text, shippingMethodFromText(text)]).toEqual([text, method]);
  });

  it('normalises statuses', () => {
    expect(statusKeyFromText('Waiting for remaining balance payment')).toBe('awaiting_balance');
    expect(statusKeyFromText('Waiting for supplier to ship')).toBe('awaiting_shipment');
    expect(statusKeyFromText('Completed & In Review')).toBe('completed');
    expect(statusKeyFromText('Concluído ')).toBe('completed');
    expect(statusKeyFromText('Aguardando pagamento')).toBe('awaiting_payment');
    expect(statusKeyFromText('Paiement initial en attente')).toBe('awaiting_initial_payment');
    expect(statusKeyFromText('Something else')).toBeNull();
  });

  it('reads coverage types', () => {
    expect(coverageFromText('Pre-shipment coverage')).toBe('pre-shipment');
    expect(coverageFromText('Cobertura antes del envío')).toBe('pre-shipment');
    expect(coverageFromText('Schutz nach der Lieferung')).toBe('post-delivery');
  });

  it('reads dates without guessing ambiguous day/month order', () => {
    expect(parseDateText('Jan 15, 2027')).toBe('2027-01-15');
    expect(parseDateText('15 janv. 2027')).toBe('2027-01-15');
    expect(parseDateText('15 de enero de 2027')).toBe('2027-01-15');
    expect(parseDateText('15. Januar 2027')).toBe('2027-01-15');
    expect(parseDateText('15/01/2027')).toBe('2027-01-15');
    expect(parseDateText('03/04/2027')).toBeNull();
    expect(parseDateText('ship in January')).toBeNull();
    expect(parseDateText('within 15 days, by Sep 4, 2026')).toBe('2026-09-04');
    expect(parseDateTimeText('Nov 20, 2026 2:05 PM')).toBe('2026-11-20T14:05');
  });
});
