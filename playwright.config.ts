import { defineConfig } from '@playwright/test';

// One worker: each test file drives its own Chromium with the extension, and CI machines have 2 cores.
// tests/e2e: what the buyer does; tests/security: attacks on the extension (issue 12), each kept as a test.
export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'security/**/*.spec.ts'],
  workers: 1,
  timeout: 90_000,
  // Waiting is not timing: a loaded 2-core machine can take seconds to paint a card; nothing here measures speed.
  expect: { timeout: 20_000 },
  retries: 0,
  reporter: [['list']],
});
