import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';
import { ROOT } from './fixtures';

/**
 * Pages saved by strangers in public repositories are read where the repository snapshot was brought
 * (one bare git directory per repository, `<owner>+<name>/repo`), never copied here: they are not ours
 * to publish. The folder is TRADEGUARD_MIRROR, else a `.mirror` folder beside or above the checkout.
 * Without it, the blocks that need a page say so and are skipped.
 */
export const MIRROR_ENV = 'TRADEGUARD_MIRROR';

function mirrorDir(): string | null {
  const set = process.env[MIRROR_ENV];
  const candidates = set?.trim()
    ? [resolve(ROOT, set)]
    : [resolve(ROOT, '..', '.mirror'), resolve(ROOT, '..', '..', '.mirror')];
  return candidates.find((dir) => existsSync(dir)) ?? null;
}

export interface MirroredPage {
  repo: string;
  commit: string;
  path: string;
}

/** The page's text at that commit, or null when the snapshot or the commit is not here. */
export function readMirrored(page: MirroredPage): string | null {
  const dir = mirrorDir();
  const gitDir = dir ? join(dir, page.repo.replace('/', '+'), 'repo') : null;
  if (!gitDir || !existsSync(gitDir)) return null;
  try {
    return execFileSync('git', ['--git-dir', gitDir, 'show', `${page.commit}:${page.path}`], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
}

/**
 * A describe block over one mirrored page: skipped, with the reason in its name and one line on the
 * console, when the page cannot be read here.
 */
export function describeWithMirrored(name: string, page: MirroredPage, body: (html: string) => void): void {
  const html = readMirrored(page);
  if (html === null) {
    const why = `${page.repo} ${page.path} @${page.commit.slice(0, 7)} is not fetched here (set ${MIRROR_ENV})`;
    console.info(`skipped "${name}": ${why}`);
    describe.skip(name, () => {
      it(`needs the stranger's page: ${why}`, () => {});
    });
    return;
  }
  describe(name, () => body(html));
}
