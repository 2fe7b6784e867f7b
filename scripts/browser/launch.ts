import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { findChromium } from './chromium-path';

// Lets Playwright see (and route) the extension service worker's own requests,
// so "the extension sends nothing" can be asserted from the request log.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Chromium with the built extension loaded (flags checked on these machines: TOOLCHAIN.md). */
export async function launchWithExtension(opts: {
  extensionDir: string;
  headless: boolean;
  userDataDir?: string;
  extraArgs?: string[];
}): Promise<ExtensionBrowser> {
  const ext = resolve(opts.extensionDir);
  // Without this, a missing build shows up as a 15 s wait for a service worker that never starts.
  if (!existsSync(join(ext, 'manifest.json')))
    throw new Error(`No built extension at ${ext}: run \`npm run build\` (or \`npm run build:test\`) first.`);
  const context = await chromium.launchPersistentContext(opts.userDataDir ?? '', {
    executablePath: findChromium(),
    headless: opts.headless,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(opts.extraArgs ?? []),
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

/** The Chrome tab id of a Playwright page, found by its URL from the service worker. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === target)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`No tab shows ${url}`);
  return id;
}
