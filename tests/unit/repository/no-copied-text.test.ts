import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { describeWithShared, shared } from '../../support/fixtures';

/**
 * Third-party text stays out of the repository: no tracked file repeats a run
 * of RUN words from the seed articles or the real captures (the shared
 * material). Fixtures are written in our own words, modelled on those pages;
 * markup, JSON keys and web addresses are structure, not text, and are left
 * out of the comparison. Found before: a product page copied byte for byte,
 * and tooltip sentences from a real capture inside one of our fixtures.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const RUN = 10;

/** Files allowed to quote the captures, and why. */
const MAY_QUOTE: Record<string, string> = {
  'tests/unit/pages/real-captures.test.ts':
    'checks extraction against product titles read from the real captures; runs only when they are present',
};

/** Human-language pieces of a file: text between tags and inside strings, without addresses. */
function pieces(source: string): string[][] {
  return source
    .replace(/\\\//g, '/')
    .replace(/(?:https?:)?\/\/[^\s"'<>)]+/g, '\n')
    .replace(/<[^>]*>/g, '\n')
    .replace(/\\n/g, '\n')
    .split(/["\n<>{}[\]|`]|\\"|&quot;/)
    .map((s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((words) => words.length >= RUN);
}

function sharedRuns(dir: string): Map<string, string> {
  const files = [
    ...readdirSync(join(dir, 'seeds')).map((f) => join(dir, 'seeds', f)),
    ...readdirSync(join(dir, 'fixtures', 'real'))
      .filter((f) => f !== 'README.md')
      .map((f) => join(dir, 'fixtures', 'real', f)),
  ];
  const runs = new Map<string, string>();
  for (const file of files)
    for (const words of pieces(readFileSync(file, 'utf8')))
      for (let i = 0; i + RUN <= words.length; i++) {
        const key = words.slice(i, i + RUN).join(' ');
        if (!runs.has(key)) runs.set(key, file.split('/').at(-1) ?? file);
      }
  return runs;
}

function trackedTextFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && f !== 'package-lock.json' && !/\.(png|jpe?g|gif|webp|ico|zip|woff2?)$/.test(f))
    .filter((f) => !(f in MAY_QUOTE));
}

describeWithShared('no tracked file copies text from the shared material', () => {
  it(`no run of ${RUN} words from the seed articles or the real captures`, () => {
    const runs = sharedRuns(shared!.dir);
    const copied: string[] = [];
    for (const file of trackedTextFiles()) {
      for (const words of pieces(readFileSync(join(ROOT, file), 'utf8'))) {
        for (let i = 0; i + RUN <= words.length; i++) {
          const source = runs.get(words.slice(i, i + RUN).join(' '));
          if (!source) continue;
          copied.push(`${file}: "${words.slice(i, i + RUN).join(' ')}…" (from ${source})`);
          break;
        }
      }
    }
    expect(copied).toEqual([]);
  }, 120_000);
});
