import type { Page } from '@playwright/test';
import { LANGUAGES } from '../../lib/i18n/languages';
import { contentWorld, shadowView } from '../../scripts/browser/content-world';
import { card, type Extension, expect, test } from './harness';
import { catalogOf, chooseLanguage, isFile, seriousViolations } from './languages-support';

/**
 * Every surface in each of the five languages, audited by axe-core: no
 * serious or critical violation (WCAG 2.1 A/AA rules), and the words are the
 * language's own, not English.
 */
/**
 * The card lives in a CLOSED shadow root that neither page script nor axe can enter. From TradeGuard's
 * own content-script world the test copies that root — the same markup and the same stylesheet — into an
 * open shadow root on the page, hides the original, and axe audits the copy.
 */
async function openCopyOfCard(ext: Extension, page: Page): Promise<void> {
  const world = await contentWorld(page, ext.extensionId);
  try {
    await world.evaluate(() => {
      const host = document.querySelector('tradeguard-card') as HTMLElement;
      const root = chrome.dom.openOrClosedShadowRoot(host) as ShadowRoot;
      const copy = document.createElement('tradeguard-card-audit');
      copy.attachShadow({ mode: 'open' }).innerHTML = root.innerHTML;
      document.body.append(copy);
      host.style.display = 'none';
    });
  } finally {
    await world.close();
  }
}

test.describe('in the buyer’s language, for every buyer', () => {
  // The content scripts carry no catalogs: the background sends the chosen language when the chat script starts.
  test('chat marks speak the language the buyer chose, not the browser’s', async ({ ext }) => {
    const t = catalogOf('fr');
    await chooseLanguage(ext, 'fr');
    const page = await ext.open(isFile('messenger-classes.html'));
    const host = '[data-msg-id="7012345006"] > [data-tradeguard-chat]';
    await expect(page.locator(host)).toHaveAttribute('data-tradeguard-chat', 'critical');
    const world = await contentWorld(page, ext.extensionId);
    const flag = await shadowView(world, host, '[data-part="flag"]');
    expect(flag.matches[0]?.attributes.lang).toBe('fr');
    const panel = await shadowView(world, host, '[data-tradeguard-chat-panel]');
    expect(panel.matches[0]?.text).toContain(t.get('common.whatToDo')!);
    expect(panel.matches[0]?.text).toContain(t.get('chat.mark.save')!);
    await world.close();
    await page.close();
  });

  for (const language of LANGUAGES) {
    test(`${language}: card, popup, side panel and options speak it and pass axe`, async ({ ext }) => {
      const t = catalogOf(language);
      await chooseLanguage(ext, language);

      const profile = await ext.open(isFile('sunrise-shopsign-module-data.html'));
      await expect(card(profile)).toHaveAttribute('data-state', 'ready');
      await profile.close();
      const order = await ext.open(isFile('ta-detail-218834501001020304-text.html'));
      await expect(card(order)).toHaveAttribute('data-state', 'ready');

      const tabId = await ext.tabIdOf(order);
      const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
      await expect(popup.locator('html')).toHaveAttribute('lang', language);
      await expect(popup.getByRole('heading', { level: 1 })).toHaveText(t.get('popup.title')!);
      await expect(popup.getByTestId('checklist-verdict')).toContainText(
        t.get('checklist.verdict.doNotPay')!,
      );
      expect(await seriousViolations(popup), 'popup').toEqual([]);
      // The system's dark mode: the same contrast rules hold.
      await popup.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(popup), 'popup, dark').toEqual([]);
      await popup.close();

      const panel = await ext.openExtensionPage('sidepanel.html');
      for (const [tab, key] of [
        ['deadlines', 'sidepanel.tabDeadlines'],
        ['vault', 'sidepanel.tabVault'],
        ['spec', 'sidepanel.tabSpec'],
      ] as const) {
        await panel.getByTestId(`tab-${tab}`).click();
        await expect(panel.getByTestId(`tab-${tab}`)).toHaveText(t.get(key)!);
        await expect(panel.getByTestId(`tabpanel-${tab}`)).toBeVisible();
        expect(await seriousViolations(panel), `side panel, ${tab}`).toEqual([]);
        await panel.emulateMedia({ colorScheme: 'dark' });
        expect(await seriousViolations(panel), `side panel, ${tab}, dark`).toEqual([]);
        await panel.emulateMedia({ colorScheme: 'light' });
      }
      await panel.close();

      const options = await ext.openExtensionPage('options.html');
      await expect(options.getByRole('heading', { level: 1 })).toHaveText(t.get('options.title')!);
      expect(await seriousViolations(options), 'options').toEqual([]);
      await options.close();

      await openCopyOfCard(ext, order);
      const copy = order.locator('tradeguard-card-audit');
      await expect(copy.getByTestId('tradeguard-kind')).toHaveText(t.get('pageKind.alibabaOrder')!);
      await expect(copy.locator('[data-severity="critical"]').first()).toContainText(
        t.get('severity.critical')!,
      );
      expect(await seriousViolations(order, 'tradeguard-card-audit'), 'card').toEqual([]);
      await order.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(order, 'tradeguard-card-audit'), 'card, dark').toEqual([]);
      await order.close();
    });
  }

  test('the checklist is walked and ticked with the keyboard alone, with a visible focus', async ({
    ext,
  }) => {
    await chooseLanguage(ext, 'en');
    const order = await ext.open(isFile('ta-detail-218834501001020304-text.html'));
    await expect(card(order)).toHaveAttribute('data-state', 'ready');
    const popup = await ext.openExtensionPage(`popup.html?tabId=${await ext.tabIdOf(order)}`);
    const boxes = popup.locator('.tg-manual input[type="checkbox"]');
    await expect(boxes.first()).toBeVisible();
    const total = await boxes.count();
    expect(total).toBeGreaterThanOrEqual(5);
    let ticked = 0;
    for (let step = 0; step < 200 && ticked < total; step++) {
      await popup.keyboard.press('Tab');
      const focus = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          manual: el.matches('.tg-manual input[type="checkbox"]'),
          checked: (el as HTMLInputElement).checked,
          ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focus) continue;
      expect(focus.ring, 'every focused control shows a focus ring').toBe(true);
      if (focus.manual && !focus.checked) {
        await popup.keyboard.press('Space');
        ticked++;
      }
    }
    for (let i = 0; i < total; i++) await expect(boxes.nth(i)).toBeChecked();
    await expect(popup.locator('.tg-manual legend')).toContainText(`${total} of ${total}`);
    await popup.close();
    await order.close();
  });

  test('laid out right to left, the popup neither overflows nor overlaps', async ({ ext }) => {
    await chooseLanguage(ext, 'en');
    const order = await ext.open(isFile('ta-detail-218834501001020304-text.html'));
    await expect(card(order)).toHaveAttribute('data-state', 'ready');
    const popup = await ext.openExtensionPage(`popup.html?tabId=${await ext.tabIdOf(order)}`);
    await expect(popup.getByTestId('check-ta-limit')).toBeVisible();
    const layout = await popup.evaluate(() => {
      document.documentElement.dir = 'rtl';
      const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      const overlaps: string[] = [];
      // Line by line (a label that wraps is several boxes): no box of the status covers a box of the label.
      const hit = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      for (const item of document.querySelectorAll('.tg-check')) {
        const status = [...item.querySelector('.tg-check__status')!.getClientRects()];
        const label = [...item.querySelector('.tg-check__label')!.getClientRects()];
        if (status.some((s) => label.some((l) => hit(s, l))))
          overlaps.push(item.getAttribute('data-testid') ?? '');
      }
      const first = document.querySelector('.tg-check')!;
      const status = first.querySelector('.tg-check__status')!.getBoundingClientRect();
      const label = first.querySelector('.tg-check__label')!.getBoundingClientRect();
      return { overflow, overlaps, statusFirst: status.left >= label.left };
    });
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.overlaps).toEqual([]);
    // Mirrored: the status, first in reading order, now stands at the right.
    expect(layout.statusFirst).toBe(true);
    await popup.close();
    await order.close();
  });
});
