import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers, held by what the code imports (biome.json enforces the same
 * with noRestrictedImports as you type; this test is the backstop):
 * lib/ reaches neither components/ nor entrypoints/, components/ no
 * entrypoint, and no entrypoint another (protocols between them live in lib/messaging/).
 */
const ROOT = resolve(import.meta.dirname, '../../..');

function sources(): string[] {
  return execFileSync('git', ['ls-files', '-z', 'lib', 'components', 'entrypoints'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => /\.tsx?$/.test(f));
}

/** Where an import lands, as a repository path ("entrypoints/background/vault"), or null for a package. */
function target(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(ROOT, join(dirname(resolve(ROOT, file)), specifier));
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function imports(file: string): string[] {
  const text = readFileSync(resolve(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

const entrypointOf = (path: string) =>
  /^entrypoints\/([^/]+)/.exec(path)?.[1]?.replace(/\.tsx?$/, '') ?? null;

function violations(): string[] {
  const found: string[] = [];
  for (const file of sources()) {
    for (const specifier of imports(file)) {
      const to = target(file, specifier);
      if (file.startsWith('lib/')) {
        if (to && /^(components|entrypoints)\//.test(to)) found.push(`${file} → ${to}`);
        if (/^(react|react-dom|zustand)(\/|$)/.test(specifier)) found.push(`${file} → ${specifier}`);
      } else if (file.startsWith('components/')) {
        if (to?.startsWith('entrypoints/')) found.push(`${file} → ${to}`);
      } else if (to?.startsWith('entrypoints/') && entrypointOf(to) !== entrypointOf(file)) {
        found.push(`${file} → ${to}`);
      }
    }
  }
  return found;
}

describe('layer boundaries', () => {
  it('lib/ imports no component, entrypoint or UI library; components no entrypoint; no entrypoint another', () => {
    expect(violations()).toEqual([]);
  });

  it('the rule finds what it is meant to find (a scan that matched nothing would pass anyway)', () => {
    expect(target('entrypoints/sidepanel/vault/store.ts', '../../background/capture/thumbnail')).toBe(
      'entrypoints/background/capture/thumbnail',
    );
    expect(entrypointOf('entrypoints/marketplace.content/index.tsx')).toBe('marketplace.content');
    expect(imports('lib/vault/import.ts').length).toBeGreaterThan(3);
  });
});
