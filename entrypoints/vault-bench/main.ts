import '../../lib/zod-jitless';
import { browser } from 'wxt/browser';
import { openVault } from '../../lib/vault/db';
import { benchVault, benchVaultRounds } from '../../scripts/bench/vault-core';

/**
 * TEST BUILD ONLY (wxt.config.ts leaves this entrypoint out of the shipped
 * build). Runs the vault benchmark inside the extension's origin: real
 * Chromium IndexedDB, Blob storage and WebAssembly hashing. The page refuses
 * to run in a build without the test-only <all_urls> permission.
 */
interface BenchRequest {
  itemCount: number;
  itemBytes: number;
  packBytes: number;
  packItemBytes?: number;
  /** Goals only, this many times each (benchVaultRounds). */
  rounds?: number;
}

interface PerformanceWithMemory extends Performance {
  memory?: { usedJSHeapSize: number };
}

declare global {
  interface Window {
    runVaultBench(request: BenchRequest): Promise<Record<string, number | string>>;
  }
}

window.runVaultBench = async (request) => {
  const hosts = browser.runtime.getManifest().host_permissions ?? [];
  if (!hosts.includes('<all_urls>')) throw new Error('The vault benchmark runs in the test build only.');
  const memory = () => (performance as PerformanceWithMemory).memory?.usedJSHeapSize ?? 0;
  const db = await openVault(`vault-bench-${Date.now()}`);
  try {
    const log = (line: string) => console.log(`[bench] ${line}`);
    const { rounds, ...sizes } = request;
    return rounds
      ? await benchVaultRounds({ db, memory, ...sizes, rounds, log })
      : await benchVault({ db, memory, ...sizes, log });
  } finally {
    // Leave nothing behind in the profile: the benchmark's database is its own.
    await db.delete().catch(() => undefined);
  }
};
