import { TextWriter } from '@zip.js/zip.js';
import { createHashingPassThrough } from './hash';
import type { HistoryProblem } from './history/problems';
import {
  DISPUTE_PATH,
  HISTORY_PATH,
  MANIFEST_PATH,
  type PackManifest,
  REPORT_PATH,
  SUMS_PATH,
} from './pack-format';
import type { OpenedZip } from './zip-read';

/**
 * The file half of verify-pack: every entry of the ZIP re-hashed once,
 * evidence against the hash the manifest recorded at capture, TradeGuard's
 * own files against the manifest and SHA256SUMS; entries added or removed
 * after the pack was made are named too.
 */
const GENERATED = [MANIFEST_PATH, REPORT_PATH, DISPUTE_PATH, HISTORY_PATH];

export interface PackFilesCheck {
  problems: HistoryProblem[];
  /** Evidence files re-hashed. */
  checked: number;
  /** Generated files re-hashed. */
  generated: string[];
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

export async function checkPackFiles(zip: OpenedZip, manifest: PackManifest): Promise<PackFilesCheck> {
  const problems: HistoryProblem[] = [];
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

  return { problems, checked, generated };
}
