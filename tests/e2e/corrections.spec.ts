import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type CardDriver, cardDriver } from './card-driver';
import { card, type Extension, expect, SHIPPED_BUILD, startExtension, test } from './harness';

/**
 * The buyer enters what a page did not show, in the card and in the popup, by keyboard; the entry
 * counts everywhere as "entered by you", survives a browser restart, and gives way (with a notice)
 * when the supplier's own page later states the fact. The card's shadow root is closed (page script
 * must not read or fill it), so the card is read and driven through card-driver.ts: trusted keys and
 * clicks, text read from TradeGuard's own content-script world.
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
    let inCard: CardDriver = await cardDriver(ext, order);
    const rules = async (c: CardDriver) =>
      (await c.all('[data-rule][data-severity]')).map((f) => f.attributes);
    expect((await rules(inCard)).filter((f) => f['data-rule'] === 'ta-limit-unknown')).toHaveLength(1);
    expect((await rules(inCard)).filter((f) => f['data-severity'] === 'critical')).toHaveLength(0);

    // Keyboard only: the offer, the form (focused), a wrong value with its message, then the right one.
    const enter = await inCard.one('[data-testid="correct-taLimit"]');
    expect(enter?.text).toBe('Enter it');
    expect(enter?.attributes['aria-label']).toBe('Enter it: Trade Assurance limit');
    await inCard.focus('[data-testid="correct-taLimit"]');
    await order.keyboard.press('Enter');
    await expect.poll(() => inCard.focused()).toBe('correction-input-taLimit');
    expect(await inCard.labelOf('[data-testid="correction-input-taLimit"]')).toBe(
      'Enter the Trade Assurance limit',
    );
    // The form inside the card's closed shadow root passes an accessibility audit (labels, names, contrast).
    const cardAudit = await inCard.audit();
    expect(cardAudit.passes).toContain('label');
    expect(cardAudit.violations).toEqual([]);
    await order.keyboard.type('forty thousand');
    await order.keyboard.press('Enter');
    await expect
      .poll(async () => (await inCard.one('[role="alert"]'))?.text)
      .toContain('"forty thousand" has no amount in it');
    expect((await inCard.one('[data-testid="correction-input-taLimit"]'))?.attributes['aria-invalid']).toBe(
      'true',
    );
    expect((await rules(inCard)).filter((f) => f['data-rule'] === 'ta-limit-unknown')).toHaveLength(1); // nothing stored
    await order.keyboard.press('Control+A');
    await order.keyboard.type('40000');
    await order.keyboard.press('Enter');

    const blocker = () => inCard.one('[data-rule="ta-limit-below-order"]');
    await expect.poll(async () => (await blocker())?.attributes['data-severity']).toBe('critical');
    expect((await blocker())?.text).toContain('US$8,600 above');
    expect((await blocker())?.text).toMatch(ENTERED);
    expect((await inCard.one('[data-testid="fact-source-taLimit"]'))?.text).toMatch(ENTERED);
    expect((await inCard.one('[data-testid="correct-taLimit"]'))?.text).toBe('Correct it');
    await expect.poll(() => inCard.focused()).toBe('correct-taLimit');

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
    await expect
      .poll(async () => (await inCard.one('[data-testid="fact-source-shipBy"]'))?.text)
      .toMatch(ENTERED);
    expect((await inCard.one('[data-fact="shipBy"]'))?.text).toContain('2027-01-20');
    await inCard.close();

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
    inCard = await cardDriver(ext, order);
    expect((await inCard.one('[data-rule="ta-limit-below-order"]'))?.text).toMatch(ENTERED);
    expect((await inCard.one('[data-testid="fact-source-taLimit"]'))?.text).toMatch(ENTERED);
    await inCard.close();
    const again = await ext.openExtensionPage(`popup.html?tabId=${await ext.tabIdOf(order)}`);
    await expect(again.getByTestId('check-ta-limit')).toHaveAttribute('data-status', 'blocker');
    await expect(again.getByTestId('check-ta-limit')).toContainText(ENTERED);
    await again.close();
    await order.close();

    // The supplier's profile states US$42,000: the entry is replaced, and the card says so.
    const profile = await ext.open(isFile(PROFILE));
    const profileCard = card(profile);
    await expect(profileCard).toHaveAttribute('data-state', 'ready');
    const inProfile = await cardDriver(ext, profile);
    const notice = (await inProfile.one('[data-testid="correction-notice"]'))?.text;
    expect(notice).toContain('the page now shows US$42,000');
    expect(notice).toMatch(/your entry US\$40,000 from \d{1,2} [A-Z][a-z]{2} \d{4} is replaced/);
    await inProfile.close();
    await profile.close();

    // Back on the order: judged against the profile's limit now; "Got it" ends the notice.
    order = await ext.open(isFile(ORDER));
    await expect(card(order)).toHaveAttribute('data-state', 'ready');
    inCard = await cardDriver(ext, order);
    const judged = (await inCard.one('[data-rule="ta-limit-below-order"]'))?.text;
    expect(judged).toContain('US$6,600 above');
    expect(judged).toContain('seen on sunrisekitchen.en.alibaba.com');
    await inCard.click('[data-testid="correction-notice"] button');
    await expect.poll(async () => (await inCard.all('[data-testid="correction-notice"]')).length).toBe(0);
    await inCard.close();
    await order.close();
  });
});
