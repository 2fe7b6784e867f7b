import { defineConfig } from 'wxt';
import { MARKETPLACE_MATCHES } from './lib/marketplaces';

/**
 * TRADEGUARD_TEST_BUILD=1 builds a copy for the browser tests into .output-test/.
 * Its only difference: `<all_urls>`, because Playwright cannot press the toolbar
 * button that grants `activeTab`, and captureVisibleTab needs one or the other.
 * A test asserts the shipped build in .output/ never has it.
 */
const testBuild = process.env.TRADEGUARD_TEST_BUILD === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // The vault benchmark page exists only in the test build (it needs <all_urls> and test data); never ship it.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (!testBuild)
        entrypoints.splice(0, entrypoints.length, ...entrypoints.filter((e) => e.name !== 'vault-bench'));
    },
  },
  outDir: testBuild ? '.output-test' : '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: 'TradeGuard',
    description:
      'Before you pay on Alibaba or AliExpress: Trade Assurance limit, vague-spec and off-platform payment checks, an evidence vault and claim deadlines. Nothing leaves your computer.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      // Firefox opens the same page as its sidebar, which needs no permission.
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'activeTab',
      'contextMenus',
    ],
    host_permissions: [...MARKETPLACE_MATCHES, ...(testBuild ? ['<all_urls>'] : [])],
    action: { default_title: 'TradeGuard: before you pay' },
    commands: {
      'capture-screenshot': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save a screenshot of this tab to the evidence vault',
      },
    },
    // hash-wasm hashes evidence incrementally (WebAssembly); MV3's default policy forbids compiling it.
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" }
        : "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    browser_specific_settings: {
      gecko: {
        id: 'tradeguard@tradeguard.example',
        strict_min_version: '128.0',
        // This extension collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
  // Chrome refuses to load a script containing U+FFFF (Dexie has "\uffff");
  // esbuild with charset ascii escapes it. Vite 8's default minifier ignores
  // that option, hence minify: 'esbuild'. tests/e2e/build-output.spec.ts guards it.
  vite: () => ({ esbuild: { charset: 'ascii' }, build: { minify: 'esbuild' } }),
});
