import type { z } from 'zod';
import { VaultWriteError } from './errors';
import type { VaultTableName } from './schema/rows';

/** A row that failed its schema when read back: shown to the user, never allowed to crash a list. */
export interface RowProblem {
  table: VaultTableName;
  key: string;
  issues: string;
}

export interface ParsedRows<T> {
  rows: T[];
  problems: RowProblem[];
}

function keyOf(raw: unknown, keyField: string): string {
  if (raw && typeof raw === 'object' && keyField in raw)
    return String((raw as Record<string, unknown>)[keyField]);
  return '(no key)';
}

export function issuesText(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; ');
}

/** safeParse on the way out: keeps valid rows, reports the others. */
export function parseRows<S extends z.ZodType>(
  table: VaultTableName,
  schema: S,
  raws: readonly unknown[],
  keyField = 'id',
): ParsedRows<z.infer<S>> {
  const rows: z.infer<S>[] = [];
  const problems: RowProblem[] = [];
  for (const raw of raws) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) rows.push(parsed.data);
    else problems.push({ table, key: keyOf(raw, keyField), issues: issuesText(parsed.error) });
  }
  return { rows, problems };
}

/** safeParse on the way in: nothing malformed is ever written. */
export function validRowOrThrow<S extends z.ZodType>(schema: S, row: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  throw new VaultWriteError(
    'invalid-input',
    `Nothing was saved: the ${what} is not valid (${issuesText(parsed.error)}).`,
    parsed.error,
  );
}
