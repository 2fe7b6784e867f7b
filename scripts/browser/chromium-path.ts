import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium to drive, in the order TOOLCHAIN.md gives: CHROMIUM_PATH,
 * Debian's /usr/bin/chromium, then Playwright's own download.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', safePlaywrightPath()];
  for (const path of candidates) if (path && existsSync(path)) return path;
  throw new Error(
    'No Chromium found: install one (Debian: `apt-get install -y chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH.',
  );
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
