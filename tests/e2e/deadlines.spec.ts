import { card, expect, test } from './harness';

const isFile = (name: string) => (p: { file: string }) => p.file.endsWith(name);

test.describe('deadlines', () => {
  test('a tracked order shows its countdown, its reminders are scheduled, and a hand-entered event moves the deadlines', async ({
    ext,
  }) => {
    // Reading the order page is what tracks it (ship-by 2027-01-15 stands in its JSON).
    const order = await ext.open(isFile('ta-detail-218834501001020304-json.html'));
    await expect(card(order)).toHaveAttribute('data-state', 'ready');
    await order.close();

    const side = await ext.openExtensionPage('sidepanel.html?tab=deadlines&order=218834501001020304');
    const countdown = side.getByTestId('countdown-218834501001020304');
    await expect(countdown).toBeVisible();
    await expect(countdown).toContainText(/\d+ d \d+ h left|overdue/);
    const block = side.getByTestId('order-218834501001020304');
    await expect(block).toContainText('Agreed shipment date');
    await expect(block).toContainText('15 Jan 2027');

    // Reminder alarms exist for this order (deterministic names: never duplicated).
    const alarms = await ext.worker.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name));
    const mine = alarms.filter((n) => n.startsWith('tradeguard:218834501001020304:'));
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine).size).toBe(mine.length);

    // The buyer records the shipment by sea: the "receipt not confirmed" claim window appears (shipped + 60 days).
    await side.getByTestId('timeline-form-type').selectOption('shipped');
    await side.getByTestId('timeline-form-at').fill('2026-11-20T10:00');
    await side.getByTestId('timeline-form-method').selectOption('sea');
    await side.getByTestId('timeline-form-save').click();
    // Shipped on 20 Nov 2026 by sea → claim no later than 60 days later, 19 Jan 2027, now the binding deadline.
    await expect(block).toContainText('Claim deadline before Alibaba confirms receipt for you');
    await expect(block).toContainText('19 Jan 2027');
    await expect(side.getByTestId('timeline-editor')).toContainText(/entered by you/i);

    // The calendar file is produced (validated by ical.js inside the library before it is returned).
    const download = side.waitForEvent('download');
    await side.getByTestId('export-calendar').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    await side.close();
  });
});
