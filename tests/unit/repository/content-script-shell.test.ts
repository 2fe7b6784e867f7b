import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the marketplace content script's bundle holds: every module reached from its entry by value imports,
 * `import()` included (a bundled content script inlines what it imports dynamically, so the buyer's page
 * compiles it even when it never runs). The page readers and zod are not among them: they are files of their
 * own that the background injects when a page needs them (lib/messaging/injected-scripts.ts), so product,
 * supplier and order pages, read in the background from their markup, compile neither.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRY = 'entrypoints/marketplace.content/index.ts';

const VALUE_IMPORT =
  /^\s*(?:import|export)\s+(?!type\b)([^;]*?)\s*from\s*'([^']+)'|^\s*import\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/gm;

function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((c) => existsSync(c)) ?? null;
}

/** Each module in the bundle (repository path), and each package it names. */
function bundled(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const name = relative(ROOT, file);
    if (seen.has(name)) return;
    seen.add(name);
    for (const m of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      const names = m[1] ?? '';
      // `import { type A, type B } from …` is erased like `import type`.
      if (
        /^\{[\s\S]*\}$/.test(names) &&
        names
          .slice(1, -1)
          .split(',')
          .every((n) => !n.trim() || /^type\s/.test(n.trim()))
      )
        continue;
      const specifier = m[2] ?? m[3] ?? m[4] ?? '';
      const next = resolveLocal(file, specifier);
      if (next) visit(next);
      else if (!specifier.startsWith('.')) seen.add(`package:${specifier}`);
    }
  };
  visit(resolve(ROOT, entry));
  return seen;
}

describe('the marketplace content script is a shell', () => {
  const modules = bundled(ENTRY);

  it('the walk finds the script and what it draws with (a walk that found nothing would pass anyway)', () => {
    expect(modules).toContain('entrypoints/marketplace.content/watch.ts');
    expect(modules).toContain('components/page-card/static-card.ts');
    expect(modules).toContain('lib/pages/search-offer-scripts.ts');
  });

  it('bundles no page reader, no label table and no zod', () => {
    // What it needs to tell the page's kind from its address (supplier-site.ts: a supplier's own subdomain),
    // and a search page's offer scripts from its cards (card-ta-badge.ts, labels/search.ts: the anchor key).
    const needed = new Set([
      'lib/pages/alibaba/supplier-site.ts',
      'lib/pages/alibaba/card-ta-badge.ts',
      'lib/pages/labels/search.ts',
    ]);
    const readers = [...modules].filter(
      (m) =>
        !needed.has(m) &&
        (m === 'lib/pages/read.ts' ||
          m === 'lib/pages/extract.ts' ||
          /^lib\/pages\/(alibaba|aliexpress|facts|labels|messages|sources)\//.test(m) ||
          /^lib\/(chat|spec)\//.test(m) ||
          m === 'package:zod' ||
          m.startsWith('package:zod/') ||
          m === 'lib/zod-jitless.ts'),
    );
    expect(readers).toEqual([]);
  });

  it('reaches the readers and the capture answers only through the files the background injects', () => {
    const source = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
    expect(source('entrypoints/marketplace.content/watch.ts')).toMatch(
      /loadInjected<PageReader>\('page-reader'\)/,
    );
    expect(source('entrypoints/marketplace.content/capture-responder.ts')).toMatch(
      /loadInjected<PageAnswers>\('page-answers'\)/,
    );
    expect(bundled('entrypoints/page-reader/index.ts')).toContain('lib/pages/read.ts');
    expect(bundled('entrypoints/page-answers/index.ts')).toContain(
      'entrypoints/page-answers/capture-answers.ts',
    );
  });
});
