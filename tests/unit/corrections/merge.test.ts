import { describe, expect, it } from 'vitest';
import { CorrectionBook } from '../../../lib/corrections/book';
import { keyOf } from '../../../lib/corrections/facts';
import { replacedNotice, resolveFact, type Stated } from '../../../lib/corrections/resolve';
import type { CorrectionScope, Statement } from '../../../lib/model/correction';
import { usd } from '../../support/fixtures';

/** Entered vs page-stated, supersession with its date, and who an entry is about. */
const SUNRISE: CorrectionScope = {
  kind: 'supplier',
  companyId: null,
  name: 'Ningbo Sunrise Kitchenware Co., Ltd.',
};
const ORDER_A: CorrectionScope = { kind: 'order', marketplace: 'alibaba', orderId: '218834501001020304' };
const ORDER_B: CorrectionScope = { kind: 'order', marketplace: 'alibaba', orderId: '218834502005060708' };
const ENTERED = '2026-12-01T12:00:00.000Z';
const PROFILE = 'https://sunrisekitchen.en.alibaba.com/company_profile.html';

function limitStated(major: number, at: string, url = PROFILE): Stated {
  const value = usd(major);
  return {
    value,
    statement: { key: keyOf('taLimit', value), shown: `US$${major.toLocaleString('en-US')}`, url, at },
  };
}
const statement = (s: Stated): Statement => s.statement;

describe('the buyer entered a fact: entered vs page-stated', () => {
  it('uses the entry, with its source, when no page states the fact', () => {
    const book = new CorrectionBook();
    book.enter(SUNRISE, { fact: 'taLimit', value: usd(42_000) }, null, ENTERED);
    const r = resolveFact('taLimit', null, book.find(SUNRISE, 'taLimit'));
    expect(r.value).toEqual(usd(42_000));
    expect(r.shown).toBe('US$42,000');
    expect(r.source).toEqual({ kind: 'buyer', enteredAt: ENTERED });
  });

  it('keeps the entry while pages read before it, or showing the very value corrected away, state the fact', () => {
    const book = new CorrectionBook();
    const before = limitStated(45_000, '2026-11-20T09:00:00.000Z');
    book.enter(SUNRISE, { fact: 'taLimit', value: usd(42_000) }, before.statement.key, ENTERED);
    expect(resolveFact('taLimit', before, book.find(SUNRISE, 'taLimit')).value).toEqual(usd(42_000));
    // The buyer said the page's US$45,000 is wrong: the same page read again later does not undo that.
    const again = limitStated(45_000, '2026-12-05T09:00:00.000Z');
    expect(book.observe(SUNRISE, 'taLimit', statement(again))).toBeNull();
    const r = resolveFact('taLimit', again, book.find(SUNRISE, 'taLimit'));
    expect(r.value).toEqual(usd(42_000));
    expect(r.source?.kind).toBe('buyer');
  });

  it('is superseded by a later page that states a different value, and the buyer is told with both dates', () => {
    const book = new CorrectionBook();
    book.enter(SUNRISE, { fact: 'taLimit', value: usd(42_000) }, null, ENTERED);
    const later = limitStated(45_000, '2026-12-03T09:30:00.000Z');
    const retired = book.observe(SUNRISE, 'taLimit', statement(later));
    expect(retired?.supersededBy).toEqual(later.statement);
    const r = resolveFact('taLimit', later, book.find(SUNRISE, 'taLimit'));
    expect(r.value).toEqual(usd(45_000));
    expect(r.source).toEqual({ kind: 'page', url: PROFILE, readAt: '2026-12-03T09:30:00.000Z' });
    expect(replacedNotice(r)).toBe(
      'Trade Assurance limit: the page now shows US$45,000 (sunrisekitchen.en.alibaba.com, 3 Dec 2026); your entry US$42,000 from 1 Dec 2026 is replaced.',
    );
    // Retired for good: a still later page changes nothing, and the notice keeps naming the page that replaced it.
    expect(
      book.observe(SUNRISE, 'taLimit', statement(limitStated(40_000, '2026-12-09T00:00:00.000Z'))),
    ).toBeNull();
    expect(book.find(SUNRISE, 'taLimit')?.supersededBy?.shown).toBe('US$45,000');
  });

  it('judges the page in view the way memory will record it (before the page is observed)', () => {
    const book = new CorrectionBook();
    book.enter(SUNRISE, { fact: 'taLimit', value: usd(42_000) }, null, ENTERED);
    const r = resolveFact(
      'taLimit',
      limitStated(45_000, '2026-12-03T09:30:00.000Z'),
      book.find(SUNRISE, 'taLimit'),
    );
    expect(r.value).toEqual(usd(45_000));
    expect(replacedNotice(r)).toContain('your entry US$42,000 from 1 Dec 2026 is replaced');
  });

  it('retires an entry quietly when a later page states the same value', () => {
    const book = new CorrectionBook();
    book.enter(SUNRISE, { fact: 'taLimit', value: usd(42_000) }, null, ENTERED);
    const same = limitStated(42_000, '2026-12-03T09:30:00.000Z');
    expect(book.observe(SUNRISE, 'taLimit', statement(same))).toBeNull();
    expect(book.find(SUNRISE, 'taLimit')).toBeNull();
    const r = resolveFact('taLimit', same, null);
    expect(r.source?.kind).toBe('page');
    expect(replacedNotice(r)).toBeNull();
  });

  it('compares payment methods by kind, not by wording', () => {
    const book = new CorrectionBook();
    book.enter(ORDER_A, { fact: 'paymentMethod', value: 'tt' }, null, ENTERED);
    const words = 'Wire transfer (T/T)';
    const page = {
      key: keyOf('paymentMethod', words),
      shown: words,
      url: 'https://x',
      at: '2026-12-02T00:00:00.000Z',
    };
    // The page now names the same method in its own words: the entry retires without a notice.
    expect(book.observe(ORDER_A, 'paymentMethod', page)).toBeNull();
    expect(book.find(ORDER_A, 'paymentMethod')).toBeNull();
  });
});

describe('who an entry is about', () => {
  it('keeps a TA limit per supplier: any spelling of the name, or the same company id', () => {
    const book = new CorrectionBook();
    book.enter(SUNRISE, { fact: 'taLimit', value: usd(42_000) }, null, ENTERED);
    expect(
      book.find({ kind: 'supplier', companyId: null, name: 'NINGBO SUNRISE KITCHENWARE CO.,LTD' }, 'taLimit'),
    ).not.toBeNull();
    expect(
      book.find(
        { kind: 'supplier', companyId: '250123456', name: 'Ningbo Sunrise Kitchenware Company Limited' },
        'taLimit',
      ),
    ).not.toBeNull();
    expect(
      book.find({ kind: 'supplier', companyId: null, name: 'Sunrise Kitchenware Ltd' }, 'taLimit'),
    ).toBeNull();
    expect(
      book.find(
        { kind: 'supplier', companyId: null, name: 'Shenzhen Quickship Electronics Co., Ltd.' },
        'taLimit',
      ),
    ).toBeNull();

    const byId = new CorrectionBook();
    byId.enter(
      { kind: 'supplier', companyId: '250123456', name: 'Ningbo Sunrise Kitchenware Co., Ltd.' },
      { fact: 'taLimit', value: usd(1) },
      null,
      ENTERED,
    );
    // Same name, another company id: a look-alike, not the same supplier.
    expect(
      byId.find(
        { kind: 'supplier', companyId: '999999999', name: 'Ningbo Sunrise Kitchenware Co., Ltd.' },
        'taLimit',
      ),
    ).toBeNull();
  });

  it('keeps order facts per order, and one entry per fact', () => {
    const book = new CorrectionBook();
    book.enter(ORDER_A, { fact: 'orderTotal', value: usd(50_000) }, null, ENTERED);
    book.enter(ORDER_A, { fact: 'orderTotal', value: usd(51_000) }, null, '2026-12-02T12:00:00.000Z');
    expect(book.find(ORDER_A, 'orderTotal')?.correction.value).toEqual(usd(51_000));
    expect(book.all()).toHaveLength(1);
    expect(book.find(ORDER_B, 'orderTotal')).toBeNull();
    expect(book.find(ORDER_A, 'shipBy')).toBeNull();
    // A supplier's limit is not an order's fact, and the other way round.
    expect(
      book.find(
        {
          kind: 'order',
          marketplace: 'aliexpress',
          orderId: ORDER_A.kind === 'order' ? ORDER_A.orderId : '',
        },
        'orderTotal',
      ),
    ).toBeNull();
  });
});

describe('the stored book', () => {
  it('survives a round trip through storage, and drops a bad entry on its own', () => {
    const book = new CorrectionBook();
    book.enter(SUNRISE, { fact: 'taLimit', value: usd(42_000) }, null, ENTERED);
    book.enter(ORDER_A, { fact: 'shipBy', value: '2026-12-20' }, null, ENTERED);
    const stored = JSON.parse(JSON.stringify(book.toJSON()));
    stored.entries.push(
      { ...stored.entries[0], correction: { fact: 'taLimit', value: { minor: -5, currency: 'USD' } } },
      { ...stored.entries[1], scope: ORDER_B, correction: { fact: 'shipBy', value: '2026-02-31' } },
      'not an entry',
    );
    const back = CorrectionBook.fromJSON(stored);
    expect(back.all()).toEqual(book.all());
    expect(CorrectionBook.fromJSON(undefined).all()).toEqual([]);
    expect(CorrectionBook.fromJSON({ version: 9, entries: [] }).all()).toEqual([]);
  });

  it('refuses a half value instead of storing it', () => {
    const book = new CorrectionBook();
    expect(() =>
      book.enter(SUNRISE, { fact: 'taLimit', value: { minor: 0, currency: 'USD' } }, null, ENTERED),
    ).toThrow();
    expect(() =>
      book.enter(ORDER_A, { fact: 'shipBy', value: '2026-13-01' } as never, null, ENTERED),
    ).toThrow();
    expect(book.all()).toEqual([]);
    expect(book.revision).toBe(0);
  });
});
