// The command line words its findings in English from the bundled catalogs.
import '../i18n/bundled-catalogs';
import { z } from 'zod';
import { computeDeadlines } from '../deadlines/compute';
import { DeadlineInputSchema, type DeadlineResult, PolicyPresetSchema } from '../deadlines/types';
import { isValidTimeZone } from '../deadlines/zoned-time';

/**
 * Core of `tradeguard deadlines <timeline.json> [--now ISO] [--json]` (the
 * lead wires argv and file reading). Time zone: `opts.timeZone` when the
 * caller passes one (a --tz flag), else the file's "timeZone", else "UTC".
 */

const TimelineFileSchema = DeadlineInputSchema.extend({
  preset: PolicyPresetSchema.optional(),
  timeZone: z
    .string()
    .refine(isValidTimeZone, 'unknown time zone (use an IANA name such as Europe/Berlin)')
    .optional(),
});

export interface PublicDeadline {
  id: string;
  label: string;
  dueAt: string;
  basis: string;
  /** Seed file name or help page. */
  source: string;
  kind: string;
  status: string;
  whatToDo: string;
  stated: boolean;
  note?: string;
  overriddenBy?: string;
}

export interface PublicDeadlineResult {
  deadlines: PublicDeadline[];
  binding: string | null;
  notUnderstood: string[];
  pending: DeadlineResult['pending'];
  now: string;
  timeZone: string;
}

function oneLine(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid timeline file';
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  return `${path || '(top level)'}: ${issue.message}`;
}

export function runDeadlines(input: string, opts: { now: Date; timeZone?: string }): PublicDeadlineResult {
  let json: unknown;
  try {
    json = JSON.parse(input);
  } catch (e) {
    throw new Error(`timeline file is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = TimelineFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`Invalid timeline file: ${oneLine(parsed.error)}`);
  const { preset, timeZone: fileZone, ...order } = parsed.data;
  const timeZone = opts.timeZone ?? fileZone ?? 'UTC';
  if (!isValidTimeZone(timeZone)) throw new Error(`Invalid time zone: ${timeZone}`);
  const result = computeDeadlines(order, { now: opts.now, timeZone, preset });
  return {
    ...result,
    deadlines: result.deadlines.map(({ source, anchor: _anchor, quote: _quote, text: _text, ...d }) => ({
      ...d,
      source: source.ref,
    })),
    // The messages are for the extension's surfaces; the command line speaks English.
    pending: result.pending.map(({ text: _text, ...p }) => p),
  };
}

function timeLeft(dueAt: string, now: Date): string {
  const ms = Date.parse(dueAt) - now.getTime();
  const hours = Math.floor(Math.abs(ms) / 3_600_000);
  const span = `${Math.floor(hours / 24)}d ${hours % 24}h`;
  return ms >= 0 ? `${span} left` : `${span} ago`;
}

/** A readable summary: binding deadline first, then every date with days/hours left, then what was not understood. */
export function formatDeadlines(result: PublicDeadlineResult): string {
  const now = new Date(result.now);
  const lines: string[] = [`Deadlines (time zone ${result.timeZone}, now ${result.now})`];
  const binding = result.deadlines.find((d) => d.id === result.binding);
  lines.push(
    binding
      ? `BINDING: ${binding.label} — ${binding.dueAt} (${timeLeft(binding.dueAt, now)})\n  ${binding.whatToDo}`
      : 'BINDING: none open',
  );
  for (const d of result.deadlines) {
    const mark = d.id === result.binding ? '*' : d.status === 'open' ? '-' : ' ';
    const when = d.status === 'not-applicable' ? 'not applicable' : timeLeft(d.dueAt, now);
    lines.push(
      `${mark} [${d.id}] ${d.label}: ${d.dueAt} (${when}${d.kind === 'available-from' ? ', available from' : ''})`,
    );
    lines.push(`    basis: ${d.basis}`, `    source: ${d.source}`);
    if (d.note) lines.push(`    note: ${d.note}`);
  }
  for (const p of result.pending) lines.push(`  (later) [${p.id}] ${p.label}: ${p.why}`);
  for (const text of result.notUnderstood) lines.push(`  NOT UNDERSTOOD (check it yourself): "${text}"`);
  return lines.join('\n');
}
