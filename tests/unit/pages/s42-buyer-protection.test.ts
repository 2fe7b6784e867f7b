import { describe, expect, it } from 'vitest';
import { runAuditFiles } from '../../../scripts/cli/audit-files';

/**
 * Stop 42's held-out pages: an AliExpress item saved from a non-English shop front (the 2020 runParams
 * layout: titleModule, priceModule, storeModule, buyerProtectionModule{buyerProtection{name, brief}}, as on a
 * he.aliexpress.com capture) names its buyer protection in the shop's language. The data key says what the
 * object is, so the promise is read whatever the language. Every value below is invented for this test.
 */
const ITEM_URL = 'https://pl.aliexpress.com/item/1005009988776655.html';

const itemPage = (modules: Record<string, unknown>) => `<html><head><title>Item</title></head><body>
<script>window.runParams = { data: ${JSON.stringify({
  titleModule: {
    subject: 'Folding camping stool with carry bag',
    feedbackRating: { averageStar: '4.7', totalValidNum: 31 },
  },
  priceModule: {
    minActivityAmount: { value: 41.5, currency: 'PLN' },
    maxActivityAmount: { value: 58.9, currency: 'PLN' },
  },
  storeModule: {
    storeName: 'Trail Gear Store',
    storeNum: 1102233445,
    companyId: 251122334,
    openTime: 'Mar 3, 2019',
  },
  pageModule: { productId: 1005009988776655 },
  ...modules,
})} };</script></body></html>`;

const protectionOf = async (modules: Record<string, unknown>) =>
  (await runAuditFiles([{ file: 'item.html', html: itemPage(modules) }], [ITEM_URL])).pages[0]?.product
    ?.buyerProtection ?? null;

const module = (name: string, brief: string, extra: Record<string, unknown> = {}) => ({
  buyerProtectionModule: {
    name: 'BuyerProtectionModule',
    buyerProtection: { id: 4, type: 1, name, brief },
    ...extra,
  },
});

describe('buyer protection read by the data key, in any shop language', () => {
  it('a Polish name with the day placeholder is read, the placeholder dropped', async () => {
    expect(await protectionOf(module('Ochrona kupującego przez {day} dni', 'Zwrot pieniędzy'))).toBe(
      'Ochrona kupującego przez dni: Zwrot pieniędzy',
    );
  });

  it('a Russian and a Korean name are read the same way', async () => {
    expect(await protectionOf(module('Защита покупателя {day} дней', 'Гарантия возврата денег'))).toBe(
      'Защита покупателя дней: Гарантия возврата денег',
    );
    expect(await protectionOf(module('{day}일 구매자 보호', '환불 보장'))).toBe('일 구매자 보호: 환불 보장');
  });

  it('the English name still loses its "-Day" with the placeholder', async () => {
    expect(await protectionOf(module('{day}-Day Buyer Protection', 'Money back guarantee'))).toBe(
      'Buyer Protection: Money back guarantee',
    );
  });

  it('a return policy beside it is not taken for buyer protection', async () => {
    const returnsOnly = {
      buyerProtectionModule: {
        name: 'BuyerProtectionModule',
        returnPolicyGuarantees: { id: 9, type: 6, name: 'Zwrot lokalny', brief: 'w ciągu 15 dni' },
      },
    };
    expect(await protectionOf(returnsOnly)).toBeNull();
  });

  it('a protection object without its promise (no brief) or with only a placeholder for a name says nothing', async () => {
    expect(await protectionOf(module('Ochrona kupującego', ''))).toBeNull();
    expect(await protectionOf(module('{day}', 'Zwrot pieniędzy'))).toBeNull();
  });

  it('an item without any protection data has none', async () => {
    expect(await protectionOf({})).toBeNull();
  });
});
