import { card, cardView, expect, test } from './harness';

const isFile = (name: string) => (p: { file: string }) => p.file.endsWith(name);

test.describe('before you pay', () => {
  test("a limit read on the supplier profile judges that supplier's order: card, highlights and popup agree", async ({
    ext,
  }) => {
    const profile = await ext.open(isFile('sunrise-shopsign-module-data.html'));
    const profileCard = card(profile);
    await expect(profileCard).toHaveAttribute('data-state', 'ready');
    expect((await cardView(ext, profile)).text).toContain('US$42,000');
    await profile.close();

    // The text-only variant names the supplier but not its id: the order is joined to the profile by name.
    const order = await ext.open(isFile('ta-detail-218834501001020304-text.html'));
    const orderCard = card(order);
    await expect(orderCard).toHaveAttribute('data-state', 'ready');
    // Exactly one blocker: the order is US$6,600 over the limit remembered from the profile.
    const { findings } = await cardView(ext, order);
    const blockers = findings.filter((f) => f.severity === 'critical');
    expect(blockers.map((f) => f.rule)).toEqual(['ta-limit-below-order']);
    expect(blockers[0]?.text).toContain('US$6,600');
    expect(findings.find((f) => f.rule === 'ta-coverage-pre-shipment')?.text).toContain('US$34,020');
    // Vague phrases are marked where they stand in the page.
    await expect(order.locator('mark[data-tradeguard-highlight="red"]').first()).toBeVisible();
    await expect(order.locator('mark[data-tradeguard-highlight="standard export packing"]')).toHaveCount(1);

    const tabId = await ext.tabIdOf(order);
    const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect(popup.getByTestId('checklist-verdict')).toContainText('1 blocker');
    await expect(popup.getByTestId('check-ta-limit')).toHaveAttribute('data-status', 'blocker');
    await expect(popup.getByTestId('check-coverage')).toHaveAttribute('data-status', 'warning');
    await expect(popup.getByTestId('check-spec-color')).toHaveAttribute('data-status', 'warning');

    // A manual tick survives closing and reopening the popup.
    const manual = popup.getByTestId('manual-sample-compared');
    await manual.check();
    await popup.close();
    const again = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect(again.getByTestId('manual-sample-compared')).toBeChecked();
    await again.close();
    await order.close();
  });

  test('search results get a badge per offer, with the remembered limit', async ({ ext }) => {
    const profile = await ext.open(isFile('sunrise-shopsign-module-data.html'));
    await expect(card(profile)).toHaveAttribute('data-state', 'ready');
    await profile.close();
    const search = await ext.open(isFile('air-fryer-fr-ssr-cards.html'));
    await expect(card(search)).toHaveAttribute('data-state', 'ready');
    const badges = search.locator('[data-tradeguard-badge]');
    await expect(badges.first()).toBeVisible();
    expect(await badges.count()).toBeGreaterThanOrEqual(4);
    await expect(
      search.locator('[data-tradeguard-badge]', { hasText: 'limit US$42,000' }).first(),
    ).toBeVisible();
    await search.close();
  });

  test('supplier-written HTML and script is shown as text and never runs', async ({ ext }) => {
    const page = await ext.open(isFile('ta-detail-hostile-text.html'));
    const hostile = card(page);
    await expect(hostile).toHaveAttribute('data-state', 'ready');
    expect((await cardView(ext, page)).text).toContain(
      'Evil <script>window.__tgXss=2</script> Trading Co., Ltd.',
    );
    const popup = await ext.openExtensionPage(`popup.html?tabId=${await ext.tabIdOf(page)}`);
    await expect(popup.getByTestId('checklist-verdict')).toBeVisible();
    await expect(popup.getByTestId('check-ta-limit')).toContainText(
      'Evil <script>window.__tgXss=2</script> Trading',
    );
    // The colour finding quotes the colour word it judged ("red"), not the markup around it; the markup
    // reached the popup all the same and must not have become an element.
    await expect(popup.getByTestId('check-spec-color')).toContainText('Seen "red"');
    expect(await popup.locator('img[onerror]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __tgXss?: number }).__tgXss)).toBeUndefined();
    expect(await popup.evaluate(() => (window as unknown as { __tgXss?: number }).__tgXss)).toBeUndefined();
    expect(await popup.locator('script:not([src])').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
