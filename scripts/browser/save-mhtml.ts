import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium-path';

/**
 * Saves one of our own fixture pages the way Chrome's "Save as… Webpage, Single File" does (Chromium's
 * own MHTML writer, through the DevTools protocol), as if it had been opened at a marketplace address.
 * Nothing is fetched: the address is answered with the file, every other request is refused.
 *   npx tsx scripts/browser/save-mhtml.ts <page.html> <https://www.alibaba.com/…> <out.mhtml>
 */
async function main(): Promise<void> {
  const [source, address, out] = process.argv.slice(2);
  if (!source || !address || !out) throw new Error('usage: save-mhtml <page.html> <address> <out.mhtml>');
  const browser = await chromium.launch({ executablePath: findChromium() });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === address
        ? route.fulfill({ body: readFileSync(source, 'utf8'), contentType: 'text/html; charset=utf-8' })
        : route.abort(),
    );
    await page.goto(address);
    const session = await page.context().newCDPSession(page);
    const { data } = await session.send('Page.captureSnapshot', { format: 'mhtml' });
    writeFileSync(out, data);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`save-mhtml: ${(error as Error).message}`);
  process.exit(1);
});
