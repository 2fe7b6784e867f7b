import { describe, expect, it } from 'vitest';
import { parseLiteral } from '../../../lib/pages/embedded/js-literal';
import {
  embeddedReadCost,
  findEmbeddedValue,
  findEmbeddedValues,
  scriptTexts,
} from '../../../lib/pages/embedded-json';
import { describeWithShared, parse, readReal } from '../../support/fixtures';

describeWithShared('findEmbeddedValue on the real captures', () => {
  it('finds offerResultData in the 925 KB en search page (JSON), skipping the destructuring line', () => {
    const { document } = readReal('searchEn');
    const scripts = scriptTexts(document);
    const result = findEmbeddedValue(scripts, 'offerResultData') as { offers: { companyName: string }[] };
    expect(result.offers).toHaveLength(48);
    expect(result.offers[0]?.companyName).toBe('Dingxing Huahui Bag Manufacture Co., Ltd.');
    // "offers" is both in offerSkeletonData (4 placeholders) and offerResultData (48).
    const all = findEmbeddedValues(scripts, 'offers') as unknown[][];
    expect(all.map((a) => a.length)).toEqual([4, 48]);
  });

  it('parses the fr page, a prettified JS literal with unquoted keys and trailing commas', () => {
    const { document } = readReal('searchFr');
    const result = findEmbeddedValue(scriptTexts(document), 'offerResultData') as {
      offers: { goldSupplierYears: string; price: string; contactSupplier: string }[];
    };
    expect(result.offers).toHaveLength(48);
    expect(result.offers[0]?.goldSupplierYears).toBe('7 ans');
    expect(result.offers[0]?.price).toBe('3,20\u00a0$\u00a0US - 4,00\u00a0$\u00a0US');
    expect(result.offers[0]?.contactSupplier.startsWith('//message.alibaba.com/')).toBe(true); // "\/" unescaped
  });

  it('finds detailData.globalData in the product capture', () => {
    const { document } = readReal('product');
    const globalData = findEmbeddedValue(scriptTexts(document), 'globalData') as {
      seller: { companyName: string };
    };
    expect(globalData.seller.companyName).toBe('Lanxi Beauty Clothing Firm');
  });
});

describe('findEmbeddedValue edge cases', () => {
  const scripts = (...texts: string[]) =>
    scriptTexts(parse(texts.map((t) => `<script>${t}</script>`).join('')));

  it('reads single-quoted strings, minified booleans, comments and escaped quotes', () => {
    const s =
      scripts(`var a = {data: {name: 'Sunrise \\'Kitchen\\' "Co"', ok: !0, off: !1, /* note */ list: [1, 2,], // end
      brace: "}{", x: undefined}};`);
    expect(findEmbeddedValue(s, 'data')).toEqual({
      name: `Sunrise 'Kitchen' "Co"`,
      ok: true,
      off: false,
      list: [1, 2],
      brace: '}{',
      x: null,
    });
  });

  it('ignores the key inside strings, inside longer names, and in ternaries', () => {
    const s = scripts(
      `var t = "offers: [1]"; var myoffers = {a: 1}; var z = q ? offers : [2]; var real = {"offers": [3]};`,
    );
    expect(findEmbeddedValue(s, 'offers')).toEqual([3]);
  });

  it('returns undefined, never throws, for truncated or hostile text', () => {
    expect(findEmbeddedValue(scripts('window.x = {"offers": [1, 2, {"a": "'), 'offers')).toBeUndefined();
    expect(findEmbeddedValue(scripts('window.x = {offers: [alert(1)]}'), 'offers')).toBeUndefined();
    expect(findEmbeddedValue([], 'offers')).toBeUndefined();
    expect(findEmbeddedValue([`{"a": ${'['.repeat(5000)}`], 'a')).toBeUndefined();
  });

  it('skips inline scripts with src= and respects the limit', () => {
    const s = scriptTexts(
      parse('<script src="x.js">{"k": [1]}</script><script>a={k:[1]};b={k:[2]};c={k:[3]}</script>'),
    );
    expect(s).toHaveLength(1);
    expect(findEmbeddedValues(s, 'k', 2)).toEqual([[1], [2]]);
  });

  // Each unclosed anchor used to rescan to the end of the script: 7,000 took 2.6 s in the buyer's tab.
  it.each([1_000, 8_000])(
    'reads %i unclosed anchors in work proportional to the text, and still finds the real value',
    (n) => {
      const text = `var d = {${',pageModuleMap:{'.repeat(n)}; var real = {"pageModuleMap": [{"moduleName": "x"}]};`;
      const s = [text];
      expect(findEmbeddedValue(s, 'pageModuleMap')).toEqual([{ moduleName: 'x' }]);
      expect(embeddedReadCost(s)).toBeLessThan(3 * text.length);
    },
  );

  it('bounds the work when strings hide each anchor from the previous scan', () => {
    const text = `var d = {${",globalData:{'".repeat(20_000)}`;
    const s = [text];
    expect(findEmbeddedValue(s, 'globalData')).toBeUndefined();
    expect(embeddedReadCost(s)).toBeLessThan(7 * text.length + 200_000);
  });
});

describe('parseLiteral reads JSON5-style page data without json5', () => {
  it.each([
    ["{a: 1, 'b': 'it\\'s', c: [1, 2,], // note\n d: !0}", { a: 1, b: "it's", c: [1, 2], d: true }],
    ['{hex: 0x1F, neg: -0xA, plus: +3, exp: 1e+3}', { hex: 31, neg: -10, plus: 3, exp: 1000 }],
    ['{a: NaN, b: Infinity, c: -Infinity, d: undefined}', { a: null, b: null, c: null, d: null }],
    ['{id: "0x1F", text: "NaN Infinity +1"}', { id: '0x1F', text: 'NaN Infinity +1' }],
  ])('%s', (source, expected) => {
    expect(parseLiteral(source)).toEqual(expected);
  });

  it('refuses code: a call, a variable, a concatenation', () => {
    expect(parseLiteral('{a: f(1)}')).toBeUndefined();
    expect(parseLiteral('{a: b}')).toBeUndefined();
    expect(parseLiteral('{a: "x" + "y"}')).toBeUndefined();
  });
});
