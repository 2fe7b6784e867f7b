import { card, expect, test } from './harness';

/**
 * A deadline reminder, end to end in a real Chromium: the alarm fires, a
 * system notification is shown, and clicking it opens that order's deadlines
 * (in the side panel where the browser allows it, else in a tab). Chrome's
 * own event objects deliver the alarm and the click (dispatch), exactly as
 * the browser does when the time comes and the buyer clicks; the
 * notification itself is real (chrome.notifications.getAll lists it).
 */
const ORDER = '218834501001020304';
const isFile = (name: string) => (p: { file: string }) => p.file.endsWith(name);

test('clicking a deadline reminder opens that order’s deadlines', async ({ ext }) => {
  const order = await ext.open(isFile('ta-detail-218834501001020304-json.html'));
  await expect(card(order)).toHaveAttribute('data-state', 'ready');
  await order.close();

  const reminderAlarm = () =>
    ext.worker.evaluate(
      async (id) => (await chrome.alarms.getAll()).find((a) => a.name.startsWith(`tradeguard:${id}:`))?.name,
      ORDER,
    );
  await expect.poll(reminderAlarm).toBeTruthy();
  const alarm = (await reminderAlarm())!;

  // The time comes: the alarm fires and the reminder is shown as a system notification.
  await ext.worker.evaluate((name) => {
    (
      chrome.alarms.onAlarm as unknown as { dispatch(a: { name: string; scheduledTime: number }): void }
    ).dispatch({
      name,
      scheduledTime: Date.now(),
    });
  }, alarm);
  await expect
    .poll(() => ext.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())))
    .toContain(alarm);

  // The buyer clicks it: the order's deadlines open.
  const opened = ext.context.waitForEvent('page', (p) => p.url().includes(`order=${ORDER}`));
  await ext.worker.evaluate((name) => {
    (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(name);
  }, alarm);
  const deadlines = await opened;
  expect(deadlines.url()).toMatch(
    new RegExp(`^chrome-extension://${ext.extensionId}/sidepanel\\.html\\?tab=deadlines&order=${ORDER}`),
  );
  await expect(deadlines.getByTestId(`order-${ORDER}`)).toBeVisible();
  await expect(deadlines.getByTestId(`countdown-${ORDER}`)).toContainText(/left|overdue/);
  await deadlines.close();
});
