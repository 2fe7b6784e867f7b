import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Reads a file from tests/fixtures/chat/. */
export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'chat');
export const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
export const fixtureJson = <T>(name: string) => JSON.parse(fixtureText(name)) as T;
export const fixtureLines = <T>(name: string) =>
  fixtureText(name)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.jsonl?$/.test(name) ? [path] : [];
  });
}

/** Every string held under a "text" key, at any depth (messages, conversations, cases). */
function textsIn(value: unknown, out: string[]): void {
  if (Array.isArray(value)) for (const v of value) textsIn(v, out);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === 'text' && typeof v === 'string') out.push(v);
      else textsIn(v, out);
    }
}

/**
 * Every distinct message text of every chat fixture (corpora, real-modelled sets, held-aside thirds, case files):
 * the material the shortcut tests (gates, required literals, start places) prove themselves on.
 */
export function allFixtureTexts(): string[] {
  const texts: string[] = [];
  for (const path of filesUnder(FIXTURES)) {
    const raw = fixtureText(relative(FIXTURES, path));
    if (path.endsWith('.jsonl'))
      for (const line of raw.split('\n')) {
        if (line.trim()) textsIn(JSON.parse(line), texts);
      }
    else textsIn(JSON.parse(raw), texts);
  }
  return [...new Set(texts)];
}
