import { z } from 'zod';
import { HeadSchema } from './history/entry';
import { MimeTypeSchema } from './mime';
import {
  CaptureMethodSchema,
  CaseRowSchema,
  EvidenceKindSchema,
  ImportedFromSchema,
  type ItemRow,
  ThumbnailSchema,
  TranscriptLineSchema,
} from './schema/rows';

/**
 * The dispute pack: a ZIP with `files/<NN>-<kind>-<name>` (the exact stored
 * bytes), `manifest.json` (what each file is and its SHA-256), `report.html`,
 * `history.json` (the case's slice of the vault's hash-chained history),
 * `dispute.md` (the dispute draft, when the buyer made one) and `SHA256SUMS`
 * (every other file's SHA-256, for `sha256sum -c`). The format id and version
 * let an import refuse anything else; the last three were added in 2026-12
 * as optional members, so older TradeGuards still read newer packs.
 */
export const PACK_FORMAT = 'tradeguard-dispute-pack';
export const PACK_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const REPORT_PATH = 'report.html';
export const HISTORY_PATH = 'history.json';
export const DISPUTE_PATH = 'dispute.md';
export const SUMS_PATH = 'SHA256SUMS';
/** Files TradeGuard writes beside the evidence: never "unlisted" in an import. */
export const GENERATED_PATHS: readonly string[] = [
  MANIFEST_PATH,
  REPORT_PATH,
  HISTORY_PATH,
  DISPUTE_PATH,
  SUMS_PATH,
];

export const PackFileSchema = z.object({
  path: z.string().regex(/^files\/[^/\\]+$/, 'a path under files/'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  mimeType: MimeTypeSchema,
  kind: EvidenceKindSchema,
  captureMethod: CaptureMethodSchema,
  capturedAt: z.string(),
  sourceUrl: z.string(),
  sourceTitle: z.string(),
  fileName: z.string(),
  note: z.string(),
  tags: z.array(z.string()),
  thumbnail: ThumbnailSchema.optional(),
  transcript: z.array(TranscriptLineSchema).optional(),
  partOf: z.string().optional(),
  /** The vault item's id, which the history names (absent in packs made before 2026-12). */
  itemId: z.string().optional(),
  /** Kept on re-export, so a pack passed on still says its files were imported once. */
  imported: ImportedFromSchema.optional(),
});
export type PackFile = z.infer<typeof PackFileSchema>;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const PackHistoryRefSchema = z.object({
  path: z.literal(HISTORY_PATH),
  sha256: Sha256,
  entries: z.number().int().nonnegative(),
  /** The case's last entry: what a reviewer writes down to check a later pack against. */
  caseHead: HeadSchema.nullable(),
  /** The whole vault's last entry when the pack was made. */
  vaultHead: HeadSchema.nullable(),
});
export type PackHistoryRef = z.infer<typeof PackHistoryRefSchema>;

export const PackManifestSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.number().int().positive(),
  generatedAt: z.string(),
  generator: z.string(),
  /** The language report.html (and dispute.md) were written in, as a BCP 47 tag; absent in packs before it was recorded. */
  language: z.string().max(35).optional(),
  case: CaseRowSchema.omit({ updatedAt: true }),
  files: z.array(PackFileSchema),
  history: PackHistoryRefSchema.optional(),
  dispute: z.object({ path: z.literal(DISPUTE_PATH), sha256: Sha256 }).optional(),
});
export type PackManifest = z.infer<typeof PackManifestSchema>;

/** Just enough to tell "not ours" from "ours but newer" before the full parse. */
export function formatHeader(raw: unknown): { format: unknown; version: unknown } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { format: undefined, version: undefined };
  const record = raw as Record<string, unknown>;
  return { format: record.format, version: record.version };
}

export function packFileOf(item: ItemRow, path: string): PackFile {
  return {
    path,
    sha256: item.sha256,
    size: item.size,
    mimeType: item.mimeType,
    kind: item.kind,
    captureMethod: item.captureMethod,
    capturedAt: item.capturedAt,
    sourceUrl: item.sourceUrl,
    sourceTitle: item.sourceTitle,
    fileName: item.fileName,
    note: item.note,
    tags: item.tags,
    ...(item.thumbnail && { thumbnail: item.thumbnail }),
    ...(item.transcript && { transcript: item.transcript }),
    ...(item.partOf && { partOf: item.partOf }),
    itemId: item.id,
    ...(item.imported && { imported: item.imported }),
  };
}

const EXTENSION_BY_MIME: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
  'image/gif': '.gif',
  'application/pdf': '.pdf',
  'text/html': '.html',
  'multipart/related': '.mhtml',
  'text/plain': '.txt',
  'application/json': '.json',
  'video/mp4': '.mp4',
  'video/webm': '.webm',
  'audio/mpeg': '.mp3',
};

/** Other spellings of the same type's extension, accepted as they are. */
const SAME_TYPE: Record<string, string> = {
  '.jpeg': '.jpg',
  '.htm': '.html',
  '.mht': '.mhtml',
  '.text': '.txt',
};

// Control and format characters (Cf holds the bidi overrides that can disguise
// "gpj.exe" as "exe.jpg", and zero-width marks), half characters (a lone surrogate, which no ZIP name or
// canonical JSON can hold), path separators, characters Windows refuses.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}/\\:*?"<>|]/gu;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
const MAX_NAME = 80;

/** A file name any OS and unzip tool accepts, keeping the extension; derived from the MIME type when absent. */
export function safeFileName(name: string, mimeType: string, fallback: string): string {
  let safe = name.normalize('NFKC').replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();
  safe = safe.replace(/^[.\s]+|[.\s]+$/g, '');
  const mimeExt = EXTENSION_BY_MIME[mimeType.split(';')[0]!.trim().toLowerCase()] ?? '';
  const nameExt = /\.[A-Za-z0-9]{1,8}$/.exec(safe)?.[0].toLowerCase() ?? '';
  if (!safe) safe = fallback + mimeExt;
  // The extension must say what the bytes are: "invoice.pdf.exe" holding a PNG becomes "invoice.pdf.exe.png".
  else if (mimeExt && nameExt !== mimeExt && SAME_TYPE[nameExt] !== mimeExt) safe += mimeExt;
  if (WINDOWS_RESERVED.test(safe)) safe = `_${safe}`;
  if (safe.length > MAX_NAME) {
    const ext = /\.[A-Za-z0-9]{1,8}$/.exec(safe)?.[0] ?? '';
    let cut = MAX_NAME - ext.length;
    // Never cut between the two halves of an emoji (or any character beyond the BMP).
    if (/[\uD800-\uDBFF]/.test(safe.charAt(cut - 1))) cut--;
    safe = safe.slice(0, cut) + ext;
  }
  return safe;
}

/** `files/07-inspection-report.pdf`: numbered so names never collide and the order matches the report. */
export function packPath(
  index: number,
  total: number,
  item: Pick<ItemRow, 'kind' | 'fileName' | 'mimeType'>,
): string {
  const number = String(index + 1).padStart(Math.max(2, String(total).length), '0');
  return `files/${number}-${item.kind}-${safeFileName(item.fileName, item.mimeType, item.kind)}`;
}

/** Text-like files shrink a lot; images and videos are already compressed, so they are stored as they are. */
export function compressionLevelFor(mimeType: string): number {
  return /^(text\/|application\/(json|xml)|multipart\/related|image\/svg\+xml)/i.test(mimeType) ? 6 : 0;
}
