import type { Plugin } from 'vite';

/**
 * Store reviewers (Mozilla's addons-linter, the Chrome Web Store's "remotely
 * hosted code" check) read every `new Function` and every `import()` of a
 * computed address as eval or remote code, whether or not it ever runs. Three
 * such spots sit in our dependencies, on paths TradeGuard never takes:
 *
 * - zod 4 probes `new Function("")` to decide whether to compile fast parsers,
 *   and compiles them with the Function constructor. Every entrypoint sets
 *   `z.config({ jitless: true })` (lib/zod-jitless.ts), so neither runs; here
 *   the probe answers "no eval" and the compiler is removed from the bundle.
 * - zip.js can import a compression codec from an address given in its options
 *   (`codecURI`); we never pass one.
 *
 * Each patch must match the dependency's code exactly once: when an upgrade
 * changes that code the build fails here, rather than shipping the old warning
 * silently. tests/e2e/store-package.spec.ts checks the packaged result.
 */
interface Patch {
  file: RegExp;
  find: RegExp;
  replace: string;
}

const PATCHES: Patch[] = [
  {
    file: /\/zod\/v4\/core\/util\.js$/,
    find: /const F = Function;\s*new F\(""\);\s*return true;/,
    replace: 'return false;',
  },
  {
    file: /\/zod\/v4\/core\/doc\.js$/,
    find: /const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/,
    replace:
      'throw new Error("zod\'s parser compiler is not part of this build (scripts/build/no-eval.ts)");',
  },
  {
    file: /\/@zip\.js\/zip\.js\/lib\/core\/codec-registry\.js$/,
    find: /await import\(\/\* webpackIgnore: true \*\/ \/\* @vite-ignore \*\/ codecURI\)/,
    replace: 'await Promise.reject(new Error("TradeGuard loads no codec modules"))',
  },
];

export function noEval(): Plugin {
  return {
    name: 'tradeguard:no-eval',
    enforce: 'pre',
    transform(code, id) {
      const path = id.replace(/\\/g, '/').replace(/\?.*$/, '');
      const patches = PATCHES.filter((p) => p.file.test(path));
      if (patches.length === 0) return null;
      let out = code;
      for (const patch of patches) {
        const found = out.match(new RegExp(patch.find.source, 'g'))?.length ?? 0;
        if (found !== 1)
          this.error(
            `no-eval: expected the code /${patch.find.source}/ once in ${path}, found it ${found} times. The dependency changed: update scripts/build/no-eval.ts.`,
          );
        out = out.replace(patch.find, patch.replace);
      }
      return { code: out, map: null };
    },
  };
}
