import type { Page } from '@playwright/test';
import { arrive, expect, startExtension, test } from './harness';

/**
 * The chat guard's scanning runs in the background (issue 14), and Chrome stops an extension's service
 * worker whenever it likes: the conversation it held is gone. A message arriving after that must still be
 * marked (the page sends the conversation again), and the marks already made must not be made twice.
 */
const mark = (page: Page, id: string) => page.locator(`[data-msg-id="${id}"] [data-tradeguard-chat]`);

test('after the service worker was stopped, new risky messages are still marked, old ones once', async () => {
  const ext = await startExtension();
  try {
    const page = await ext.open((p) => p.file.endsWith('messenger-classes.html'));
    await expect(mark(page, '7012345006')).toHaveAttribute('data-tradeguard-chat', 'critical');
    await expect(mark(page, '7012345008')).toHaveCount(1);

    // Stopped as Chrome stops an idle worker (its memory goes; it starts again on the next message).
    const cdp = await page.context().newCDPSession(page);
    const stopped = new Promise<void>((done) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.runningStatus === 'stopped')) done();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;

    await arrive(page, '7012345102', 'p a y p a l friends and family to my boss email is ok, save the fee');
    await expect(mark(page, '7012345102')).toHaveAttribute('data-rules', /offplatform-payment/, {
      timeout: 15_000,
    });
    await expect(mark(page, '7012345006')).toHaveCount(1);
    await expect(mark(page, '7012345008')).toHaveCount(1);
    await page.close();
  } finally {
    await ext.close();
  }
});

test('what was marked reaches the checklist’s record of the conversation, as before', async () => {
  const ext = await startExtension();
  try {
    const page = await ext.open((p) => p.file.endsWith('messenger-classes.html'));
    await expect(mark(page, '7012345006')).toHaveCount(1);
    const record = () =>
      ext.worker.evaluate(async () => {
        const all = (await chrome.storage.local.get('chatRisk')).chatRisk as
          | Record<string, { scanned: number; findings: { rule: string }[] }>
          | undefined;
        const conversation = Object.values(all ?? {})[0];
        return conversation
          ? {
              scanned: conversation.scanned > 0,
              rules: [...new Set(conversation.findings.map((f) => f.rule))],
            }
          : null;
      });
    await expect.poll(record).toEqual({
      scanned: true,
      rules: expect.arrayContaining(['offplatform-payment', 'offplatform-contact']),
    });
    await page.close();
  } finally {
    await ext.close();
  }
});
