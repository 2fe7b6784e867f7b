import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Third-party material — real pages other people saved, the seed articles on
 * Trade Assurance — is not ours to publish, so it never enters this
 * repository. The demo, the tests and the benchmarks find it through this one
 * setting and nowhere else (tests/unit/repository/self-contained.test.ts
 * fails on any other path to it).
 *
 *   TRADEGUARD_SHARED=/path/to/shared   (default: ../shared beside the repository)
 *
 * When the folder is absent, callers say so in one line and skip only what
 * needs it.
 */
export const SHARED_ENV = 'TRADEGUARD_SHARED';

const ROOT = resolve(import.meta.dirname, '..');

/** Where the setting points, whether or not anything is there. */
export function sharedSettingPath(): string {
  const set = process.env[SHARED_ENV];
  return set && set.trim() !== '' ? resolve(ROOT, set) : resolve(ROOT, '..', 'shared');
}

export interface SharedMaterial {
  dir: string;
  /** A real capture in <shared>/fixtures/real/, or null when that file is absent. */
  realCapture(file: string): string | null;
  /** A seed article in <shared>/seeds/, or null when absent. */
  seed(file: string): string | null;
  /** Any file under the shared folder, or null when absent. */
  file(...parts: string[]): string | null;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The shared folder, or null when the setting points nowhere. */
export function sharedMaterial(): SharedMaterial | null {
  const dir = sharedSettingPath();
  if (!isDir(dir)) return null;
  const file = (...parts: string[]) => {
    const path = join(dir, ...parts);
    return existsSync(path) ? path : null;
  };
  return {
    dir,
    file,
    realCapture: (name) => file('fixtures', 'real', name),
    seed: (name) => file('seeds', name),
  };
}

/** The one line printed when the material is absent. */
export function sharedAbsentNotice(what: string): string {
  return `${SHARED_ENV}: no shared material at ${sharedSettingPath()} — ${what} skipped (set ${SHARED_ENV} to the folder holding fixtures/real and seeds).`;
}
