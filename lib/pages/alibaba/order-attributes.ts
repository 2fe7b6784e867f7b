import { textUpTo } from '../dom-text';
import type { OrderPatch } from './order-merge';
import { cleanText } from './order-text';

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
    if (!supplierName && (/\/\/[a-z0-9-]+\.en\.alibaba\.com/i.test(href) || company)) {
      // A company name is short; a link wrapping a whole section is not one (and is not read whole).
      const name = cleanText(textUpTo(a, 2_000) ?? '');
      if (name.length >= 3 && name.length <= 120) supplierName = name;
    }
  }
  return { id, supplierName, supplierCompanyId };
}
