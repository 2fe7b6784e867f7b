/**
 * The address of an order's own page, for orders remembered without one (rows stored before
 * addresses were kept). Shapes as listed in lib/pages/detect-urls.ts.
 */
export function orderPageUrl(marketplace: 'alibaba' | 'aliexpress', id: string): string {
  const orderId = encodeURIComponent(id);
  return marketplace === 'alibaba'
    ? `https://biz.alibaba.com/ta/detail.htm?orderId=${orderId}`
    : `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`;
}
