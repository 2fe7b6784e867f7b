import { BACKUP_JSON_PATH } from './backup-format';
import { VaultImportError } from './errors';
import { prepareHistoryHasher } from './history/append';
import { checkSlice } from './history/check-slice';
import type { Head } from './history/entry';
import type { HistoryProblem } from './history/problems';
import { IMPORT_LIMITS } from './limits';
import {
  HISTORY_PATH,
  MANIFEST_PATH,
  PACK_FORMAT,
  PACK_VERSION,
  type PackManifest,
  PackManifestSchema,
} from './pack-format';
import { checkPackFiles } from './verify-pack-files';
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

async function readText(zip: OpenedZip, path: string): Promise<unknown> {
  try {
    return await readJsonEntry(zip, path, IMPORT_LIMITS.packManifestBytes);
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
      maxBytes: IMPORT_LIMITS.packManifestBytes,
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
  const files = await checkPackFiles(zip, manifest);
  problems.push(...files.problems);
  const { checked, generated } = files;

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
