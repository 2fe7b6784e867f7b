import { describe, expect, it } from 'vitest';
import { runAuditFiles } from '../../../scripts/cli/audit-files';

/**
 * Stop 44: the return promise an AliExpress item page makes (a local return within N days, a free return),
 * read by the data's own key (`returnPolicyGuarantees`) in any shop language, or from a service line whose
 * title names a return. Every value is invented for this test; comments name the layout followed.
 */
const ITEM_URL = 'https://www.aliexpress.com/item/1005006655443322.html';

const promiseOf = async (data: Record<string, unknown>) => {
  const html = `<html><body><script>window.runParams = { data: ${JSON.stringify({
    titleModule: { subject: 'Cast iron skillet 26 cm' },
    storeModule: { storeName: 'Hearth Goods', storeNum: 1104455667, companyId: 250099887 },
    pageModule: { productId: 1005006655443322 },
    ...data,
  })} };</script></body></html>`;
  return (
    (await runAuditFiles([{ file: 'item.html', html }], [ITEM_URL])).pages[0]?.product?.returnPromise ?? null
  );
};

describe('return promise by the data key, in any language', () => {
  it('a 2020 buyerProtectionModule.returnPolicyGuarantees in Spanish', async () => {
    const module = {
      buyerProtectionModule: {
        returnPolicyGuarantees: { id: 9, name: 'Devolución local', brief: 'En 30 días' },
      },
    };
    expect(await promiseOf(module)).toBe('Devolución local: En 30 días');
  });

  it('a 2023 list of guarantees in Polish, the description when there is no brief', async () => {
    const component = {
      sellerPromiseComponent: {
        returnPolicyGuarantees: [{ id: 17, name: 'Darmowy zwrot', description: 'W ciągu 15 dni od dostawy' }],
      },
    };
    expect(await promiseOf(component)).toBe('Darmowy zwrot: W ciągu 15 dni od dostawy');
  });

  it('translation keys the browser never filled in are no promise', async () => {
    const component = {
      sellerPromiseComponent: {
        returnPolicyGuarantees: [
          { name: 'local_return_name@localReturn', description: 'local_return_desc@localReturn' },
        ],
        returnPromise: { name: 'servicename@return', brief: 'returns1_bp@content' },
      },
    };
    expect(await promiseOf(component)).toBeNull();
  });
});

describe('return promise from a service line', () => {
  const services = (details: { title: string; content: string }[]) => ({
    sellerPromiseComponent: { returnPolicyGuarantees: [], serviceDetails: { title: 'Service', details } },
  });

  it('"Free returns" and "Retour gratuit" lines are read with what they promise', async () => {
    expect(
      await promiseOf(
        services([{ title: 'Free returns', content: 'Send it back within 30 days at no cost' }]),
      ),
    ).toBe('Free returns: Send it back within 30 days at no cost');
    expect(
      await promiseOf(
        services([{ title: 'Retour gratuit', content: 'Renvoyez-le sous 15 jours, sans frais' }]),
      ),
    ).toBe('Retour gratuit: Renvoyez-le sous 15 jours, sans frais');
  });

  it('a buyer-protection line or a delivery promise is no return promise', async () => {
    expect(
      await promiseOf(
        services([
          { title: 'Buyer protection', content: 'Get a refund if the item arrives late' },
          { title: 'Delivery commitment', content: 'A coupon if your order arrives after the date shown' },
        ]),
      ),
    ).toBeNull();
  });

  it('an item API reply: its service list', async () => {
    const reply = JSON.stringify({
      result: {
        settings: { currency: 'USD' },
        item: { itemId: '3256806655443322', title: 'Cast iron skillet 26 cm' },
        service: [{ title: 'Free returns', desc: 'Changed your mind? Return it within 60 days.' }],
        seller: { storeTitle: 'Hearth Goods', storeId: 1104455667 },
      },
    });
    const page = (await runAuditFiles([{ file: 'reply.json', html: reply }], [])).pages[0];
    expect(page?.product?.returnPromise).toBe('Free returns: Changed your mind? Return it within 60 days.');
  });

  it('a page that promises nothing about returns says nothing', async () => {
    expect(await promiseOf({})).toBeNull();
  });
});
