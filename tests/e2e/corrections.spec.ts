import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { card, type Extension, expect, SHIPPED_BUILD, startExtension, test } from './harness';

/**
 * The buyer enters what a page did not show, in the card and in the popup, by keyboard; the entry
 * counts everywhere as "entered by you", survives a browser restart, and gives way (with a notice)
 * when the supplier's own page later states the fact.
 */
const isFile = (name: string) => (p: { file: string }) => p.file.endsWith(name);
const ORDER = 'ta-detail-218834501001020304-text.html'; // Sunrise's order: US$48,600; its limit shown nowhere
const PROFILE = 'sunrise-shopsign-module-data.html'; // Sunrise's profile: limit US$42,000
const ORDER_ID = '218834501001020304';
const ENTERED = /entered by you on \d{1,2} [A-Z][a-z]{2} \d{4}/;

test.describe('the buyer corrects', () => {
  let profileDir = '';
  let ext: Extension | null = null;
  test.beforeAll(() => {
    profileDir = mkdtempSync(join(tmpdir(), 'tg-corrections-'));
  });
  test.afterAll(async () => {
    await ext?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  test('a TA limit entered on the card counts in card and popup, survives a restart, and gives way to the profile', async () => {
    test.setTimeout(120_000);
    ext = await startExtension(SHIPPED_BUILD, { userDataDir: profileDir });
    let order = await ext.open(isFile(ORDER));
    let orderCard = card(order);
    await expect(orderCard).toHaveAttribute('data-state', 'ready');
    await expect(orderCard.locator('[data-rule="ta-limit-unknown"]')).toHaveCount(1);
    await expect(orderCard.locator('[data-severity="critical"]')).toHaveCount(0);

    // Keyboard only: the offer, the form (focused), a wrong value with its message, then the right one.
    const enter = orderCard.getByTestId('correct-taLimit');
    await expect(enter).toHaveText('Enter it');
    await expect(enter).toHaveAccessibleName('Enter it: Trade Assurance limit');
    await enter.focus();
    await order.keyboard.press('Enter');
    const input = orderCard.getByTestId('correction-input-taLimit');
    await expect(input).toBeFocused();
    await expect(input).toHaveAccessibleName('Enter the trade assurance limit');
    const cardAudit = await new AxeBuilder({ page: order }).include('tradeguard-card').analyze();
    expect(cardAudit.passes.map((p) => p.id)).toContain('label'); // the form inside the card's shadow root was audited
    expect(
      cardAudit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
    await order.keyboard.type('forty thousand');
    await order.keyboard.press('Enter');
    const error = orderCard.getByRole('alert');
    await expect(error).toContainText('"forty thousand" has no amount in it');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(orderCard.locator('[data-rule="ta-limit-unknown"]')).toHaveCount(1); // nothing stored
    await order.keyboard.press('Control+A');
    await order.keyboard.type('40000');
    await order.keyboard.press('Enter');

    const blocker = orderCard.locator('[data-rule="ta-limit-below-order"]');
    await expect(blocker).toHaveAttribute('data-severity', 'critical');
    await expect(blocker).toContainText('US$8,600 above');
    await expect(blocker).toContainText(ENTERED);
    await expect(orderCard.getByTestId('fact-source-taLimit')).toContainText(ENTERED);
    await expect(orderCard.getByTestId('correct-taLimit')).toHaveText('Correct it');
    await expect(orderCard.getByTestId('correct-taLimit')).toBeFocused();

    // The popup's checklist agrees, and takes an entry of its own: the agreed ship-by date.
    const tabId = await ext.tabIdOf(order);
    const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    const limit = popup.getByTestId('check-ta-limit');
    await expect(limit).toHaveAttribute('data-status', 'blocker');
    await expect(limit).toContainText('US$40,000');
    await expect(limit).toContainText(ENTERED);
    await popup.getByTestId('correct-shipBy').click();
    // The form passes an accessibility audit (labels, names, contrast) as the buyer sees it.
    const audit = await new AxeBuilder({ page: popup }).include('[data-testid="check-ship-date"]').analyze();
    expect(
      audit.violations.map(
        (v) =>
          `${v.id}: ${v.help} ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(' | ')}`,
      ),
    ).toEqual([]);
    await popup.getByTestId('correction-input-shipBy').fill('2027-01-20');
    await popup.getByTestId('correction-input-shipBy').press('Enter');
    await expect(popup.getByTestId('check-ship-date').getByTestId('fact-source-shipBy')).toContainText(
      ENTERED,
    );
    await expect(popup.getByTestId('check-ship-date')).toContainText('2027-01-20');
    await popup.close();
    // The card on the page follows what was entered in the popup.
    await expect(orderCard.getByTestId('fact-source-shipBy')).toContainText(ENTERED);
    await expect(orderCard.locator('[data-fact="shipBy"]')).toContainText('2027-01-20');

    // The side panel's timeline shows the same date, as entered by you.
    const side = await ext.openExtensionPage(`sidepanel.html?tab=deadlines&order=${ORDER_ID}`);
    const shipBy = side.getByTestId(`timeline-event-${ORDER_ID}:ship_by_agreed:page`);
    await expect(shipBy).toContainText('20 Jan 2027');
    await expect(shipBy).toContainText(/entered by you/);
    // Correcting it there is the same entry: the popup's checklist follows.
    await side.getByRole('button', { name: 'Correct Agreed shipment date' }).click();
    await side.getByTestId('timeline-form-at').fill('2027-01-25');
    await side.getByTestId('timeline-form-save').click();
    await expect(shipBy).toContainText('25 Jan 2027');
    await side.close();
    const after = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect(after.getByTestId('check-ship-date')).toContainText('2027-01-25');
    await expect(after.getByTestId('check-ship-date').getByTestId('fact-source-shipBy')).toContainText(
      ENTERED,
    );
    await after.close();
    await order.close();

    // Restart the browser on the same profile: the entries are still there, still the buyer's.
    await ext.close();
    ext = await startExtension(SHIPPED_BUILD, { userDataDir: profileDir });
    order = await ext.open(isFile(ORDER));
    orderCard = card(order);
    await expect(orderCard).toHaveAttribute('data-state', 'ready');
    await expect(orderCard.locator('[data-rule="ta-limit-below-order"]')).toContainText(ENTERED);
    await expect(orderCard.getByTestId('fact-source-taLimit')).toContainText(ENTERED);
    const again = await ext.openExtensionPage(`popup.html?tabId=${await ext.tabIdOf(order)}`);
    await expect(again.getByTestId('check-ta-limit')).toHaveAttribute('data-status', 'blocker');
    await expect(again.getByTestId('check-ta-limit')).toContainText(ENTERED);
    await again.close();
    await order.close();

    // The supplier's profile states US$42,000: the entry is replaced, and the card says so.
    const profile = await ext.open(isFile(PROFILE));
    const profileCard = card(profile);
    await expect(profileCard).toHaveAttribute('data-state', 'ready');
    const notice = profileCard.getByTestId('correction-notice');
    await expect(notice).toContainText('the page now shows US$42,000');
    await expect(notice).toContainText(/your entry US\$40,000 from \d{1,2} [A-Z][a-z]{2} \d{4} is replaced/);
    await profile.close();

    // Back on the order: judged against the profile's limit now; "Got it" ends the notice.
    order = await ext.open(isFile(ORDER));
    orderCard = card(order);
    await expect(orderCard.locator('[data-rule="ta-limit-below-order"]')).toContainText('US$6,600 above');
    await expect(orderCard.locator('[data-rule="ta-limit-below-order"]')).toContainText(
      'seen on sunrisekitchen.en.alibaba.com',
    );
    await orderCard.getByTestId('correction-notice').getByRole('button', { name: 'Got it' }).click();
    await expect(orderCard.getByTestId('correction-notice')).toHaveCount(0);
    await order.close();
  });
});
