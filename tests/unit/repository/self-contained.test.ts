import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The repository runs with nothing beside it: third-party material is found
 * only through scripts/shared-material.ts (TRADEGUARD_SHARED), never by a
 * relative path to the shared folder or by a path on one machine.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const THE_ONE_SETTING = 'scripts/shared-material.ts';
/** CI sets that setting (TRADEGUARD_SHARED) to the folder beside its checkout. */
const CI_SETS_IT = '.ci/run';

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !f.endsWith('.md') && !/\.(png|jpe?g|gif|webp|ico|zip|woff2?)$/.test(f))
    .filter(
      (f) => ![THE_ONE_SETTING, CI_SETS_IT, 'tests/unit/repository/self-contained.test.ts'].includes(f),
    );
}

// Built from parts so that this file does not match itself.
const SHARED_RELATIVE = new RegExp(`${['\\.\\.', 'shared'].join('/')}(?:/|['"\`\\s]|$)`, 'm');
const MACHINE_PATH = new RegExp(`(?:${['/work', '/home/', '/Users/', '/root/', 'C:\\\\Users'].join('|')})`);

describe('the repository is self-contained', () => {
  it('no tracked file reads the shared folder other than through the one setting', () => {
    const offenders = trackedFiles().filter((f) =>
      SHARED_RELATIVE.test(readFileSync(resolve(ROOT, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('no tracked file names a path on one machine', () => {
    const offenders = trackedFiles().filter((f) => {
      const text = readFileSync(resolve(ROOT, f), 'utf8');
      return (
        text
          .split('\n')
          // A web address may hold "/home/" ("…/home/supplier-relationships/…"): only paths outside URLs count.
          .map((line) => line.replace(/https?:\/\/\S+/g, ''))
          .some((line) => MACHINE_PATH.test(line) && !/\/work(?:ing|er|s|flow|book)/.test(line))
      );
    });
    expect(offenders).toEqual([]);
  });

  it('the setting defaults to the folder beside the repository and follows TRADEGUARD_SHARED', async () => {
    const { sharedSettingPath } = await import('../../../scripts/shared-material');
    const before = process.env.TRADEGUARD_SHARED;
    try {
      delete process.env.TRADEGUARD_SHARED;
      expect(sharedSettingPath()).toBe(resolve(ROOT, '..', 'shared'));
      process.env.TRADEGUARD_SHARED = '/nowhere/at/all';
      expect(sharedSettingPath()).toBe('/nowhere/at/all');
      process.env.TRADEGUARD_SHARED = 'relative/dir';
      expect(sharedSettingPath()).toBe(resolve(ROOT, 'relative/dir'));
    } finally {
      if (before === undefined) delete process.env.TRADEGUARD_SHARED;
      else process.env.TRADEGUARD_SHARED = before;
    }
  });
});
