import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../browser/chromium-path';
import type { STORE_SHOTS } from './screenshots';

/**
 * `npm run store-images`: runs the headless demo (which writes the store
 * pictures to demo-output/store/), then writes the few the README shows to
 * .github/images/ as small JPEGs. `--skip-demo` reuses the pictures already
 * there. Scaling and encoding are done by Chromium: no image library needed.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const STORE = join(ROOT, 'demo-output/store');
const OUT = join(ROOT, '.github/images');
const README_SHOTS: (typeof STORE_SHOTS)[number][] = [
  '2-before-you-pay.png',
  '3-flagged-chat-message.png',
  '5-deadline-countdowns.png',
];
const WIDTH = 960;
const HEIGHT = 600;
const QUALITY = 80;
/** GitHub renders these on every README view: keep each well under 200 KB. */
const MAX_BYTES = 150_000;

async function main() {
  if (!process.argv.includes('--skip-demo'))
    execFileSync('npx', ['tsx', 'scripts/demo.ts', '--headless'], { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
    for (const name of README_SHOTS) {
      const source = join(STORE, name);
      if (!existsSync(source)) throw new Error(`${source} is missing: run \`npm run demo -- --headless\``);
      const png = readFileSync(source).toString('base64');
      await page.setContent(
        `<body style="margin:0"><img src="data:image/png;base64,${png}" style="width:${WIDTH}px;height:${HEIGHT}px;display:block"></body>`,
      );
      await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
      const target = join(OUT, name.replace(/\.png$/, '.jpg'));
      await page.screenshot({ path: target, type: 'jpeg', quality: QUALITY });
      const size = statSync(target).size;
      console.log(`${target.slice(ROOT.length + 1)}: ${WIDTH}×${HEIGHT}, ${Math.round(size / 1024)} KB`);
      if (size > MAX_BYTES) throw new Error(`${target} is ${size} bytes, over ${MAX_BYTES}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`store-images failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
