/**
 * The page-world side of the bridge (no dependencies: it is bundled into the
 * MAIN-world script that runs inside the AliExpress page). See page-bridge.ts
 * for the receiving side's checks.
 */
export const BRIDGE_SOURCE = 'tradeguard:page-api';
/** API names whose responses describe the order on the page (mtop.aliexpress.trade.buyer.order.detail). */
export const OBSERVED_APIS: readonly RegExp[] = [/mtop\.aliexpress\.trade\.buyer\.order\.detail/i];
export const MAX_BODY = 2_000_000;

export const isObservedApi = (url: string) => OBSERVED_APIS.some((re) => re.test(url));
