/**
 * The platform's own web hosts, and the addresses off them, look-alikes that borrow its name included
 * ("alibaba-payment-center.com", "alibaba.com.tradepay.xyz"): their words are no anchor to the platform.
 */

/**
 * The platform's hosts in every country it serves, and its short links: the registrable domain must be the
 * platform's, so "aliexpress.ru/order/…" is the platform and "alibaba.com.tradepay.xyz" is not.
 */
export const PLATFORM_HOST =
  '(?:www\\.)?(?:[\\w-]+\\.)*(?:(?:alibaba|aliexpress|1688|alibaba-inc|alipay|taobao|tmall|alicdn)\\.(?:com|cn|ru|us|es|fr|de|it|nl|pl|jp|co\\.jp|kr|co\\.kr|com\\.br|com\\.tr|com\\.au|co\\.uk|com\\.hk|hk)|alibaba\\.onelink\\.me)(?=[/:?#\\s)\\],!]|\\.(?:\\s|$)|$)';

const PLATFORM_HOST_AT_START = new RegExp(`^(?:https?:\\/\\/)?${PLATFORM_HOST}`, 'u');
/** A web address: an optional scheme, dotted labels ending in letters, an optional path. */
const WEB_ADDRESS = /(?:https?:\/\/)?(?<![\w@.-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s]*)?/gu;

/**
 * The text with every address off the platform's hosts blanked (same length, so offsets hold): a look-alike's
 * "alibaba" ("alibaba-payment-center.com") and a foreign path's "checkout" ("abc-tools.shop/checkout") name the
 * scam's page, not the platform's.
 */
export function withoutForeignAddresses(text: string): string {
  if (!text.includes('.')) return text;
  return text.replace(WEB_ADDRESS, (address) =>
    PLATFORM_HOST_AT_START.test(address) ? address : ' '.repeat(address.length),
  );
}
