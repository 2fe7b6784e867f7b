import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/pages/extract';
import { OWN, parse, readPage } from '../../support/fixtures';
import { describeStrangerPages, strangerRound } from '../../support/stranger-round';

/**
 * Layouts that misled the item reader on a tenth round of public captures nobody had tuned on (a 2025
 * pl.aliexpress item page saved from the DOM in Pakistan: the store card's positive feedback and the
 * item's score line written in Polish), as our own fixture modelled on the layout; then the strangers'
 * pages themselves, read where their repository snapshot was fetched (skipped when it is not here),
 * against the facts written down by hand before the first run (strangers-round-10/expected.json).
 */
const FIXTURE = 'aliexpress-item/pl-store-card-trader-2025.html';
const money = (major: number, currency: string) => ({ minor: Math.round(major * 100), currency });

describe('2025 item page in Polish: the store card and the score line in the interface language', () => {
  const page = readPage(join(OWN, FIXTURE));
  const s = extractPage(page.document, page.url);

  it('reads the item, its price in rupees (not the 10-piece offer) and the store without "(Przedsiębiorca)"', () => {
    expect(page.url).toBe('https://pl.aliexpress.com/item/1005000000001010.html');
    expect(s.kind).toBe('aliexpress:item');
    expect(s.product?.title).toBe('Lampka biurkowa LED z regulacją jasności, zasilana przez USB');
    expect(s.product?.priceRange).toEqual({ min: money(2310, 'PKR'), max: money(2310, 'PKR') });
    expect(s.supplier?.name).toBe('Jasna Lampa Store');
    expect(s.supplier?.storeId).toBe('1100001010');
  });

  it('reads the store\'s positive feedback from "97.2% Pozytywne opinie"', () => {
    expect(s.supplier?.positiveRate).toBe(97.2);
  });

  it('reads the item\'s score from "4.8 27 Recenzje"', () => {
    expect(s.product?.rating).toBe(4.8);
    expect(s.product?.reviewCount).toBe(27);
  });

  it('reads the same store card said in Russian or Dutch, and the phrase before its number', () => {
    const said = (card: string) => {
      const html = page.html.replace('<strong>97.2%</strong><span> Pozytywne opinie</span>', card);
      expect(html).not.toContain('<span> Pozytywne opinie</span>');
      return extractPage(parse(html), page.url).supplier?.positiveRate;
    };
    expect(said('<strong>96.1%</strong><span> положительных отзывов</span>')).toBe(96.1);
    expect(said('<strong>95,4%</strong><span> Positieve feedback</span>')).toBe(95.4);
    expect(said('<span>Pozytywnych opinii:</span> <strong>93.8%</strong>')).toBe(93.8);
  });

  it('takes no share from a percentage that is not beside a positive-feedback phrase', () => {
    const html = page.html.replace(
      '<strong>97.2%</strong><span> Pozytywne opinie</span>',
      '<strong>-15%</strong><span> Rabat na pierwsze zamówienie</span>',
    );
    expect(extractPage(parse(html), page.url).supplier?.positiveRate).toBeNull();
  });
});

type Amount = { amount: number; currency: string };
type Offer = Record<string, unknown> & { priceMin: Amount | null; priceMax: Amount | null };
type AuditPage = {
  kind: string;
  supplier: Record<string, unknown> | null;
  product: (Record<string, unknown> & { priceMin: Amount | null; priceMax: Amount | null }) | null;
  offers: Offer[] | null;
};

describeStrangerPages<Record<string, unknown>, AuditPage>(strangerRound(10), (page, audit) => {
  const want = page.expected;

  it(`is read as ${String(want.kind ?? (want.kindOneOf as string[]).join(' or '))}`, async () => {
    expect((want.kindOneOf as string[] | undefined) ?? [want.kind]).toContain((await audit()).kind);
  });

  if (want.kind === 'aliexpress:item')
    it('reads the item and its seller as written down by hand', async () => {
      const got = await audit();
      const price = want.price as Amount | undefined;
      expect(got.product?.id).toBe(want.productId);
      expect(String(got.product?.title)).toMatch(
        new RegExp(`^${escapeRegExp(want.titleStartsWith as string)}`),
      );
      expect(String(got.product?.title)).not.toMatch(/AliExpress(\s+\d+)?\s*$/);
      expect([got.product?.priceMin, got.product?.priceMax]).toEqual(
        price ? [price, price] : [want.priceMin, want.priceMax],
      );
      expect(got.supplier?.name).toBe(want.supplierName);
      expect(got.supplier?.storeId).toBe(want.storeId);
      expect(got.supplier?.positiveRate).toBe(want.positiveRate);
      expect(got.product?.rating).toBe(want.rating);
      expect(got.product?.reviewCount).toBe(want.reviewCount);
    });

  if (want.kind === 'aliexpress:search')
    it('reads each card written down at its price, in its currency, with the store it links to', async () => {
      const offers = (await audit()).offers ?? [];
      const byId = new Map(offers.map((o) => [o.productId, o]));
      for (const [id, amount, store] of want.pricedOffers as [string, number, string][]) {
        const offer = byId.get(id);
        expect(offer?.priceMin, id).toEqual({ amount, currency: want.currency });
        expect(offer?.priceMax, id).toEqual({ amount, currency: want.currency });
        expect(offer?.supplierName, id).toBe(store);
      }
      expect(offers.filter((o) => o.priceMin?.amount === 0)).toEqual([]);
    });

  if (want.kindOneOf)
    it('reads no product or supplier of its own off a promotion page, and its card right if at all', async () => {
      const got = await audit();
      expect([got.supplier, got.product]).toEqual([null, null]);
      const card = want.offerIfAny as Record<string, unknown>;
      const offer = got.offers?.find((o) => o.productId === card.productId);
      if (offer)
        expect(offer).toMatchObject({
          priceMin: card.priceMin,
          priceMax: card.priceMax,
          moq: card.moq,
          supplierName: card.supplierName,
        });
      expect((got.offers ?? []).filter((o) => o.priceMin?.amount === 0)).toEqual([]);
    });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
