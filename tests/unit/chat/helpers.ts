import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a file from tests/fixtures/chat/. */
export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'chat');
export const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
export const fixtureJson = <T>(name: string) => JSON.parse(fixtureText(name)) as T;
export const fixtureLines = <T>(name: string) =>
  fixtureText(name)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
