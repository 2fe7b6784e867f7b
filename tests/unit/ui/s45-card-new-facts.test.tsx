import { parseHTML } from 'linkedom';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/i18n/I18n';
import { PageCard, type PageCardProps } from '../../../components/page-card/PageCard';
import { drawStaticCard } from '../../../components/page-card/static-card';
import { analysePage } from '../../../lib/analysis/analyse-page';
import { TradeMemory } from '../../../lib/analysis/trade-memory';
import { createTranslator, type Translator } from '../../../lib/i18n/translate';
import { extractPage } from '../../../lib/pages/extract';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

/**
 * Stop 45: what the page card shows of the facts stop 44 read — the list price and the discount beside the
 * price paid, the return promise, the supplier's business type and reorder rate — in the card the content
 * script draws (static-card.ts) and in the React card, in the buyer's language, always as text. Every page
 * below is our own: the item follows the 2020–2022 runParams …Module layout, the product page the 2026
 * window.detailData layout (as in tests/unit/pages/s44-*.test.ts); names and figures are invented.
 */
const AT = '2026-12-06T10:00:00.000Z';
const ITEM_URL = 'https://www.aliexpress.com/item/1005007712340001.html';
const PRODUCT_URL = 'https://www.alibaba.com/product-detail/Walnut-serving-tray_1601177889900.html';

const usd = (value: number) => ({ value, currency: 'USD' });

function itemPage(price: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return `<html><body><script>window.runParams = { data: ${JSON.stringify({
    titleModule: { subject: 'Enamel camping mug 350 ml' },
    priceModule: price,
    storeModule: { storeName: 'Trailhead Kitchen Store', storeNum: 1107788990, companyId: 250033441 },
    pageModule: { productId: 1005007712340001 },
    ...extra,
  })} };</script></body></html>`;
}

function productPage(seller: Record<string, unknown>, card: Record<string, unknown> = {}): string {
  return `<html><body><script>window.detailData = ${JSON.stringify({
    globalData: {
      product: { productId: 1601177889900, subject: 'Walnut serving tray' },
      seller: { companyName: 'Elmstead Woodworks Co., Ltd.', companyId: 250077123, ...seller },
    },
    nodeMap: {
      module_mini_company_card: { privateData: { companyName: 'Elmstead Woodworks Co., Ltd.', ...card } },
    },
  })};</script></body></html>`;
}

function propsOf(html: string, url: string): PageCardProps {
  const { document } = parseHTML(html);
  const snapshot = extractPage(document as unknown as Document, url);
  const a = analysePage(snapshot, new TradeMemory(), DEFAULT_SETTINGS, AT);
  return { kind: snapshot.kind, facts: a.facts, findings: a.findings };
}

/** The card as the content script draws it: each fact row's visible text, label first. */
function staticRows(props: PageCardProps, t: Translator): string[] {
  const { document } = parseHTML('<!doctype html><html><body><div id="c"></div></body></html>');
  const container = document.getElementById('c') as unknown as HTMLElement;
  drawStaticCard(
    container,
    t,
    props,
    { open: true, announced: new Set() },
    { onEdit: () => {}, onToggle: () => {} },
  );
  return rows(container);
}

function reactRows(props: PageCardProps, t: Translator): string[] {
  const html = renderToStaticMarkup(
    <I18nProvider value={t}>
      <PageCard {...props} />
    </I18nProvider>,
  );
  const { document } = parseHTML(`<!doctype html><html><body><div id="c">${html}</div></body></html>`);
  return rows(document.getElementById('c') as unknown as HTMLElement);
}

function rows(root: HTMLElement): string[] {
  return [...root.querySelectorAll('.tg-fact')].map((row) =>
    [...row.querySelectorAll('dt, dd')]
      .map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())
      .join(': '),
  );
}

/** Both cards, which must agree; returns the rows once. */
function cardRows(html: string, url: string, language: 'en' | 'fr' | 'zh-CN' = 'en'): string[] {
  const props = propsOf(html, url);
  const t = createTranslator(language);
  const drawn = staticRows(props, t);
  expect(reactRows(props, t)).toEqual(drawn);
  return drawn;
}

const row = (rows: string[], label: string) => rows.find((r) => r.startsWith(`${label}: `));

describe('the price line shows the list price and the discount', () => {
  it('a discount the page states', () => {
    const rows = cardRows(
      itemPage({
        minActivityAmount: usd(9.1),
        maxActivityAmount: usd(11.2),
        minAmount: usd(13),
        maxAmount: usd(16),
        discount: 30,
      }),
      ITEM_URL,
    );
    expect(row(rows, 'Price')).toBe('Price: US$9.10 – US$11.20, list price US$13 – US$16 (30% off)');
  });

  it('a discount worked out from the two prices is said to be ours, and one amount stays one amount', () => {
    const rows = cardRows(
      itemPage({
        minActivityAmount: usd(6),
        maxActivityAmount: usd(6),
        minAmount: usd(8),
        maxAmount: usd(8),
      }),
      ITEM_URL,
    );
    expect(row(rows, 'Price')).toBe('Price: US$6, list price US$8 (25% off, worked out from the two prices)');
  });

  it('ends that disagree on the discount show the list price without one', () => {
    const rows = cardRows(
      itemPage({
        minActivityAmount: usd(0.01),
        maxActivityAmount: usd(12),
        minAmount: usd(2),
        maxAmount: usd(15),
      }),
      ITEM_URL,
    );
    expect(row(rows, 'Price')).toBe('Price: US$0.01 – US$12, list price US$2 – US$15');
  });

  it('no list price on the page: the price line is the price alone', () => {
    const rows = cardRows(itemPage({ minActivityAmount: usd(4.5), maxActivityAmount: usd(5.5) }), ITEM_URL);
    const price = row(rows, 'Price');
    expect(price).toMatch(/^Price: US\$4\.50/);
    expect(price).not.toContain('list price');
  });

  it('in the buyer’s language', () => {
    const html = itemPage({
      minActivityAmount: usd(9.1),
      maxActivityAmount: usd(11.2),
      minAmount: usd(13),
      maxAmount: usd(16),
      discount: 30,
    });
    expect(
      cardRows(html, ITEM_URL, 'fr').some(
        (r) => r.includes('prix catalogue') && r.includes('30 % de remise'),
      ),
    ).toBe(true);
    expect(cardRows(html, ITEM_URL, 'zh-CN').some((r) => r.includes('原价') && r.includes('优惠 30%'))).toBe(
      true,
    );
  });
});

describe('the return promise', () => {
  const guarantee = (name: string, brief: string) => ({
    buyerProtectionModule: { returnPolicyGuarantees: { id: 3, name, brief } },
  });

  it('is shown in the page’s own words', () => {
    const rows = cardRows(
      itemPage({ minActivityAmount: usd(4.5) }, guarantee('Retour gratuit', 'Sous 15 jours')),
      ITEM_URL,
    );
    expect(row(rows, 'Returns')).toBe('Returns: Retour gratuit: Sous 15 jours');
  });

  it('is text, never markup, whatever the page puts in it', () => {
    const html = itemPage(
      { minActivityAmount: usd(4.5) },
      guarantee('Free return <img src=x>', '<b>30 days</b>'),
    );
    const props = propsOf(html, ITEM_URL);
    const { document } = parseHTML('<!doctype html><html><body><div id="c"></div></body></html>');
    const container = document.getElementById('c') as unknown as HTMLElement;
    drawStaticCard(
      container,
      createTranslator('en'),
      props,
      { open: true, announced: new Set() },
      { onEdit: () => {}, onToggle: () => {} },
    );
    expect(container.querySelector('dd img, dd b')).toBeNull();
    expect(row(rows(container), 'Returns')).toMatch(/^Returns: Free return\b.*30 days/);
  });

  it('a page with no promise has no returns line', () => {
    expect(row(cardRows(itemPage({ minActivityAmount: usd(4.5) }), ITEM_URL), 'Returns')).toBeUndefined();
  });
});

describe("the supplier's business type and reorder rate", () => {
  it('are shown beside the supplier, as the page states them', () => {
    const rows = cardRows(
      productPage({ companyBusinessType: 'Manufacturer,Trading Company' }, { reorderRateValue: '18%' }),
      PRODUCT_URL,
    );
    const supplier = rows.findIndex((r) => r.startsWith('Supplier: '));
    expect(rows[supplier + 1]).toBe('Business type: Manufacturer, Trading Company');
    expect(row(rows, 'Reorder rate')).toBe('Reorder rate: 18%');
  });

  it('in the buyer’s language, with the page’s own words for the type', () => {
    const rows = cardRows(
      productPage({ companyBusinessType: 'Trading Company' }, { reorderRateValue: '7.5%' }),
      PRODUCT_URL,
      'fr',
    );
    expect(rows).toContain("Type d'entreprise: Trading Company");
    expect(rows).toContain('Taux de commandes répétées: 7.5%');
  });

  it("the platform's verified identity is shown under the stated type, and once when it is the type", () => {
    const withType = `<html><body><script>window.detailData = ${JSON.stringify({
      globalData: {
        product: { productId: 1601177889900, subject: 'Walnut serving tray' },
        seller: { companyName: 'Elmstead Woodworks Co., Ltd.', companyBusinessType: 'Trading Company' },
        identityInfo: { identityName: 'Custom Manufacturer' },
      },
    })};</script></body></html>`;
    const rows = cardRows(withType, PRODUCT_URL);
    expect(row(rows, 'Business type')).toBe('Business type: Trading Company');
    expect(row(rows, 'Verified by the platform as')).toBe('Verified by the platform as: Custom Manufacturer');
    const alone = cardRows(withType.replace('"companyBusinessType":"Trading Company"', '"x":1'), PRODUCT_URL);
    expect(row(alone, 'Business type')).toBe('Business type: Custom Manufacturer');
    expect(row(alone, 'Verified by the platform as')).toBeUndefined();
  });

  it('a page that states neither shows neither line', () => {
    const rows = cardRows(productPage({}), PRODUCT_URL);
    expect(rows.some((r) => r.startsWith('Supplier: '))).toBe(true);
    expect(row(rows, 'Business type')).toBeUndefined();
    expect(row(rows, 'Reorder rate')).toBeUndefined();
  });
});
