import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

/**
 * What a built bundle holds, counted by the source module each byte of it came from (the bundle's source map):
 * the modules and folders that weigh most, raw bytes of minified output. Build with maps first:
 * `TRADEGUARD_SOURCEMAP=1 npx wxt build` (or with TRADEGUARD_TEST_BUILD=1), then
 * `npx tsx scripts/bench/bundle-contents.ts [bundle path, default .output/chrome-mv3/content-scripts/marketplace.js] [top N]`.
 */
const ROOT = resolve(import.meta.dirname, '../..');

/** node_modules/<package> (scoped too), or the repository folder two levels deep (lib/pages, components/page-card). */
function groupOf(source: string): string {
  const path = source.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, 'node_modules/');
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return `node_modules/${pkg[1]}`;
  return path.split('/').slice(0, 2).join('/');
}

export function bundleContents(file: string): { bySource: Map<string, number>; total: number } {
  const code = readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const bySource = new Map<string, number>();
  let counted = 0;
  // Each mapping owns the generated text up to the next mapping on its line (minified bundles are few lines).
  let previous: { line: number; column: number; source: string | null } | null = null;
  const close = (line: number, column: number) => {
    if (!previous) return;
    const end = line === previous.line ? column : (lines[previous.line - 1]?.length ?? previous.column);
    const bytes = Math.max(0, end - previous.column);
    const key = previous.source ?? '(no source: bundler glue)';
    bySource.set(key, (bySource.get(key) ?? 0) + bytes);
    counted += bytes;
  };
  map.eachMapping(
    (m) => {
      close(m.generatedLine, m.generatedColumn);
      previous = { line: m.generatedLine, column: m.generatedColumn, source: m.source };
    },
    undefined,
    SourceMapConsumer.GENERATED_ORDER,
  );
  if (previous) close(Number.POSITIVE_INFINITY, 0);
  const total = code.length;
  bySource.set('(unmapped)', Math.max(0, total - counted));
  return { bySource, total };
}

function main(file: string, top: number) {
  if (!existsSync(`${file}.map`)) throw new Error(`no ${file}.map: build with TRADEGUARD_SOURCEMAP=1 first`);
  const { bySource, total } = bundleContents(file);
  const gz = gzipSync(readFileSync(file)).length;
  console.log(`${file}: ${(total / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped`);
  const byGroup = new Map<string, number>();
  for (const [source, bytes] of bySource) {
    const group = groupOf(source);
    byGroup.set(group, (byGroup.get(group) ?? 0) + bytes);
  }
  const print = (title: string, rows: Map<string, number>) => {
    console.log(title);
    for (const [name, bytes] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(
        `  ${(bytes / 1024).toFixed(1).padStart(6)} KB  ${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${name}`,
      );
  };
  print('by folder or package:', byGroup);
  print(
    'by module:',
    new Map(
      [...bySource].map(([s, b]) => [
        s.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, 'node_modules/'),
        b,
      ]),
    ),
  );
}

if (import.meta.url === `file://${process.argv[1]}`)
  main(
    process.argv[2] ?? join(ROOT, '.output/chrome-mv3/content-scripts/marketplace.js'),
    Number(process.argv[3] ?? 25),
  );
