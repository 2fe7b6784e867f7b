/**
 * The only hosts TradeGuard reads. Used by the manifest (host permissions and
 * content-script matches) and by the test that guards the shipped manifest.
 * https only: a plain-http page can be answered by anyone on the network, and
 * TradeGuard must never take its facts (or file it as evidence) as the marketplace's.
 */
export const ALIBABA_MATCHES = ['https://*.alibaba.com/*'] as const;
// aliexpress.ru is AliExpress's Russian storefront: the same sellers and items, its own result lists and item pages.
export const ALIEXPRESS_MATCHES = [
  'https://*.aliexpress.com/*',
  'https://*.aliexpress.us/*',
  'https://*.aliexpress.ru/*',
] as const;
export const MARKETPLACE_MATCHES = [...ALIBABA_MATCHES, ...ALIEXPRESS_MATCHES] as const;

/**
 * Chat pages (Alibaba Message Center and its related hosts, AliExpress
 * messages), all inside the marketplace host permissions. The chat guard
 * runs in their iframes too: the Message Center may render inside one.
 */
export const CHAT_MATCHES = [
  'https://message.alibaba.com/*',
  'https://msg.alibaba.com/*',
  'https://messagemanager.alibaba.com/*',
  'https://onetalk.alibaba.com/*',
  'https://msg.aliexpress.com/*',
  'https://*.aliexpress.com/p/message/*',
  'https://*.aliexpress.us/p/message/*',
] as const;
