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

const BENCHES: { name: string; run: () => Promise<unknown> }[] = [
  { name: 'extraction', run: async () => (await import('./extraction')).main(30) },
  { name: 'fuzz-scaling', run: async () => (await import('./fuzz-scaling')).main() },
  { name: 'content-script', run: async () => (await import('./content-script')).main(10) },
  { name: 'spec-corpus', run: async () => (await import('./spec-corpus')).main([]) },
  { name: 'spec-adversarial', run: async () => (await import('./spec-adversarial')).main() },
  { name: 'chat-corpus', run: async () => (await import('./chat-corpus')).main() },
  { name: 'chat-speed-node', run: async () => (await import('./chat-scan-speed')).main() },
  { name: 'chat-adversarial', run: async () => (await import('./chat-adversarial')).main([]) },
  { name: 'chat-speed-chromium', run: async () => (await import('./chat-chromium')).main() },
  {
    name: 'vault-chromium',
    run: async () => (await import('./vault-chromium')).main(args.filter((a) => !a.startsWith('--only='))),
  },
];

async function main() {
  execSync('npx wxt build && TRADEGUARD_TEST_BUILD=1 npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  for (const bench of BENCHES) {
    if (only && bench.name !== only) continue;
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
