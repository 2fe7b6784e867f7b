import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto', './tests/support/catalogs.ts'],
    environment: 'node',
    // A limit that only stops a hang: the gates-off checks of the chat sets take tens of seconds on a loaded machine.
    testTimeout: 60_000,
  },
});
