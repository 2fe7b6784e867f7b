import { defineConfig } from '@playwright/test';

// One worker: each test file drives its own Chromium with the extension, and CI machines have 2 cores.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  timeout: 60_000,
  retries: 0,
  reporter: [['list']],
});
