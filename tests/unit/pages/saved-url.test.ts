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

  it('refuses a javascript: or missing address', () => {
    expect(urlFromSavedPage('<link rel="canonical" href="javascript:alert(1)">')).toBeNull();
    expect(urlFromSavedPage('<html><body>nothing</body></html>')).toBeNull();
  });
});
