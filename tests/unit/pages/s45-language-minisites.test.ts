import { describe, expect, it } from 'vitest';
import { MARKETPLACE_MATCHES } from '../../../lib/marketplaces';
import { idFromUrl } from '../../../lib/pages/alibaba/product';
import { pageKindFromUrl } from '../../../lib/pages/detect';
import { runAuditFiles } from '../../../scripts/cli/audit-files';
import { LOCALISED_SITE_DATA } from './localised-site-data';

/**
 * Stop 45: a supplier's site on a localised marketplace (<language>.alibaba.com/supplier_<token>, the address
 * the platform's own multi-language minisite list gives for German, Portuguese, Spanish, French, Italian,
 * Russian, Korean, Japanese, Arabic, Thai, Vietnamese, Turkish, Dutch, Indonesian, Hebrew and Hindi) is a
 * supplier page, and a localised marketplace's short product address (/p-detail/<word>-<id>.html, linked by
 * the 2024 French result list held in the notes) is a product page — by the shape of the address, in every
 * language, and never a list of suppliers or a platform host. Tokens, names and ids are invented.
 */
const TOKEN = 'supplier_Qm7rKd3WfXn8';

describe('a supplier site on a localised marketplace', () => {
  for (const language of [
    'spanish',
    'french',
    'portuguese',
    'german',
    'russian',
    'arabic',
    'japanese',
    'korean',
  ]) {
    it(`${language}: the site's home and its profile are supplier pages`, () => {
      expect(pageKindFromUrl(`https://${language}.alibaba.com/${TOKEN}`)).toBe('alibaba:supplier');
      expect(pageKindFromUrl(`https://${language}.alibaba.com/${TOKEN}/company_profile.html`)).toBe(
        'alibaba:supplier',
      );
    });
  }

  it('a language the list does not name yet, and the mobile host, by the same shape', () => {
    expect(pageKindFromUrl(`https://polish.alibaba.com/${TOKEN}/contactinfo.html`)).toBe('alibaba:supplier');
    expect(pageKindFromUrl(`https://m.italian.alibaba.com/${TOKEN}/feedback.html`)).toBe('alibaba:supplier');
  });

  it('is not a supplier page: a supplier list, a platform host, a token on www, plain http, a short word', () => {
    for (const url of [
      'https://spanish.alibaba.com/supplier_list.htm?SearchText=tiles',
      `https://login.alibaba.com/${TOKEN}`,
      `https://www.alibaba.com/${TOKEN}`,
      `http://spanish.alibaba.com/${TOKEN}`,
      'https://spanish.alibaba.com/supplier_ab',
      `https://spanish.alibaba.com/x/${TOKEN}`,
    ])
      expect(pageKindFromUrl(url), url).not.toBe('alibaba:supplier');
  });

  it('reads the supplier there and names the site as the supplier', async () => {
    const html = `<html><body><script>window.shopBizData = ${JSON.stringify(LOCALISED_SITE_DATA)};</script></body></html>`;
    const url = `https://spanish.alibaba.com/${TOKEN}/company_profile.html`;
    const page = (await runAuditFiles([{ file: 'site.html', html }], [url])).pages[0];
    expect(page?.kind).toBe('alibaba:supplier');
    expect(page?.supplier?.name).toBe('Larchmont Ceramics Co., Ltd.');
    expect(page?.supplier?.businessType).toBe('Manufacturer');
    expect(page?.supplier?.reorderRate).toBe(26);
  });
});

describe("a localised marketplace's short product address", () => {
  it('is a product page, with its id from the address', () => {
    for (const url of [
      'https://french.alibaba.com/p-detail/Tondeuse-1600733445566.html?spm=a2700.galleryofferlist',
      'https://turkish.alibaba.com/p-detail/Fabrika-62011223344.html',
    ])
      expect(pageKindFromUrl(url), url).toBe('alibaba:product');
    expect(idFromUrl('https://french.alibaba.com/p-detail/Tondeuse-1600733445566.html')).toBe(
      '1600733445566',
    );
    expect(idFromUrl('https://thai.alibaba.com/product-detail/Garden-hose-reel-62011223344.html')).toBe(
      '62011223344',
    );
  });

  it('is not one without the number that names the product', () => {
    expect(pageKindFromUrl('https://french.alibaba.com/p-detail/Tondeuse.html')).toBe('unknown');
    expect(idFromUrl('https://french.alibaba.com/g/tondeuse-2024.html')).toBeNull();
  });
});

/** Chrome's match patterns for hosts: "*.example.com" is that host and every host below it. */
function matches(pattern: string, url: string): boolean {
  const m = /^(https):\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  const u = new URL(url);
  if (!m || u.protocol !== `${m[1]}:`) return false;
  return u.hostname === m[3] || (!!m[2] && u.hostname.endsWith(`.${m[3]}`));
}

describe('the extension reaches these pages without asking for more', () => {
  it('every localised address is inside the marketplace patterns the manifest asks for', () => {
    for (const url of [
      `https://spanish.alibaba.com/${TOKEN}`,
      `https://m.japanese.alibaba.com/${TOKEN}/productlist.html`,
      'https://french.alibaba.com/p-detail/Tondeuse-1600733445566.html',
    ])
      expect(
        MARKETPLACE_MATCHES.some((p) => matches(p, url)),
        url,
      ).toBe(true);
  });

  it('the patterns are the marketplaces and nothing else', () => {
    expect([...MARKETPLACE_MATCHES]).toEqual([
      'https://*.alibaba.com/*',
      'https://*.aliexpress.com/*',
      'https://*.aliexpress.us/*',
      'https://*.aliexpress.ru/*',
    ]);
    expect(MARKETPLACE_MATCHES.some((p) => matches(p, 'https://alibaba.com.evil.example/x'))).toBe(false);
  });
});
