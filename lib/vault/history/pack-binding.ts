import { canonicalJson } from './canonical-json';
import { EVENT_DATA, type EventData, type HistoryEntry, type HistoryEvent, jsonData } from './entry';
import type { TextHasher } from './hasher';
import type { HistoryProblem } from './problems';

/**
 * Binds what a reviewer reads in a dispute pack — report.html, dispute.md and
 * every statement of manifest.json (case, file titles, transcripts, notes,
 * the time it was made) — to the case's history: the export appends a
 * `pack-exported` entry carrying their SHA-256, and that entry is the pack's
 * head. The manifest cannot name its own hash, so its digest is taken over
 * the RFC 8785 canonical JSON of manifest.json without its "history" member
 * (which names the head, and is itself checked against history.json).
 */
export type PackExported = EventData<'pack-exported'>;

/** SHA-256 of the canonical JSON of the manifest (parsed) without its "history" member. */
export function manifestDigest(manifest: unknown, sha256: TextHasher): string {
  const { history: _history, ...rest } = manifest as Record<string, unknown>;
  return sha256(canonicalJson(jsonData(rest)));
}

export function recordDigest(record: unknown, sha256: TextHasher): string {
  return sha256(canonicalJson(jsonData(record)));
}

export function packExported(
  caseId: string,
  manifest: { generatedAt: string; files: readonly { path: string }[] },
  digests: { report: string; dispute?: string },
  sha256: TextHasher,
): HistoryEvent {
  return {
    type: 'pack-exported',
    caseId,
    data: {
      generatedAt: manifest.generatedAt,
      manifest: manifestDigest(manifest, sha256),
      report: digests.report,
      ...(digests.dispute && { dispute: digests.dispute }),
      records: Object.fromEntries(manifest.files.map((f) => [f.path, recordDigest(f, sha256)])),
    },
  };
}

export interface BindingInput {
  /** The slice's entries (parsed); the last one must be this pack's `pack-exported`. */
  entries: readonly HistoryEntry[];
  /** manifest.json as parsed JSON (not schema-parsed: a member added must count). */
  manifestRaw: unknown;
  /** SHA-256 of report.html and dispute.md as found in the ZIP (undefined: absent). */
  report: string | undefined;
  dispute: string | undefined;
  sha256: TextHasher;
}

export interface BindingCheck {
  /** False: the history has no entry for this pack (made before 2026-12, or that entry cut off). */
  bound: boolean;
  problems: HistoryProblem[];
}

/** Compares the pack's report, draft and manifest with the `pack-exported` entry at the case's head. */
export function checkPackBinding(input: BindingInput): BindingCheck {
  const last = input.entries.at(-1);
  if (last?.type !== 'pack-exported') return { bound: false, problems: [] };
  const parsed = EVENT_DATA['pack-exported'].safeParse(last.data);
  if (!parsed.success) return { bound: false, problems: [] };
  const data = parsed.data;
  const at = `entry #${last.seq} (pack made)`;
  const problems: HistoryProblem[] = [];
  const changed = (path: string, what: string): HistoryProblem => ({
    code: 'bytes-changed',
    path,
    seq: last.seq,
    message: `${what} was changed after the pack was made: it no longer matches the SHA-256 the history's ${at} recorded for it.`,
  });
  if (input.report !== data.report)
    problems.push(
      input.report === undefined
        ? {
            code: 'row-missing',
            path: 'report.html',
            seq: last.seq,
            message: `report.html is missing; the history's ${at} recorded it.`,
          }
        : changed('report.html', 'report.html'),
    );
  if (input.dispute !== data.dispute)
    problems.push(
      input.dispute === undefined
        ? {
            code: 'row-missing',
            path: 'dispute.md',
            seq: last.seq,
            message: `dispute.md (the dispute draft) was removed; the history's ${at} recorded it.`,
          }
        : data.dispute === undefined
          ? {
              code: 'row-unrecorded',
              path: 'dispute.md',
              seq: last.seq,
              message: `dispute.md was added after the pack was made: the history's ${at} records no dispute draft.`,
            }
          : changed('dispute.md', 'dispute.md (the dispute draft)'),
    );
  problems.push(...manifestProblems(input, data, last.seq, at));
  return { bound: true, problems };
}

function digestOr(value: () => string): string | null {
  try {
    return value();
  } catch {
    return null;
  }
}

/** The manifest against its digest; when it differs, each statement that changed is named. */
function manifestProblems(
  input: BindingInput,
  data: PackExported,
  seq: number,
  at: string,
): HistoryProblem[] {
  const manifest = (input.manifestRaw ?? {}) as Record<string, unknown>;
  if (digestOr(() => manifestDigest(manifest, input.sha256)) === data.manifest) return [];
  const problems: HistoryProblem[] = [];
  const where = (path: string, message: string): HistoryProblem => ({
    code: 'row-changed',
    path,
    seq,
    message,
  });
  if (manifest.generatedAt !== data.generatedAt)
    problems.push(
      where(
        'manifest.json',
        `manifest.json says the pack was made ${String(manifest.generatedAt)}; the history's ${at} says ${data.generatedAt}.`,
      ),
    );
  const files = Array.isArray(manifest.files) ? (manifest.files as Record<string, unknown>[]) : [];
  const seen = new Set<string>();
  for (const file of files) {
    const path = String(file.path);
    seen.add(path);
    const expected = data.records[path];
    if (!expected)
      problems.push(
        where(
          path,
          `manifest.json lists ${path}, which the history's ${at} does not: it was added after the pack was made.`,
        ),
      );
    else if (digestOr(() => recordDigest(file, input.sha256)) !== expected)
      problems.push(
        where(
          path,
          `manifest.json's record of ${path} (its title, transcript, note, source or another statement about it) was changed after the pack was made: it no longer matches the SHA-256 the history's ${at} recorded.`,
        ),
      );
  }
  for (const path of Object.keys(data.records))
    if (!seen.has(path))
      problems.push(
        where(path, `manifest.json no longer lists ${path}; the history's ${at} recorded it in the pack.`),
      );
  if (problems.length === 0)
    problems.push(
      where(
        'manifest.json',
        `manifest.json (its case or another member) was changed after the pack was made: it no longer matches the SHA-256 the history's ${at} recorded.`,
      ),
    );
  return problems;
}
