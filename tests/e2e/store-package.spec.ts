import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';

/**
 * The packaged zips, read as the stores read them (no browser needed): what
 * `npm run zip` writes is what a buyer installs. The Chrome Web Store rejects
 * a description over 132 characters, a missing icon, remotely hosted code and
 * permissions the listing does not justify; README.md is where we justify them.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const zipPath = (browser: 'chrome' | 'firefox') =>
  join(ROOT, '.output', `${pkg.name}-${pkg.version}-${browser}.zip`);

type Zipped = Map<string, Uint8Array>;

async function unzip(path: string): Promise<Zipped> {
  const reader = new ZipReader(new Uint8ArrayReader(new Uint8Array(readFileSync(path))));
  const files: Zipped = new Map();
  for (const entry of await reader.getEntries()) {
    if (!entry.directory) files.set(entry.filename, await entry.getData(new Uint8ArrayWriter()));
  }
  await reader.close();
  return files;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The permissions README.md lists (its "Permissions" table), for one browser. */
function readmePermissions(browser: 'chrome' | 'firefox'): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /^## Permissions\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) => line.split('|')[1] ?? '')
    .filter((cell) => !(browser === 'firefox' && /Chrome only/i.test(cell)))
    .flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

/** Code that runs something not in the package, or turns text into code. */
const REMOTE_OR_EVAL: [string, RegExp][] = [
  ['<script src> from the web', /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i],
  ['import() of a web address', /\bimport\(\s*["'`](?:https?:)?\/\//],
  ['importScripts() of a web address', /\bimportScripts\(\s*["'`](?:https?:)?\/\//],
  ['eval()', /(?<![\w$.])eval\s*\(/],
  ['the Function constructor', /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]|=\s*Function\s*[,;)]/],
];

for (const browser of ['chrome', 'firefox'] as const) {
  test.describe(`${browser} store package (${pkg.name}-${pkg.version}-${browser}.zip)`, () => {
    let files: Zipped;
    let manifest: Record<string, unknown> & {
      icons?: Record<string, string>;
      permissions?: string[];
      host_permissions?: string[];
    };
    test.beforeAll(async () => {
      files = await unzip(zipPath(browser));
      manifest = JSON.parse(text(files.get('manifest.json') ?? new Uint8Array()));
    });

    test('name, the version from package.json, and a description the store accepts in every language', () => {
      // Name and description come from _locales/<lang>/messages.json ("__MSG_ext_name__"): each must fit.
      const locales = [...files.keys()].filter((f) => /^_locales\/[^/]+\/messages\.json$/.test(f));
      expect(locales.length, 'the five languages ship').toBeGreaterThanOrEqual(5);
      const say = (file: string, value: unknown) => {
        const key = /^__MSG_(\w+)__$/.exec(String(value))?.[1];
        return key ? JSON.parse(text(files.get(file)!))[key]?.message : value;
      };
      expect(say('_locales/en/messages.json', manifest.name)).toBe('TradeGuard');
      for (const file of locales) {
        expect(typeof say(file, manifest.description), file).toBe('string');
        expect((say(file, manifest.description) as string).length, file).toBeLessThanOrEqual(132);
      }
      expect(manifest.version).toBe(pkg.version);
      expect(String(manifest.version)).toMatch(/^\d+(\.\d+){0,3}$/);
      expect(manifest.manifest_version).toBe(browser === 'chrome' ? 3 : 2);
    });

    test('icons 16, 32, 48 and 128 are in the zip, each a PNG of its size', () => {
      for (const size of [16, 32, 48, 128]) {
        const path = manifest.icons?.[String(size)];
        expect(path, `icon ${size} declared`).toBeTruthy();
        const bytes = files.get(path!.replace(/^\//, ''));
        expect(bytes, `${path} in the zip`).toBeDefined();
        expect(pngSize(bytes!), path).toEqual({ width: size, height: size });
      }
    });

    test('no remotely hosted code and no eval in any script or page', () => {
      const found: string[] = [];
      for (const [name, bytes] of files) {
        if (!/\.(js|mjs|html)$/.test(name)) continue;
        const source = text(bytes);
        for (const [what, pattern] of REMOTE_OR_EVAL)
          if (pattern.test(source)) found.push(`${name}: ${what}`);
      }
      expect(found).toEqual([]);
      // The page policy allows scripts from the package only (WebAssembly for hashing evidence).
      const csp = JSON.stringify(manifest.content_security_policy);
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'|'unsafe-inline'/);
    });

    test('the licences of the bundled libraries travel with it', () => {
      const notices = text(files.get('third-party-licenses.txt') ?? new Uint8Array());
      const headers = notices.split('\n').filter((line) => /^\S+ \d+\.\d+\.\d+ \(/.test(line));
      for (const library of [
        'react-dom',
        'zod',
        'dexie',
        '@zip.js/zip.js',
        'hash-wasm',
        'date-fns',
        'unhomoglyph',
      ])
        expect(
          headers.some((h) => h.startsWith(`${library} `)),
          library,
        ).toBe(true);
      expect(notices).toContain('Permission is hereby granted'); // MIT's text, not just its name
    });

    test('permissions exactly as README.md lists them', () => {
      const asked = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
      expect(asked.sort()).toEqual(readmePermissions(browser).sort());
    });
  });
}

test('Chrome gets no Firefox-only manifest keys; Firefox gets its id and "collects nothing"', async () => {
  const chrome = JSON.parse(text((await unzip(zipPath('chrome'))).get('manifest.json')!));
  const firefox = JSON.parse(text((await unzip(zipPath('firefox'))).get('manifest.json')!));
  expect(chrome.browser_specific_settings).toBeUndefined();
  expect(firefox.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
  expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
});

test('the privacy policy ships inside both packages, readable with no network', async () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    const files = await unzip(zipPath(browser));
    expect(files.has('privacy.html'), browser).toBe(true);
    const bundled = [...files].some(
      ([name, bytes]) => name.endsWith('.js') && text(bytes).includes('Nothing leaves your computer'),
    );
    expect(bundled, `${browser}: the policy text is bundled`).toBe(true);
  }
});
