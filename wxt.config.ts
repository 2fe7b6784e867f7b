import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { MARKETPLACE_MATCHES } from './lib/marketplaces';
import { noEval } from './scripts/build/no-eval';
import { thirdPartyLicenses } from './scripts/build/third-party-licenses';

/**
 * TRADEGUARD_TEST_BUILD=1 builds a copy for the browser tests into .output-test/.
 * Its only difference: `<all_urls>`, because Playwright cannot press the toolbar
 * button that grants `activeTab`, and captureVisibleTab needs one or the other.
 * A test asserts the shipped build in .output/ never has it.
 */
const testBuild = process.env.TRADEGUARD_TEST_BUILD === '1';
const licenses = thirdPartyLicenses();
const here = (path: string) => resolve(import.meta.dirname, path);

export default defineConfig({
  // @wxt-dev/i18n turns locales/<lang>.json into the browser's _locales/<lang>/messages.json and types the keys.
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  hooks: {
    // After every build, so the zips carry the notices of what the bundles contain.
    'build:done': (wxt) => licenses.write(wxt.config.outDir),
    // The vault benchmark page exists only in the test build (it needs <all_urls> and test data); never ship it.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (!testBuild)
        entrypoints.splice(0, entrypoints.length, ...entrypoints.filter((e) => e.name !== 'vault-bench'));
    },
  },
  outDir: testBuild ? '.output-test' : '.output',
  // The sources zip (for Mozilla's reviewers) holds what builds the extension, not local run output.
  zip: { excludeSources: ['demo-output/**', 'test-results/**', 'playwright-report/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    // Store name and description in the browser's language (locales/*.json; each ≤ 132 characters for the
    // Chrome Web Store: tests/unit/i18n/completeness.test.ts).
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      // Firefox opens the same page as its sidebar, which needs no permission.
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'activeTab',
      'contextMenus',
      // The page card's UI code is injected only into pages that show a card (entrypoints/card-ui).
      'scripting',
    ],
    host_permissions: [...MARKETPLACE_MATCHES, ...(testBuild ? ['<all_urls>'] : [])],
    action: { default_title: '__MSG_ext_actionTitle__' },
    commands: {
      'capture-screenshot': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_ext_commandScreenshot__',
      },
    },
    // hash-wasm hashes evidence incrementally (WebAssembly); MV3's default policy forbids compiling it.
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" }
        : "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    // Firefox only: Chrome warns about keys it does not know.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'tradeguard@tradeguard.example',
          // 140 (the ESR of June 2025) is the first Firefox that reads data_collection_permissions.
          strict_min_version: '140.0',
          // This extension collects and transmits nothing.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  // Chrome refuses to load a script containing U+FFFF (Dexie has "\uffff");
  // esbuild with charset ascii escapes it. Vite 8's default minifier ignores
  // that option, hence minify: 'esbuild'. tests/e2e/build-output.spec.ts guards it.
  // noEval keeps eval out of what ships: tests/e2e/store-package.spec.ts.
  // manualPureFunctions: a zod schema is a value built by calls (z.object(…).optional()…); marked pure, one
  // that nothing in a bundle uses is left out with the zod code only it needed. The content scripts import
  // model modules for their types and helpers, not for their schemas (the background validates).
  vite: (env) => ({
    esbuild: { charset: 'ascii' },
    // TRADEGUARD_UNMINIFIED=1: readable names for the profiler (scripts/bench/content-script-profile.ts); never shipped.
    build: {
      minify: process.env.TRADEGUARD_UNMINIFIED ? false : 'esbuild',
      // TRADEGUARD_SOURCEMAP=1: a source map beside each bundle, for what each holds (scripts/bench/bundle-contents.ts); never shipped.
      sourcemap: process.env.TRADEGUARD_SOURCEMAP === '1',
      rollupOptions: { treeshake: { manualPureFunctions: ['z'] } },
    },
    plugins: [noEval(), licenses.plugin],
    // The background reads product, supplier and order pages from their markup (background/read-markup.ts).
    // Chrome's service worker has no DOMParser: linkedom, without two modules a bundled worker cannot use.
    // Firefox's background page has one: linkedom is swapped for it (scripts/build/linkedom/).
    resolve: {
      alias:
        env.browser === 'firefox'
          ? [{ find: /^linkedom$/, replacement: here('scripts/build/linkedom/dom-parser.ts') }]
          : [
              { find: /^@acemir\/cssom$/, replacement: here('scripts/build/linkedom/cssom.ts') },
              { find: /^.*\/commonjs\/canvas\.cjs$/, replacement: here('scripts/build/linkedom/canvas.ts') },
            ],
    },
  }),
});
