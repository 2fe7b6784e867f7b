import { describe, expect, it } from 'vitest';
import { urlFromSavedPage } from '../../../lib/pages/saved-url';

describe('the URL a saved page came from', () => {
  it('reads Chrome\'s "saved from" comment', () => {
    const html =
      '<!DOCTYPE html>\n<!-- saved from url=(0046)https://biz.alibaba.com/ta/detail.htm?orderId=1 -->\n<html></html>';
    expect(urlFromSavedPage(html)).toBe('https://biz.alibaba.com/ta/detail.htm?orderId=1');
  });

  it('falls back to the canonical link, protocol-relative or not', () => {
    expect(
      urlFromSavedPage('<head><link rel="canonical" href="//www.alibaba.com/showroom/x.html"></head>'),
    ).toBe('https://www.alibaba.com/showroom/x.html');
    expect(urlFromSavedPage('<link href="https://a.alibaba.com/p" rel="canonical">')).toBe(
      'https://a.alibaba.com/p',
    );
  });

  it("takes og:url when the canonical link names another item number (a regional site's page)", () => {
    // Modelled on kamalbilal/AliExpress-Scraper-Nodejs item pages saved from aliexpress.us (2023).
    const head = (canonical: string, og: string) =>
      `<head><link rel="canonical" href="${canonical}"><meta property="og:url" content="${og}"></head>`;
    expect(
      urlFromSavedPage(
        head(
          'https://www.aliexpress.com/item/1005004111222333.html',
          '//www.aliexpress.com/item/3256804111222444.html?src=ibdm&amp;sk=',
        ),
      ),
    ).toBe('https://www.aliexpress.com/item/3256804111222444.html?src=ibdm&sk=');
    // The same item, or a page that is no item: the canonical link still decides.
    expect(
      urlFromSavedPage(
        head(
          'https://www.aliexpress.com/item/1005004111222333.html',
          '//www.aliexpress.com/item/1005004111222333.html?src=x',
        ),
      ),
    ).toBe('https://www.aliexpress.com/item/1005004111222333.html');
  });

  it('refuses a javascript: or missing address', () => {
    expect(urlFromSavedPage('<link rel="canonical" href="javascript:alert(1)">')).toBeNull();
    expect(urlFromSavedPage('<html><body>nothing</body></html>')).toBeNull();
  });
});
