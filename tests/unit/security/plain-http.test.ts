import { describe, expect, it } from 'vitest';
import { marketplaceOfUrl } from '../../../entrypoints/background/capture/case-for-page';
import { CHAT_MATCHES, MARKETPLACE_MATCHES } from '../../../lib/marketplaces';
import type { KnownPageKind } from '../../../lib/model/page-kind';
import { PAGE_CHECKS, pageKindFromUrl } from '../../../lib/pages/detect';
import { PAGE_URLS } from '../../../lib/pages/detect-urls';
import { urlFromSavedPage } from '../../../lib/pages/saved-url';

/**
 * Issue 12, finding 11: a network attacker can answer a plain-http marketplace
 * address with a page of their own. TradeGuard reads, judges and remembers
 * https pages only, so such a page can neither feed it facts nor be filed as evidence.
 */
const plain = (url: string) => url.replace(/^https:/, 'http:');
const kinds = Object.keys(PAGE_CHECKS) as KnownPageKind[];

describe('plain http is never a marketplace page', () => {
  it('no page kind is recognised on an http:// address', () => {
    for (const kind of kinds) {
      for (const url of PAGE_URLS[kind]) {
        expect(pageKindFromUrl(plain(url)), plain(url)).toBe('unknown');
        expect(PAGE_CHECKS[kind](new URL(plain(url))), plain(url)).toBe(false);
      }
    }
  });

  it('content scripts and host access are asked for https only', () => {
    for (const match of [...MARKETPLACE_MATCHES, ...CHAT_MATCHES]) expect(match).toMatch(/^https:\/\//);
  });

  it('a capture from an http page is not filed under a marketplace', () => {
    expect(marketplaceOfUrl('https://www.alibaba.com/')).toBe('alibaba');
    expect(marketplaceOfUrl('http://www.alibaba.com/')).toBeNull();
    expect(marketplaceOfUrl('http://www.aliexpress.com/item/1005006123456789.html')).toBeNull();
  });

  it('a saved page that names its address with http:// is read as the https page it was (the command line)', () => {
    const html =
      '<html><head><link rel="canonical" href="http://www.alibaba.com/product-detail/_1600147809763.html"></head></html>';
    expect(urlFromSavedPage(html)).toBe('https://www.alibaba.com/product-detail/_1600147809763.html');
  });
});
