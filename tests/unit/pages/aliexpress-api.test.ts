import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBridgeMessage } from '../../../lib/messaging/page-bridge';
import { BRIDGE_SOURCE } from '../../../lib/messaging/page-bridge-wire';
import { parseJsonKeepingIds } from '../../../lib/pages/aliexpress/api-json';
import { withApiOrder } from '../../../lib/pages/aliexpress/api-order-merge';
import { extractAliexpressOrderFromApi } from '../../../lib/pages/aliexpress/order';
import { extractPage } from '../../../lib/pages/extract';
import { loadPage, OWN } from '../../support/fixtures';

/** The order-detail API response the MAIN-world script hands over, as raw text (ids as JSON numbers). */
const RAW = readFileSync(join(OWN, 'aliexpress-order/order-detail-api.json'), 'utf8');
const URL_18 = 'https://www.aliexpress.com/p/order/detail.html?orderId=821231396159132245';

describe('AliExpress order-detail responses seen by the page-world script', () => {
  it('keeps an 18-digit order id exactly (JSON.parse would round it)', () => {
    const raw = RAW.replace('"orderId": 8212313961591322', '"orderId": 821231396159132245');
    expect(String(JSON.parse(raw).data.data.detail_order_status_block_111818.fields.orderId)).not.toBe(
      '821231396159132245',
    );
    const order = extractAliexpressOrderFromApi(parseJsonKeepingIds(raw), URL_18);
    expect(order?.id).toBe('821231396159132245');
  });

  it('reads JSONP-wrapped responses and refuses what is not JSON', () => {
    expect(parseJsonKeepingIds(`mtopjsonp3(${RAW})`)).toMatchObject({
      api: 'mtop.aliexpress.trade.buyer.order.detail',
    });
    expect(parseJsonKeepingIds('<html>blocked</html>')).toBeNull();
    expect(parseJsonKeepingIds('{"a": "1234567890123456789 in a string"}')).toEqual({
      a: '1234567890123456789 in a string',
    });
  });

  it('accepts only the bridge message for an observed API, of bounded size', () => {
    const ok = {
      source: BRIDGE_SOURCE,
      api: 'mtop.aliexpress.trade.buyer.order.detail',
      url: URL_18,
      body: RAW,
    };
    expect(readBridgeMessage(ok)).toEqual(ok);
    expect(readBridgeMessage({ ...ok, source: 'someone-else' })).toBeNull();
    expect(readBridgeMessage({ ...ok, api: 'mtop.aliexpress.trade.buyer.order.cancel' })).toBeNull();
    expect(readBridgeMessage({ ...ok, body: 'x'.repeat(2_000_001) })).toBeNull();
    expect(readBridgeMessage('{"source":"tradeguard:page-api"}')).toBeNull();
  });

  it("completes the page's own reading with the API's order, and ignores another order's", () => {
    const { doc, url } = loadPage('aliexpress-order/order-detail-text.html');
    const page = extractPage(doc, url);
    const read = extractAliexpressOrderFromApi(parseJsonKeepingIds(RAW), url);
    const api = read ? { ...read, id: page.order?.id ?? read.id } : null; // the same order, seen both ways
    const merged = withApiOrder(page, api);
    expect(merged.order?.statedDeadlines.length).toBeGreaterThanOrEqual(
      page.order?.statedDeadlines.length ?? 0,
    );
    expect(merged.order?.via).toContain('api');
    const other = api ? { ...api, id: '999999999999999999' } : null;
    if (page.order?.id) expect(withApiOrder(page, other)).toBe(page);
  });
});
