/**
 * The only hosts TradeGuard reads. Used by the manifest (host permissions and
 * content-script matches) and by the test that guards the shipped manifest.
 */
export const ALIBABA_MATCHES = ['*://*.alibaba.com/*'] as const;
export const ALIEXPRESS_MATCHES = ['*://*.aliexpress.com/*', '*://*.aliexpress.us/*'] as const;
export const MARKETPLACE_MATCHES = [...ALIBABA_MATCHES, ...ALIEXPRESS_MATCHES] as const;

/**
 * Chat pages (Alibaba Message Center and its related hosts, AliExpress
 * messages), all inside the marketplace host permissions. The chat guard
 * runs in their iframes too: the Message Center may render inside one.
 */
export const CHAT_MATCHES = [
  '*://message.alibaba.com/*',
  '*://msg.alibaba.com/*',
  '*://messagemanager.alibaba.com/*',
  '*://onetalk.alibaba.com/*',
  '*://msg.aliexpress.com/*',
  '*://*.aliexpress.com/p/message/*',
  '*://*.aliexpress.us/p/message/*',
] as const;
