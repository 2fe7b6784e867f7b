/**
 * Evidence-vault benchmark in a real Chromium: the test build's vault-bench.html
 * runs benchVault (scripts/bench/vault-core.ts) inside the extension's origin,
 * so IndexedDB, Blob storage and hashing are the browser's own. Memory is the
 * page's JS heap (performance.memory with --enable-precise-memory-info); Blob
 * bytes held by the browser's blob store are not in that figure.
 *
 *   npm run build:test && npx tsx scripts/bench/vault-chromium.ts [--small] [--pack-mb=N] [--rounds=N] [--build=DIR]
 *
 * --rounds=N measures only the goals (upload, video, export), N times each
 * against a floor read in the same round, and prints medians; --build=DIR
 * loads another test build (the code before a change) for before/after runs.
 *
 * Prints figures; asserts nothing about timings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../browser/launch';

const TEST_BUILD = resolve(import.meta.dirname, '../../.output-test/chrome-mv3');

export async function main(argv: readonly string[] = process.argv.slice(2)) {
  const small = argv.includes('--small');
  const packMb = Number(argv.find((a) => a.startsWith('--pack-mb='))?.slice('--pack-mb='.length));
  const sizes = small
    ? { itemCount: 200, itemBytes: 300 * 1024, packBytes: 64e6, packItemBytes: 8e6 }
    : { itemCount: 1000, itemBytes: 300 * 1024, packBytes: 1e9 };
  if (packMb > 0) sizes.packBytes = packMb * 1e6;
  const rounds = Number(argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length)) || 0;
  // Another build of the extension (the code before a change, say), for before/after runs in turn.
  const build = argv.find((a) => a.startsWith('--build='))?.slice('--build='.length);
  const profile = mkdtempSync(join(tmpdir(), 'tg-vault-bench-'));
  const browser = await launchWithExtension({
    extensionDir: build ? resolve(build) : TEST_BUILD,
    headless: true,
    userDataDir: profile,
    extraArgs: ['--enable-precise-memory-info'],
  });
  try {
    const page = await browser.context.newPage();
    page.on('console', (message) => {
      if (message.text().startsWith('[bench]')) console.log(message.text().slice(8));
    });
    await page.goto(`chrome-extension://${browser.extensionId}/vault-bench.html`);
    await page.waitForFunction(() => typeof window.runVaultBench === 'function');
    console.log(
      `vault-chromium benchmark (${small ? 'small' : 'full'}): ${sizes.itemCount} × ${(sizes.itemBytes / 1024).toFixed(0)} KB items, ${(sizes.packBytes / 1e6).toFixed(0)} MB pack`,
    );
    const started = Date.now();
    const figures = await page.evaluate((request) => window.runVaultBench(request), { ...sizes, rounds });
    console.log(`total   ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(JSON.stringify(figures));
    return figures;
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('vault-chromium.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
