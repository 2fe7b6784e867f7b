import { describe, expect, it } from 'vitest';
import { RequestSchema } from '../../../lib/messaging/protocol';
import { withEmbeddedOffers } from '../../../lib/pages/embedded-offers';
import { readPage } from '../../../lib/pages/read';
import { loadPage } from '../../support/fixtures';

/**
 * Red-team cases for the search offers read in the background: whatever the page embeds, the message the
 * content script builds is one the background accepts (a refused message leaves the card without a verdict),
 * and whatever a content script sends, the background answers without throwing or looping.
 */
const SEARCH = 'https://www.alibaba.com/trade/search?SearchText=air+fryer';

function pageSeen(doc: Document, url: string) {
  const split = readPage(doc, url, false, { searchOffersElsewhere: true });
  return {
    split,
    message: {
      type: 'content/page-seen',
      url,
      kind: split.snapshot.kind,
      title: 'Air fryers',
      snapshot: JSON.parse(JSON.stringify(split.snapshot)),
      ...(split.offerScripts ? { offerScripts: split.offerScripts } : {}),
    },
  };
}

describe('a search page with huge embedded data', () => {
  it('a script too long for the message is read on the page, so the card still gets its offers', () => {
    const { doc, url } = loadPage('alibaba-search/air-fryer-sse10-json.html');
    const script = doc.createElement('script');
    script.textContent = `window.big = {"offerResultData": {"note": "${'x'.repeat(20_000_000)}"}};`;
    doc.body.appendChild(script);
    const { split, message } = pageSeen(doc, url);
    expect(RequestSchema.safeParse(message).success).toBe(true);
    expect(split.offerScripts).toBeUndefined();
    expect((split.snapshot.offers as unknown[] | null)?.length).toBeGreaterThan(0);
    expect(split.snapshot.offers).toEqual(readPage(doc, url).snapshot.offers);
  });

  it('several scripts each within the limit but too much together are read on the page', () => {
    const { doc, url } = loadPage('alibaba-search/air-fryer-sse10-json.html');
    for (let i = 0; i < 3; i++) {
      const script = doc.createElement('script');
      script.textContent = `window.big${i} = {"offerResultData": {"note": "${'y'.repeat(8_000_000)}"}};`;
      doc.body.appendChild(script);
    }
    const { split } = pageSeen(doc, url);
    expect(split.offerScripts).toBeUndefined();
    expect((split.snapshot.offers as unknown[] | null)?.length).toBeGreaterThan(0);
  });

  it('the ordinary fixture still sends its scripts, and the message is accepted', () => {
    const { doc, url } = loadPage('alibaba-search/air-fryer-sse10-json.html');
    const { split, message } = pageSeen(doc, url);
    expect(split.offerScripts?.length).toBeGreaterThan(0);
    expect(RequestSchema.safeParse(message).success).toBe(true);
  });
});

describe('what a content script sends, at the background', () => {
  const raw = { kind: 'alibaba:search', url: SEARCH, offers: null };
  const hostile = [
    '',
    '"offerResultData"',
    '"offerResultData":',
    '"offerResultData": {"offers": [1, "a", null, []]}',
    '"offerResultData": {"offers": [{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}]}',
    `"offerResultData": {"offers": ${'['.repeat(50_000)}`,
    `"offerResultData": {"offers": [${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}]}`,
    '"offerResultData": {"offers": [{"productUrl": "javascript:alert(1)", "companyName": "<img src=x onerror=alert(1)>"}]}',
  ];
  it.each(hostile.map((h) => [h.slice(0, 60), h]))(
    '%s: no throw, no offers invented, the page read again',
    (_l, s) => {
      const out = withEmbeddedOffers(raw, [s], SEARCH);
      expect(out).toBeNull();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('a second message (no scripts) is never asked to read again: no refetch loop', () => {
    expect(withEmbeddedOffers(raw, undefined, SEARCH)).toBe(raw);
  });

  it('malformed scripts fields are refused at the boundary, before any reading', () => {
    const base = {
      type: 'content/page-seen',
      url: SEARCH,
      kind: 'alibaba:search',
      title: 't',
      snapshot: raw,
    };
    for (const offerScripts of ['"offerResultData"', [1, 2], [null], Array(9).fill('x'), { 0: 'x' }])
      expect(RequestSchema.safeParse({ ...base, offerScripts }).success).toBe(false);
  });
});
