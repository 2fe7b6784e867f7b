import { textUpTo } from '../dom-text';
import { isActionLabel } from '../labels/action-label';
import type { OrderPatch } from './order-merge';
import { cleanText } from './order-text';
import { MINISITE_IN_URL } from './supplier-site';

/**
 * Facts carried by URLs and link shapes, which survive redesigns better than
 * class names: `orderId=` in the page URL or a `data-order-id`, the
 * supplier's minisite link (`<sub>.en.alibaba.com`) or a `companyId=` link.
 */
export function orderIdFromUrl(url: string): string | null {
  try {
    const u = new URL(url);
    const id = u.searchParams.get('orderId') ?? u.searchParams.get('orderIds')?.split(',')[0] ?? null;
    return id && /^\d{6,}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

export function alibabaOrderFromAttributes(root: ParentNode, url: string): OrderPatch {
  const idEl = root.querySelector('[data-order-id]');
  const id = orderIdFromUrl(url) ?? (idEl?.getAttribute('data-order-id')?.trim() || null);
  let supplierName: string | null = null;
  let supplierCompanyId: string | null =
    root.querySelector('[data-company-id]')?.getAttribute('data-company-id') ?? null;
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    const company = /[?&]companyId=(\d+)/.exec(href);
    if (company && !supplierCompanyId) supplierCompanyId = company[1] as string;
    if (!supplierName && (MINISITE_IN_URL.test(href) || company)) {
      // A company name is short; a link wrapping a whole section is not one (and is not read whole).
      const name = linkedName(a);
      if (name) supplierName = name;
    }
  }
  return { id, supplierName, supplierCompanyId };
}

const plausibleName = (text: string): string | null => {
  const name = cleanText(text);
  return name.length >= 3 && name.length <= 120 && !isActionLabel(name) ? name : null;
};

/**
 * The supplier's name as the link says it or, when the link only says what it
 * does ("View profile"), as the text just before it in the same block — never
 * a heading ("Supplier details"), which names the block, not the supplier.
 */
function linkedName(link: Element): string | null {
  const own = plausibleName(textUpTo(link, 2_000) ?? '');
  if (own) return own;
  let sibling = link.previousElementSibling;
  for (let hops = 0; sibling && hops < 3; hops++, sibling = sibling.previousElementSibling) {
    if (/^H[1-6]$/.test(sibling.tagName)) break;
    const name = plausibleName(textUpTo(sibling, 240) ?? '');
    if (name) return name;
  }
  return null;
}
