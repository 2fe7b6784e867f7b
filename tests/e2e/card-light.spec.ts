import { cardDriver } from './card-driver';
import { card, expect, test } from './harness';

/**
 * The card a page shows is drawn without React (components/page-card/static-card.ts); React's code is
 * loaded only when the buyer reaches for a fact's form. What the buyer does with the card still works:
 * folding and unfolding, and "Enter it" opening its form, now with React's card in place.
 */
const ORDER = 'ta-detail-218834501001020304-text.html'; // Sunrise's order: its limit shown nowhere

test('the card folds, unfolds and opens a fact form; React loads only for the form', async ({ ext }) => {
  const order = await ext.open((p) => p.file.endsWith(ORDER));
  await expect(card(order)).toHaveAttribute('data-state', 'ready');
  const inCard = await cardDriver(ext, order);
  const reactLoaded = () =>
    inCard.world.evaluate(() => '__tradeguardCardUi' in (globalThis as Record<string, unknown>));
  expect(await reactLoaded()).toBe(false);
  expect(await inCard.one('[data-testid="tradeguard-findings"]')).not.toBeNull();

  await inCard.click('.tg-card__toggle');
  await expect.poll(() => inCard.one('.tg-card__body')).toBeNull();
  expect((await inCard.one('.tg-card__toggle'))?.attributes['aria-expanded']).toBe('false');
  expect((await inCard.one('.tg-card__toggle'))?.attributes['aria-label']).toBe('Unfold the card');
  await inCard.click('.tg-card__toggle');
  await expect.poll(() => inCard.one('.tg-card__body')).not.toBeNull();
  expect((await inCard.one('.tg-card__toggle'))?.attributes['aria-expanded']).toBe('true');
  expect(await reactLoaded()).toBe(false);

  await inCard.click('[data-testid="correct-taLimit"]');
  await expect.poll(() => inCard.focused()).toBe('correction-input-taLimit');
  expect(await reactLoaded()).toBe(true);
  // React's card took over with the same findings on it.
  expect(await inCard.one('[data-testid="tradeguard-findings"]')).not.toBeNull();
  await inCard.close();
});
