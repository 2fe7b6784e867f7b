import type { KnownPageKind } from '../../model/page-kind';

/**
 * What a page's <title> says about it, for pages saved without their address.
 * Each pattern with the capture it was seen in; the captured group is the
 * supplier's name where the title carries one.
 */
const SUPPLIER_TITLES: readonly [RegExp, string][] = [
  [/^Company Overview\s*[-–|]\s*(.+)$/i, 'HTMLPageUV (company_profile.html, 2018)'],
  [/^Contact Information for\s+(.+)$/i, 'HTMLPage4, Contact.html (contactinfo.html)'],
  [
    /^(?:Company Profile|Contact Details|Contacts|Company Capability|Trade Capacity|Production Capacity|Ratings (?:&|and) Reviews|Transaction History|Product Categories|Products)\s*[-–|]\s*(.+)$/i,
    'other minisite pages of the same layout',
  ],
];

/** A minisite home title starts with the company's name: "Shenzhen Ept Electronic Technology Co., Ltd. - Wireless Speaker…". */
export const COMPANY_SUFFIX =
  /\b(?:co\.?,?\s*ltd\.?|company|limited|ltd\.?|inc\.?|corp(?:oration)?\.?|factory|firm|gmbh|llc|s\.?a\.?|industr(?:y|ies)|trading)\s*$/i;

const KIND_TITLES: readonly [RegExp, KnownPageKind, string][] = [
  [
    /\s-\s+Buy\s+(?:\S+\s+)*Product on Alibaba\.com\s*$/i,
    'alibaba:product',
    'ReviewLens product pages ("… - Buy  Product on Alibaba.com")',
  ],
  [
    /Suppliers and Manufacturers at Alibaba\.com\s*$/i,
    'alibaba:search',
    'Supplier.html ("Electronics Suppliers - Reliable … at Alibaba.com")',
  ],
  [
    /Manufacturers?,?\s*(?:&|and)?\s*Suppliers?\s*(?:[-–|]\s*)?(?:on\s+)?Alibaba\.com\s*$/i,
    'alibaba:search',
    'showroom and product-search titles',
  ],
  [
    /\bget free shipping on AliExpress\.com\s*$/i,
    'aliexpress:search',
    'a 2018 search page (its title: buy a product and get free shipping on AliExpress)',
  ],
  [
    /\|\s*-\s*AliExpress\s*$|\s-\sAliExpress\s*$/i,
    'aliexpress:item',
    'AliExpress item titles ("…|   - AliExpress")',
  ],
];

export function nameFromTitle(title: string | null | undefined): string | null {
  const t = (title ?? '').replace(/\s+/g, ' ').trim();
  if (!t || t.length > 300) return null;
  for (const [re] of SUPPLIER_TITLES) {
    const m = re.exec(t);
    if (m?.[1]) return m[1].trim();
  }
  const head = t.split(/\s[-–|]\s/)[0]?.trim() ?? '';
  return head !== t && COMPANY_SUFFIX.test(head) ? head : null;
}

export function kindFromTitle(title: string | null | undefined): KnownPageKind | null {
  const t = (title ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  if (SUPPLIER_TITLES.some(([re]) => re.test(t))) return 'alibaba:supplier';
  for (const [re, kind] of KIND_TITLES) if (re.test(t)) return kind;
  return null;
}

/** "24in Ring Light … - Buy Product on Alibaba.com" → the product's title. */
export function productTitleFromTitle(title: string | null | undefined): string | null {
  const m = /^(.+?)\s+-\s+Buy\s+(?:\S+\s+)*Product on Alibaba\.com\s*$/i.exec(
    (title ?? '').replace(/\s+/g, ' ').trim(),
  );
  return m?.[1]?.trim() ?? null;
}
