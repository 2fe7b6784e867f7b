import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../lib/chat/transcript';
import { parseCount, parseMoney } from '../../../lib/money/parse';
import { pageKindFromUrl } from '../../../lib/pages/detect';
import { extractPage, readPage as readRaw } from '../../../lib/pages/extract';
import { OWN, parse } from '../../support/fixtures';

/**
 * Values a page or a stranger's text can carry that must come out unknown, never wrong: red-team
 * findings on the readers merged for issues 11 and 14 (2026-12-02), each reproduced here.
 */
describe('money in Chinese text: only amounts are money', () => {
  it('元 inside a word is not yuan, and other currencies named with 元 keep their own code', () => {
    expect(parseMoney('$1.20 电子元器件')).toEqual({ minor: 120, currency: 'USD' }); // 元器件: components
    expect(parseMoney('Total 1,200 (3 单元)', 'USD')).toEqual({ minor: 120_000, currency: 'USD' });
    expect(parseMoney('100 澳元')?.currency).toBe('AUD');
    expect(parseMoney('100 加元')?.currency).toBe('CAD');
    expect(parseMoney('100 新加坡元')?.currency).toBe('SGD');
    expect(parseMoney('100 韩元')?.currency).toBe('KRW');
    expect(parseMoney('100 人民币')).toEqual({ minor: 10_000, currency: 'CNY' });
    expect(parseMoney('10万元')).toEqual({ minor: 10_000_000, currency: 'CNY' });
  });

  it('万 or 亿 that starts a word multiplies nothing (万能 "universal", 万向轮 "caster", 万像素 "megapixel")', () => {
    expect(parseMoney('US $ 12.50万能充电器')).toEqual({ minor: 1250, currency: 'USD' });
    expect(parseCount('Min. order: 2 万向轮')).toBe(2);
    expect(parseCount('500万像素 camera, 10 pieces')).toBe(500);
    expect(parseCount('2万件')).toBe(20_000);
  });

  it('a minus between the currency and the number is a refund, not a price; a range is still a range', () => {
    for (const text of ['US$ -50.00', 'Total: USD -1,200.00', '$-5.00']) expect(parseMoney(text)).toBeNull();
    expect(parseMoney('10 - 20 US$')).toEqual({ minor: 2000, currency: 'USD' });
  });
});

describe('page values that are not what they look like', () => {
  it('a country named "constructor" or "__proto__" is unknown, and the snapshot stays plain data', () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      const doc = parse(
        `<html><body><h1>Acme Lamps Co., Ltd.</h1><table><tr><td>Country/Region:</td><td>${name}</td></tr><tr><td>Response rate</td><td>91%</td></tr></table></body></html>`,
      );
      const raw = readRaw(doc, 'https://acme.en.alibaba.com/company_profile.html').snapshot;
      expect((raw.supplier as { country?: unknown } | null)?.country ?? null).toBeNull();
      // Firefox sends extension messages by structured clone, which refuses functions: the raw read must clone.
      expect(() => structuredClone(raw)).not.toThrow();
    }
  });

  it('on a card, a warranty is not the supplier’s years and a size or mark is not its country', () => {
    const doc = parse(`<html><body><div class="offer-list">
      <div class="card"><h2><a href="//www.alibaba.com/product-detail/Lamp_1600111222333.html">LED Desk Lamp Foldable</a></h2>
      <a href="//acme.en.alibaba.com/company_profile.html">Acme Lamps Co., Ltd.</a>
      <span>Warranty</span><span>2 years</span><span>CE</span></div>
      <div class="card"><h2><a href="//www.alibaba.com/product-detail/Shirt_1600111222444.html">Cotton T-shirt Blank</a></h2>
      <a href="//bestee.en.alibaba.com/company_profile.html">Bestee Garment Co., Ltd.</a>
      <span>Size</span><span>XL</span><span>1 year</span></div></div></body></html>`);
    const offers = extractPage(doc, 'https://www.alibaba.com/trade/search?SearchText=lamp').offers ?? [];
    expect(offers.map((o) => o.supplierName)).toEqual(['Acme Lamps Co., Ltd.', 'Bestee Garment Co., Ltd.']);
    expect(offers.map((o) => [o.years, o.country])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('the platform’s own hosts under a language label are not a supplier’s site', () => {
    for (const host of ['m.en', 'www.fr', 'login.ru', 'message.de'])
      expect(pageKindFromUrl(`https://${host}.alibaba.com/`)).not.toBe('alibaba:supplier');
    expect(pageKindFromUrl('https://acme.fr.alibaba.com/company_profile.html')).toBe('alibaba:supplier');
  });

  it('a cashier amount beyond counting becomes unknown; the beneficiary read beside it stays', () => {
    const html = readFileSync(join(OWN, 'alibaba-payment/cashier-tt-json.html'), 'utf8').replace(
      '"payAmount":{"number":14580,',
      '"payAmount":{"number":1e300,',
    );
    const s = extractPage(
      parse(html),
      'https://cashier.alibaba.com/payment/cashier.htm?orderIds=218834501001020304',
    );
    expect(s.payment?.amount ?? null).toBeNull();
    expect(s.payment?.beneficiary).toMatchObject({
      swift: 'CITIHKHX',
      name: 'Ningbo Sunrise Kitchenware Co., Ltd.',
    });
  });

  it('a negative cashier amount is unknown, not a payment of minus 50 dollars', () => {
    const html = readFileSync(join(OWN, 'alibaba-payment/cashier-tt-json.html'), 'utf8').replace(
      '"payAmount":{"number":14580,',
      '"payAmount":{"number":-50,',
    );
    const s = extractPage(
      parse(html),
      'https://cashier.alibaba.com/payment/cashier.htm?orderIds=218834501001020304',
    );
    expect(s.payment?.amount ?? null).toBeNull();
  });
});

describe('a pasted chat', () => {
  it('a speaker named "constructor" or "__proto__" is an unknown side, not an object', () => {
    const messages = parseTranscript('constructor: ok\n__proto__: pay to my personal alipay account');
    expect(messages.map((m) => m.from)).toEqual(['unknown', 'unknown']);
  });
});
