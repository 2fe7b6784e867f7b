/**
 * The address of an order's own page, from its id: orders are also read from order lists, and the
 * vault's rows keep no address. Shapes as listed in lib/pages/detect-urls.ts.
 */
export function orderPageUrl(marketplace: 'alibaba' | 'aliexpress', id: string): string {
  const orderId = encodeURIComponent(id);
  return marketplace === 'alibaba'
    ? `https://biz.alibaba.com/ta/detail.htm?orderId=${orderId}`
    : `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`;
}
