import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { MARKETPLACE_MATCHES } from '../../lib/marketplaces';

const ROOT = resolve(import.meta.dirname, '../..');
const SHIPPED = ['chrome-mv3', 'firefox-mv2'].map((d) => join(ROOT, '.output', d));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

test.describe('what ships', () => {
  for (const dir of SHIPPED) {
    const name = dir.split('/').at(-1);
    test(`${name}: no built script contains a Unicode noncharacter (Chrome refuses to load the extension)`, () => {
      const bad = filesUnder(dir)
        .filter((f) => f.endsWith('.js'))
        .filter((f) => /[\uFFFE\uFFFF\uFDD0-\uFDEF]/.test(readFileSync(f, 'utf8')));
      expect(bad).toEqual([]);
    });

    test(`${name}: host access only to the marketplaces, and no <all_urls>`, () => {
      const m = manifest(dir);
      const hosts: string[] =
        m.host_permissions ?? m.permissions.filter((p: string) => p.includes('://') || p === '<all_urls>');
      expect(hosts.sort()).toEqual([...MARKETPLACE_MATCHES].sort());
      // Content scripts run only on marketplace hosts (the chat guard on a subset of them), over https only.
      const scripts: { matches: string[] }[] = m.content_scripts ?? [];
      const onMarketplace =
        /^https:\/\/([a-z0-9*-]+\.)*(alibaba\.com|aliexpress\.com|aliexpress\.us|aliexpress\.ru)\//;
      for (const cs of scripts) for (const match of cs.matches) expect(match).toMatch(onMarketplace);
      expect(JSON.stringify(m)).not.toContain('<all_urls>');
    });

    test(`${name}: asks only for the permissions the product needs`, () => {
      const m = manifest(dir);
      const api = (m.permissions as string[]).filter((p) => !p.includes('://'));
      const needed = [
        'storage',
        'unlimitedStorage',
        'alarms',
        'notifications',
        'sidePanel',
        'activeTab',
        'contextMenus',
        'scripting',
      ];
      // Firefox has no sidePanel permission (its sidebar needs none).
      for (const p of api) expect(needed, `unexpected permission ${p}`).toContain(p);
    });
  }

  test('the test-only build is the only one with <all_urls>', () => {
    const m = manifest(join(ROOT, '.output-test/chrome-mv3'));
    expect(m.host_permissions).toContain('<all_urls>');
  });
});
