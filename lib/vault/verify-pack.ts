import { BACKUP_JSON_PATH } from './backup-format';
import { VaultImportError } from './errors';
import { prepareHistoryHasher } from './history/append';
import { checkSlice } from './history/check-slice';
import type { Head } from './history/entry';
import { checkPackBinding } from './history/pack-binding';
import type { HistoryProblem } from './history/problems';
import { IMPORT_LIMITS } from './limits';
import {
  DISPUTE_PATH,
  HISTORY_PATH,
  MANIFEST_PATH,
  PACK_FORMAT,
  PACK_VERSION,
  type PackManifest,
  PackManifestSchema,
  REPORT_PATH,
} from './pack-format';
import { checkPackFiles } from './verify-pack-files';
import { type OpenedZip, openZip, readJsonEntry, readManifest } from './zip-read';

/**
 * What a reviewer runs on a dispute pack they received: every file re-hashed
 * (evidence against the hash taken at capture, generated files against
 * SHA256SUMS), the case's history re-hashed and followed link by link, and
 * the files compared with what the history says the case holds. Reads the
 * pack only; every problem names the file or the entry it is in.
 *
 * "intact" is said only when the history vouches for the pack — its last
 * entry, "pack made", records the SHA-256 of report.html, dispute.md and the
 * manifest's statements. A pack that carries no history, or whose history
 * does not record the pack (made before 2026-12, or stripped), is
 * "unverifiable", never intact — removing the history must not buy a cleaner
 * verdict than keeping it.
 */
export type PackStatus = 'intact' | 'tampered' | 'unverifiable' | 'unreadable';

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
  } catch (error) {
    const said =
      error instanceof VaultImportError ? error.message.replace(/ Nothing was imported\.$/, '') : '';
    return verdict({
      status: 'unreadable',
      notes: [
        said.includes('cannot be trusted')
          ? said
          : 'This file is not a ZIP archive, or it is damaged beyond reading.',
      ],
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
  let bound = false;
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
        theCase: manifest.case,
      });
      problems.push(...check.problems);
      const binding = checkPackBinding({
        entries: check.parsed,
        manifestRaw: await readText(zip, MANIFEST_PATH),
        report: files.digests.get(REPORT_PATH),
        dispute: files.digests.get(DISPUTE_PATH),
        sha256,
      });
      // A file already named (against the manifest or SHA256SUMS) is not named twice.
      const named = new Set(problems.map((p) => p.path));
      problems.push(...binding.problems.filter((p) => !named.has(p.path)));
      bound = binding.bound;
      if (!bound) notes.push(UNBOUND_NOTE);
      history = {
        entries: check.entries,
        caseHead: manifest.history.caseHead,
        vaultHead: manifest.history.vaultHead,
      };
      if (options.expectHead) problems.push(...expectedHead(raw, options.expectHead));
    }
  } else {
    problems.push(...withoutHistory(zip, options));
    notes.push(NO_HISTORY_NOTE);
  }
  return verdict({
    status: problems.length ? 'tampered' : bound ? 'intact' : 'unverifiable',
    case: manifest.case,
    generatedAt: manifest.generatedAt,
    evidence: { checked, listed: manifest.files.length },
    generated,
    history,
    problems,
    notes,
  });
}

export const UNBOUND_NOTE =
  'Unverifiable: the history in this pack does not record the pack itself (its last entry is not "pack made"). ' +
  'It was made before TradeGuard recorded its packs (before 2026-12), or that entry was cut off. The evidence files and their history check out, ' +
  "but report.html, dispute.md and the manifest's descriptions (titles, transcripts) are vouched for only by SHA256SUMS, which anyone can rewrite.";

export const NO_HISTORY_NOTE =
  'Unverifiable: this pack carries no history. Either it was made before TradeGuard kept one (before 2026-12), or its history was removed. ' +
  'Its evidence files match the hashes its manifest states, but the manifest, report.html and SHA256SUMS can all be rewritten together, ' +
  'so nothing shows that the files, notes and amounts are the ones the buyer captured. Ask the buyer for a pack made by a current TradeGuard, ' +
  'and check it with --expect-head against the head the buyer noted.';

/** A pack without a history reference: a history file left behind, or a head the reviewer expects, give the removal away. */
function withoutHistory(zip: OpenedZip, options: VerifyPackOptions): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  if (zip.files.has(HISTORY_PATH))
    problems.push({
      code: 'row-unrecorded',
      path: HISTORY_PATH,
      message: `${HISTORY_PATH} is in the pack but the manifest no longer names it: the manifest was edited to drop the history.`,
    });
  if (options.expectHead)
    problems.push({
      code: 'head-mismatch',
      path: HISTORY_PATH,
      message: `The head you expected (${options.expectHead.seq ? `entry #${options.expectHead.seq}, ` : ''}${options.expectHead.hash}) cannot be in this pack: it carries no history. A pack made after that head was recorded always carries it, so the history was removed.`,
    });
  return problems;
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
