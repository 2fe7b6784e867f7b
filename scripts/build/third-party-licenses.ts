import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The packages we ship carry licences (MIT, BSD-3-Clause, Apache-2.0, ISC)
 * that ask for their notices to travel with every copy; minifying drops the
 * comments, so the build writes them into third-party-licenses.txt beside the
 * manifest. The list is what the bundler actually put in, not everything
 * installed.
 */
const PACKAGE_IN_PATH = /node_modules\/((?:@[^/]+\/)?[^/]+)\//g;

/**
 * Packages whose data, not code, a generator compiles into lib/, so the bundler never sees them; their
 * notices travel all the same. unhomoglyph: lib/chat/latin-look-alikes.ts (scripts/chat-corpus/look-alikes.ts).
 */
const DERIVED_DATA = ['unhomoglyph'];

export function thirdPartyLicenses() {
  const require = createRequire(import.meta.url);
  const bundled = new Set<string>(
    DERIVED_DATA.map((name) => dirname(require.resolve(`${name}/package.json`))),
  );
  const plugin: Plugin = {
    name: 'tradeguard:third-party-licenses',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of Object.keys(output.modules)) {
          // The innermost node_modules folder names the package (nested copies included).
          const path = id.replace(/\\/g, '/');
          const last = [...path.matchAll(PACKAGE_IN_PATH)].at(-1);
          if (last) bundled.add(path.slice(0, last.index + last[0].length - 1));
        }
      }
    },
  };
  const write = (outDir: string) => writeFileSync(join(outDir, 'third-party-licenses.txt'), notices(bundled));
  return { plugin, write };
}

function notices(packageDirs: Set<string>): string {
  const sections = [...packageDirs]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        license?: string;
      };
      const file = existsSync(dir)
        ? readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f))
        : null;
      const text = file
        ? readFileSync(join(dir, file), 'utf8').trim()
        : `License: ${pkg.license ?? 'see package'}`;
      return { name: pkg.name, header: `${pkg.name} ${pkg.version} (${pkg.license ?? 'unknown'})`, text };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const unique = sections.filter((s, i) => sections.findIndex((t) => t.header === s.header) === i);
  return [
    'TradeGuard is released under the MIT licence (LICENSE in its source).',
    'It includes the following third-party software, whose licences and notices follow.',
    'The source code of each is published, unmodified, on the npm registry under the name and version given.',
    ...unique.map((s) => `${'='.repeat(78)}\n${s.header}\n${'='.repeat(78)}\n${s.text}`),
  ].join('\n\n');
}
