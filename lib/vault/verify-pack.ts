import { TextWriter } from '@zip.js/zip.js';
import { BACKUP_JSON_PATH } from './backup-format';
import { VaultImportError } from './errors';
import { createHashingPassThrough } from './hash';
import { prepareHistoryHasher } from './history/append';
import { checkSlice } from './history/check-slice';
import type { Head } from './history/entry';
import type { HistoryProblem } from './history/problems';
import {
  DISPUTE_PATH,
  HISTORY_PATH,
  MANIFEST_PATH,
  PACK_FORMAT,
  PACK_VERSION,
  type PackManifest,
  PackManifestSchema,
  REPORT_PATH,
  SUMS_PATH,
} from './pack-format';
import { type OpenedZip, openZip, readJsonEntry, readManifest } from './zip-read';

/**
 * What a reviewer runs on a dispute pack they received: every file re-hashed
 * (evidence against the hash taken at capture, generated files against
 * SHA256SUMS), the case's history re-hashed and followed link by link, and
 * the files compared with what the history says the case holds. Reads the
 * pack only; every problem names the file or the entry it is in.
 */
export type PackStatus = 'intact' | 'tampered' | 'unreadable';

export interface PackVerdict {
  status: PackStatus;
  case: PackManifest['case'] | null;
  generatedAt: string | null;
  /** Evidence files re-hashed, of those the manifest lists. */
  evidence: { checked: number; listed: number };
  /** Generated files (manifest, report, dispute.md, history.json) checked against SHA256SUMS. */
  generated: string[];
  history: { entries: number; caseHead: Head | null; vaultHead: Head | null } | null;
  problems: HistoryProblem[];
  /** Things a reviewer should know that are not tampering (an older pack without history). */
  notes: string[];
}

export interface VerifyPackOptions {
  /** A head written down earlier (from a previous report): it must still be in the history. */
  expectHead?: { seq?: number; hash: string };
}

const GENERATED = [MANIFEST_PATH, REPORT_PATH, DISPUTE_PATH, HISTORY_PATH];

function verdict(partial: Partial<PackVerdict> & Pick<PackVerdict, 'status'>): PackVerdict {
  return {
    case: null,
    generatedAt: null,
    evidence: { checked: 0, listed: 0 },
    generated: [],
    history: null,
    problems: [],
    notes: [],
    ...partial,
  };
}

/** "sha256sum" lines: "<64 hex>  <path>" or "<64 hex> *<path>"; anything else is a problem. */
function parseSums(text: string, problems: HistoryProblem[]): Map<string, string> {
  const sums = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (!line) return;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) {
      problems.push({
        code: 'unreadable',
        path: SUMS_PATH,
        message: `${SUMS_PATH} line ${i + 1} is not a "hash  path" line.`,
      });
      return;
    }
    sums.set(m[2]!, m[1]!);
  });
  return sums;
}

async function hashEntry(zip: OpenedZip, path: string): Promise<{ sha256: string; size: number } | Error> {
  const entry = zip.files.get(path)!;
  const hashing = await createHashingPassThrough();
  const drained = hashing.stream.readable.pipeTo(new WritableStream()).catch(() => undefined);
  try {
    await entry.getData(hashing.stream.writable);
    await drained;
    return hashing.result();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

async function readText(zip: OpenedZip, path: string): Promise<unknown> {
  try {
    return await readJsonEntry(zip, path);
  } catch {
    return null;
  }
}

export async function verifyPack(blob: Blob, options: VerifyPackOptions = {}): Promise<PackVerdict> {
  let zip: OpenedZip;
  try {
    zip = await openZip(blob, 'TradeGuard dispute pack');
  } catch {
    return verdict({
      status: 'unreadable',
      notes: ['This file is not a ZIP archive, or it is damaged beyond reading.'],
    });
  }
  try {
    return await verifyOpened(zip, options);
  } finally {
    await zip.reader.close().catch(() => {});
  }
}

async function verifyOpened(zip: OpenedZip, options: VerifyPackOptions): Promise<PackVerdict> {
  let manifest: PackManifest;
  try {
    manifest = await readManifest(zip, {
      path: MANIFEST_PATH,
      what: 'dispute pack',
      short: 'pack',
      format: PACK_FORMAT,
      version: PACK_VERSION,
      schema: PackManifestSchema,
      otherPath: BACKUP_JSON_PATH,
      otherHint: 'It is a whole-vault backup, not a dispute pack.',
    });
  } catch (error) {
    const reason = error instanceof VaultImportError ? error.reason : 'invalid-manifest';
    const message = (error instanceof Error ? error.message : String(error)).replace(
      / Nothing was imported\.$/,
      '',
    );
    if (reason === 'invalid-manifest')
      return verdict({
        status: 'tampered',
        problems: [{ code: 'unreadable', path: MANIFEST_PATH, message }],
      });
    return verdict({ status: 'unreadable', notes: [message] });
  }
  const problems: HistoryProblem[] = [];
  const notes: string[] = [];
  const sumsText = zip.files.has(SUMS_PATH) ? await textOf(zip, SUMS_PATH) : null;
  const sums = sumsText === null ? null : parseSums(sumsText, problems);
  if (!sums && manifest.history) {
    problems.push({
      code: 'row-missing',
      path: SUMS_PATH,
      message: `${SUMS_PATH} is missing: the manifest says this pack was made with one.`,
    });
  }
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  let checked = 0;
  const generated: string[] = [];
  for (const path of [...zip.files.keys()].sort()) {
    if (path === SUMS_PATH) continue;
    const file = listed.get(path);
    const known = file || GENERATED.includes(path) || sums?.has(path);
    if (!known) {
      problems.push({
        code: 'row-unrecorded',
        path,
        message: `${path} is in the ZIP but no list of the pack names it: it was added after the pack was made.`,
      });
      continue;
    }
    const actual = await hashEntry(zip, path);
    if (actual instanceof Error) {
      problems.push({
        code: 'bytes-changed',
        path,
        message: `${path} is damaged and cannot be read (${actual.message}).`,
      });
      continue;
    }
    if (file) {
      checked++;
      if (actual.sha256 !== file.sha256 || actual.size !== file.size)
        problems.push({
          code: 'bytes-changed',
          path,
          message: `${path} was changed: its SHA-256 is ${actual.sha256} (${actual.size} bytes); the manifest, written with the hash taken at capture (${file.capturedAt}), says ${file.sha256} (${file.size} bytes).`,
        });
    } else generated.push(path);
    const ref =
      path === DISPUTE_PATH ? manifest.dispute : path === HISTORY_PATH ? manifest.history : undefined;
    if (ref && ref.sha256 !== actual.sha256)
      problems.push({
        code: 'bytes-changed',
        path,
        message: `${path} was changed: its SHA-256 is ${actual.sha256}; the manifest says ${ref.sha256}.`,
      });
    problems.push(...sumsProblem(path, actual.sha256, sums, file?.sha256 ?? ref?.sha256));
  }
  for (const path of listed.keys())
    if (!zip.files.has(path))
      problems.push({
        code: 'row-missing',
        path,
        message: `${path} is listed in the manifest but missing from the ZIP: it was removed.`,
      });
  for (const path of sums?.keys() ?? [])
    if (!zip.files.has(path))
      problems.push({
        code: 'row-missing',
        path,
        message: `${path} is listed in ${SUMS_PATH} but missing from the ZIP: it was removed.`,
      });
  if (manifest.dispute && !zip.files.has(DISPUTE_PATH))
    problems.push({
      code: 'row-missing',
      path: DISPUTE_PATH,
      message: `${DISPUTE_PATH} is named in the manifest but missing.`,
    });

  let history: PackVerdict['history'] = null;
  if (manifest.history) {
    const raw = zip.files.has(HISTORY_PATH) ? await readText(zip, HISTORY_PATH) : undefined;
    if (raw === undefined) {
      problems.push({
        code: 'row-missing',
        path: HISTORY_PATH,
        message: `${HISTORY_PATH} is named in the manifest but missing: the history was removed.`,
      });
    } else {
      const sha256 = await prepareHistoryHasher();
      const check = checkSlice({
        raw,
        caseId: manifest.case.id,
        ref: manifest.history,
        files: manifest.files,
        sha256,
      });
      problems.push(...check.problems);
      history = {
        entries: check.entries,
        caseHead: manifest.history.caseHead,
        vaultHead: manifest.history.vaultHead,
      };
      if (options.expectHead) problems.push(...expectedHead(raw, options.expectHead));
    }
  } else {
    notes.push(
      'This pack carries no history (it was made before TradeGuard kept one): its files are checked against the manifest, but nothing shows whether files were removed before it was made.',
    );
  }
  return verdict({
    status: problems.length ? 'tampered' : 'intact',
    case: manifest.case,
    generatedAt: manifest.generatedAt,
    evidence: { checked, listed: manifest.files.length },
    generated,
    history,
    problems,
    notes,
  });
}

/**
 * SHA256SUMS against the bytes. When the manifest also names the file's hash
 * and agrees with the bytes, it is SHA256SUMS that was edited; a file that
 * differs from the manifest is reported once, above.
 */
function sumsProblem(
  path: string,
  actual: string,
  sums: ReadonlyMap<string, string> | null,
  manifestHash: string | undefined,
): HistoryProblem[] {
  if (!sums) return [];
  const expected = sums.get(path);
  if (!expected)
    return [
      {
        code: 'row-unrecorded',
        path,
        message: `${path} is not listed in ${SUMS_PATH}: it was added after the pack was made.`,
      },
    ];
  if (expected === actual || (manifestHash !== undefined && manifestHash !== actual)) return [];
  if (manifestHash === actual)
    return [
      {
        code: 'bytes-changed',
        path: SUMS_PATH,
        message: `${SUMS_PATH} was edited: it says ${path} hashes to ${expected}, but the file and the manifest agree on ${actual}.`,
      },
    ];
  return [
    {
      code: 'bytes-changed',
      path,
      message: `${path} was changed after the pack was made: its SHA-256 is ${actual}; ${SUMS_PATH} says ${expected}.`,
    },
  ];
}

async function textOf(zip: OpenedZip, path: string): Promise<string | null> {
  try {
    return await zip.files.get(path)!.getData(new TextWriter());
  } catch {
    return null;
  }
}

function expectedHead(raw: unknown, expect: { seq?: number; hash: string }): HistoryProblem[] {
  const entries = (raw as { entries?: { seq?: unknown; hash?: unknown }[] }).entries ?? [];
  const hit = entries.find(
    (e) => e.hash === expect.hash && (expect.seq === undefined || e.seq === expect.seq),
  );
  return hit
    ? []
    : [
        {
          code: 'head-mismatch',
          path: HISTORY_PATH,
          message: `The head you expected (${expect.seq ? `entry #${expect.seq}, ` : ''}${expect.hash}) is not in this pack's history: the history was rewritten after that head was recorded.`,
        },
      ];
}
