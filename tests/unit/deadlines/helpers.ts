import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeDeadlines } from '../../../lib/deadlines/compute';
import type {
  ComputedDeadline,
  DeadlineInput,
  DeadlineResult,
  PolicyPreset,
} from '../../../lib/deadlines/types';

export const FIXTURES = join(__dirname, '../../fixtures/deadlines');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function compute(
  input: DeadlineInput,
  now: string,
  timeZone = 'UTC',
  preset: PolicyPreset = 'seeds',
): DeadlineResult {
  return computeDeadlines(input, { now: new Date(now), timeZone, preset });
}

export function byId(result: DeadlineResult, id: string): ComputedDeadline {
  const found = result.deadlines.find((d) => d.id === id);
  if (!found) throw new Error(`no deadline ${id} in ${result.deadlines.map((d) => d.id).join(', ')}`);
  return found;
}
