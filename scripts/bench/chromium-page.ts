import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { findChromium } from '../browser/chromium-path';

/**
 * Runs a bundled TypeScript module in a real Chromium page (headless, no
 * network): the module is bundled with esbuild into one script, the page is a
 * blank document, and `run` evaluates whatever the module put on `window`.
 */
export async function withBundleInChromium<T>(
  entry: string,
  run: (page: Page) => Promise<T>,
  args: string[] = [],
): Promise<T> {
  const bundled = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    charset: 'utf8',
  });
  const code = bundled.outputFiles[0]!.text;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      ...args,
    ],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === 'http://bench.invalid/'
        ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' })
        : route.abort(),
    );
    await page.goto('http://bench.invalid/');
    await page.addScriptTag({ content: code });
    return await run(page);
  } finally {
    await browser.close();
  }
}
