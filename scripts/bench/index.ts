import '../../lib/i18n/bundled-catalogs';
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * `npm run bench`: every benchmark, one after another, printing figures (they
 * assert nothing). Builds the shipped and the test extension first. Pass
 * `--small` for a quick vault run (200 items, 64 MB pack instead of 1,000
 * items and 1 GB), `--only=<name>` to run one.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);

/** `node`: runs on lib/ alone, without building the extension first. */
const BENCHES: { name: string; node?: true; run: () => Promise<unknown> }[] = [
  { name: 'extraction', node: true, run: async () => (await import('./extraction')).main(30) },
  { name: 'real-pages', node: true, run: async () => (await import('./real-pages')).main() },
  { name: 'fuzz-scaling', node: true, run: async () => (await import('./fuzz-scaling')).main() },
  { name: 'long-text-scaling', node: true, run: async () => (await import('./long-text-scaling')).main() },
  { name: 'content-script', run: async () => (await import('./content-script')).main(10) },
  { name: 'spec-corpus', run: async () => (await import('./spec-corpus')).main([]) },
  { name: 'spec-adversarial', run: async () => (await import('./spec-adversarial')).main() },
  { name: 'chat-corpus', run: async () => (await import('./chat-corpus')).main() },
  { name: 'chat-speed-node', run: async () => (await import('./chat-scan-speed')).main() },
  { name: 'chat-adversarial', run: async () => (await import('./chat-adversarial')).main([]) },
  { name: 'chat-speed-chromium', run: async () => (await import('./chat-chromium')).main() },
  { name: 'history', run: async () => (await import('./history')).main([]) },
  {
    name: 'vault-chromium',
    run: async () => (await import('./vault-chromium')).main(args.filter((a) => !a.startsWith('--only='))),
  },
];

async function main() {
  const chosen = BENCHES.filter((b) => !only || b.name === only);
  if (chosen.some((b) => !b.node))
    execSync('npx wxt build && TRADEGUARD_TEST_BUILD=1 npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  for (const bench of chosen) {
    console.log(`\n=== ${bench.name} ===`);
    try {
      await bench.run();
    } catch (error) {
      console.log(`${bench.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
}

void main();
