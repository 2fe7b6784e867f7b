/**
 * The only hosts TradeGuard reads. Used by the manifest (host permissions and
 * content-script matches) and by the test that guards the shipped manifest.
 */
export const ALIBABA_MATCHES = ['*://*.alibaba.com/*'] as const;
export const ALIEXPRESS_MATCHES = ['*://*.aliexpress.com/*', '*://*.aliexpress.us/*'] as const;
export const MARKETPLACE_MATCHES = [...ALIBABA_MATCHES, ...ALIEXPRESS_MATCHES] as const;
