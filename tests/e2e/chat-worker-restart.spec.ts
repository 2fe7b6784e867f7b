import type { Page } from '@playwright/test';
import { type ContentWorld, contentWorld, shadowView } from '../../scripts/browser/content-world';
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

test('a Message Center address longer than a scan request allows still has its chat guarded', async () => {
  const ext = await startExtension();
  try {
    const sample = ext.pages.find((p) => p.file.endsWith('messenger-classes.html'))!;
    // Tracking parameters in a hash route can make the address as long as this.
    const long = `${sample.url}#/chat?activeAccountId=77&spm=${'a2700.7724857.normal_list.'.repeat(200)}`;
    expect(long.length).toBeGreaterThan(4_000);
    const page = await ext.context.newPage();
    await page.goto(long, { waitUntil: 'domcontentloaded' });
    await expect(mark(page, '7012345006')).toHaveAttribute('data-tradeguard-chat', 'critical');
    await arrive(page, '7012345102', 'p a y p a l friends and family to my boss email is ok, save the fee');
    await expect(mark(page, '7012345102')).toHaveAttribute('data-rules', /offplatform-payment/);
    await page.close();
  } finally {
    await ext.close();
  }
});

/**
 * Makes the page's next `count` scan requests come back unanswered, as the background answers one it
 * refuses (count -1: all of them until told otherwise), from the content script's own world.
 */
async function refuseScans(world: ContentWorld, count: number) {
  await world.evaluate((n) => {
    const runtime = chrome.runtime as typeof chrome.runtime & { tgSend?: typeof chrome.runtime.sendMessage };
    const w = globalThis as unknown as { tgRefuse: number };
    w.tgRefuse = n;
    if (runtime.tgSend) return;
    const send = runtime.sendMessage.bind(runtime);
    runtime.tgSend = send;
    runtime.sendMessage = ((message: { type?: string }, ...rest: unknown[]) => {
      if (message?.type === 'content/chat-scan' && w.tgRefuse !== 0) {
        w.tgRefuse--;
        return Promise.resolve(undefined);
      }
      return (send as (...a: unknown[]) => unknown)(message, ...rest);
    }) as typeof chrome.runtime.sendMessage;
  }, count);
}

test('requests refused for a while: the last message is still marked, with no other message arriving', async () => {
  const ext = await startExtension();
  try {
    const page = await ext.open((p) => p.file.endsWith('messenger-classes.html'));
    await expect(mark(page, '7012345006')).toHaveCount(1);
    const world = await contentWorld(page, ext.extensionId);
    await refuseScans(world, 4); // the request and its resend, twice
    await arrive(page, '7012345102', 'p a y p a l friends and family to my boss email is ok, save the fee');
    await expect(mark(page, '7012345102')).toHaveAttribute('data-rules', /offplatform-payment/, {
      timeout: 15_000,
    });
    await expect(mark(page, '7012345006')).toHaveCount(1);
    await world.close();
    await page.close();
  } finally {
    await ext.close();
  }
});

test('requests refused for good: the page and the checklist say the conversation was not checked', async () => {
  const ext = await startExtension();
  try {
    const page = await ext.open((p) => p.file.endsWith('messenger-classes.html'));
    await expect(mark(page, '7012345006')).toHaveCount(1);
    const world = await contentWorld(page, ext.extensionId);
    await refuseScans(world, -1);
    await arrive(page, '7012345102', 'p a y p a l friends and family to my boss email is ok, save the fee');
    const notice = page.locator('tradeguard-chat-unchecked');
    await expect(notice).toHaveAttribute('data-count', '1', { timeout: 15_000 });
    const said = await shadowView(world, 'tradeguard-chat-unchecked', '[role="status"]');
    expect(said.text).toMatch(/could not check 1 message/);
    const unchecked = () =>
      ext.worker.evaluate(async () => {
        const all = (await chrome.storage.local.get('chatRisk')).chatRisk as
          | Record<string, { unchecked?: number }>
          | undefined;
        return Object.values(all ?? {})[0]?.unchecked ?? null;
      });
    await expect.poll(unchecked).toBe(1);
    // Answered again (the next retry): marked, and the notice and the record say all was checked.
    await refuseScans(world, 0);
    await expect(mark(page, '7012345102')).toHaveCount(1, { timeout: 40_000 });
    await expect(notice).toHaveCount(0);
    await expect.poll(unchecked).toBe(0);
    await world.close();
    await page.close();
  } finally {
    await ext.close();
  }
});
