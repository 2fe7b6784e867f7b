import { expect, test } from './harness';

test('the options page links to the privacy policy, which opens from the extension itself', async ({
  ext,
}) => {
  const options = await ext.openExtensionPage('options.html');
  const link = options.getByRole('link', { name: 'Privacy policy' });
  await expect(link).toBeVisible();
  const requestsBefore = ext.requests.length;

  const [policy] = await Promise.all([ext.context.waitForEvent('page'), link.click()]);
  await policy.waitForLoadState('domcontentloaded');
  expect(policy.url()).toBe(`chrome-extension://${ext.extensionId}/privacy.html`);
  await expect(policy.getByRole('heading', { level: 1 })).toHaveText('Privacy policy');
  for (const question of ['What TradeGuard stores', 'Where it is stored', 'For how long', 'How to delete it'])
    await expect(policy.getByRole('heading', { name: question })).toBeVisible();
  await expect(policy.getByTestId('privacy-policy')).toContainText('Nothing leaves your computer');
  // Rendered as text: no Markdown marks left over.
  expect(await policy.getByTestId('privacy-policy').textContent()).not.toMatch(/\*\*|`|^#/m);
  // Opening it asked nothing of the network.
  expect(ext.requests.slice(requestsBefore)).toEqual([]);
  await policy.close();
  await options.close();
});
