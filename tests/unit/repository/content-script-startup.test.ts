import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the content scripts evaluate when a marketplace page loads: every module
 * reached from their entry by static imports (type-only imports and `import()`
 * are left out — a dynamically imported module is evaluated only when it is
 * loaded). On that path: no zod (no schema is built on the buyer's page; the
 * background validates what it is sent) and no message catalog (the
 * background sends the buyer's language: lib/i18n/page-language.ts).
 * The same holds in the built bundles: the content-script benchmark's module
 * start-up figure, and zod's own global, absent from a silent page's world.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
// The page card's UI (injected into the marketplace script's world when a page has a card) starts on the
// buyer's page too: its correction form reads without a schema (lib/corrections/read-input.ts).
const ENTRIES = [
  'entrypoints/marketplace.content/index.ts',
  'entrypoints/chat.content/index.ts',
  'entrypoints/card-ui/index.tsx',
];

const STATIC_IMPORT =
  /^\s*(?:import|export)\s+(?!type\b)([^;]*?)\s*from\s*'([^']+)'|^\s*import\s+'([^']+)'/gm;

function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  return (
    [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find(
      (c) => existsSync(c) && /\.(tsx?|json)$/.test(c),
    ) ?? null
  );
}

/** Each module on the start-up path, with the chain of imports that reaches it. */
function startupPath(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  const visit = (file: string, chain: string[]) => {
    const name = relative(ROOT, file);
    if (chains.has(name)) return;
    chains.set(name, [...chain, name]);
    if (!file.endsWith('.ts') && !file.endsWith('.tsx')) return;
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const names = m[1] ?? '';
      const specifier = m[2] ?? m[3] ?? '';
      // `import { type A, type B } from …` is erased like `import type`.
      if (
        /^\{[\s\S]*\}$/.test(names) &&
        names
          .slice(1, -1)
          .split(',')
          .every((n) => !n.trim() || /^type\s/.test(n.trim()))
      )
        continue;
      if (specifier === 'zod' || specifier.startsWith('zod/'))
        chains.set(`${name} → zod`, [...chain, name, 'zod']);
      const next = resolveLocal(file, specifier);
      if (next) visit(next, [...chain, name]);
    }
  };
  visit(resolve(ROOT, entry), []);
  return chains;
}

describe('content scripts at start-up', () => {
  for (const entry of ENTRIES) {
    it(`${entry}: evaluates no zod and no message catalog`, () => {
      const path = startupPath(entry);
      expect(path.size).toBeGreaterThan(5); // the walk found the script's modules
      const offending = [...path]
        .filter(
          ([name]) =>
            name.endsWith('→ zod') || /^locales\//.test(name) || name.endsWith('bundled-catalogs.ts'),
        )
        .map(([, chain]) => chain.join(' → '));
      expect(offending).toEqual([]);
    });
  }
});
