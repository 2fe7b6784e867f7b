import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { card, cardView, type Extension, expect, startExtension, TEST_BUILD, test } from './harness';

const isFile = (name: string) => (p: { file: string }) => p.file.endsWith(name);
const PAID = 'ta-detail-218834504001020304-json.html';
const UNPAID = 'ta-detail-218834505001020304-json.html';
const RULE = 'ta-limit-remaining-below-order';

async function readyCard(ext: Extension, file: string) {
  const page = await ext.open(isFile(file));
  await expect(card(page)).toHaveAttribute('data-state', 'ready');
  return page;
}

/**
 * Issue 17, in the built extension with its real IndexedDB: Ningbo Sunrise's limit is US$42,000; the
 * buyer's first US$25,000 order is paid and open, so the second US$25,000 order exceeds what is left
 * (US$17,000) although it fits the whole limit. Card, popup and side panel say so, also after a restart.
 */
test('a second US$25,000 order at a US$42,000-limit supplier is blocked on what remains of the limit', async () => {
  test.setTimeout(180_000);
  const profile = mkdtempSync(join(tmpdir(), 'tg-remaining-e2e-'));
  let ext = await startExtension(TEST_BUILD, { userDataDir: profile });
  try {
    const supplier = await readyCard(ext, 'sunrise-shopsign-module-data.html');
    expect((await cardView(ext, supplier)).text).toContain('US$42,000');
    await supplier.close();

    const first = await readyCard(ext, PAID);
    const firstView = await cardView(ext, first);
    expect(firstView.findings.map((f) => f.rule)).not.toContain(RULE);
    expect(firstView.findings.map((f) => f.rule)).not.toContain('ta-limit-below-order');
    expect(firstView.text).toContain('none TradeGuard has seen');
    await first.close();

    const second = await readyCard(ext, UNPAID);
    const view = await cardView(ext, second);
    const blockers = view.findings.filter((f) => f.severity === 'critical');
    expect(blockers.map((f) => f.rule)).toEqual([RULE]);
    expect(blockers[0]?.text).toContain(
      'Limit US$42,000 − your open order #218834504001020304 US$25,000 (paid, not yet delivered) = US$17,000 left; this order of US$25,000 exceeds it by US$8,000.',
    );
    expect(view.text).toContain('Your open orders with this supplier');
    expect(view.text).toContain('1 order · US$25,000');

    // The popup's checklist: one limit line, a blocker, with the open order linked to its page.
    const popup = await ext.openExtensionPage(`popup.html?tabId=${await ext.tabIdOf(second)}`);
    const limitLine = popup.getByTestId('check-ta-limit');
    await expect(limitLine).toHaveAttribute('data-status', 'blocker');
    await expect(limitLine).toContainText('exceeds it by US$8,000');
    await expect(popup.locator('[data-testid="check-ta-limit"]')).toHaveCount(1);
    await expect(limitLine.getByRole('link', { name: /#218834504001020304 US\$25,000/ })).toHaveAttribute(
      'href',
      'https://biz.alibaba.com/ta/detail.htm?orderId=218834504001020304',
    );
    await popup.close();

    // The side panel's deadlines view: the same per supplier.
    const panel = await ext.openExtensionPage('sidepanel.html?tab=deadlines');
    const limits = panel.getByTestId('supplier-limits');
    await expect(limits).toContainText('Ningbo Sunrise Kitchenware Co., Ltd.');
    await expect(limits).toContainText('2 orders · US$50,000');
    await expect(limits).toContainText('nothing left (US$8,000 over) for a new order');
    await expect(limits.getByRole('link')).toHaveCount(2);
    await panel.close();
    await second.close();

    // Remembered in IndexedDB: after a browser restart the second order is still judged against the first.
    await ext.close();
    ext = await startExtension(TEST_BUILD, { userDataDir: profile });
    const again = await readyCard(ext, UNPAID);
    const after = await cardView(ext, again);
    expect(after.findings.find((f) => f.rule === RULE)?.text).toContain('= US$17,000 left');
  } finally {
    await ext.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
