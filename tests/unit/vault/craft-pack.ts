import { createHash } from 'node:crypto';
import { BlobWriter, TextReader, Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js';

/**
 * Builds a dispute pack by hand, the way someone who wants to hurt the buyer
 * would: any manifest, any bytes, any compression. Hashes are right unless the
 * caller says otherwise, so only the attack under test is wrong.
 */
export interface CraftedFile {
  name: string;
  bytes: Uint8Array;
  mimeType?: string;
  /** Overrides for the manifest entry (capture method, time, declared size…). */
  meta?: Record<string, unknown>;
  /** Deflate level in the ZIP (9 makes a bomb small). */
  level?: number;
}

export interface CraftedCase {
  id?: string;
  kind?: 'order' | 'supplier';
  orderId?: string;
  title?: string;
}

export function manifestFor(
  files: CraftedFile[],
  theCase: CraftedCase = {},
  extra: Record<string, unknown> = {},
) {
  return {
    format: 'tradeguard-dispute-pack',
    version: 1,
    generatedAt: '2026-11-01T10:00:00.000Z',
    generator: 'TradeGuard evidence vault',
    case: {
      id: theCase.id ?? 'case-from-elsewhere',
      kind: theCase.kind ?? 'order',
      ...(theCase.kind === 'supplier' ? {} : { orderId: theCase.orderId ?? '254812930501020345' }),
      marketplace: 'alibaba',
      title: theCase.title ?? 'Order 254812930501020345',
      createdAt: '2026-10-01T10:00:00.000Z',
    },
    files: files.map((f) => ({
      path: `files/${f.name}`,
      sha256: createHash('sha256').update(f.bytes).digest('hex'),
      size: f.bytes.byteLength,
      mimeType: f.mimeType ?? 'image/png',
      kind: 'defect-media',
      captureMethod: 'screenshot',
      capturedAt: '2026-10-02T10:00:00.000Z',
      sourceUrl: 'https://biz.alibaba.com/ta/detail.htm?orderId=254812930501020345',
      sourceTitle: 'Order',
      fileName: f.name,
      note: '',
      tags: [],
      ...f.meta,
    })),
    ...extra,
  };
}

export async function craftPack(
  files: CraftedFile[],
  options: { theCase?: CraftedCase; manifest?: unknown; manifestLevel?: number } = {},
): Promise<Blob> {
  const zip = new ZipWriter(new BlobWriter('application/zip'), { useWebWorkers: false });
  const manifest = options.manifest ?? manifestFor(files, options.theCase);
  await zip.add('manifest.json', new TextReader(JSON.stringify(manifest)), {
    level: options.manifestLevel ?? 6,
  });
  for (const f of files) {
    await zip.add(`files/${f.name}`, new Uint8ArrayReader(f.bytes), { level: f.level ?? 0 });
  }
  return zip.close();
}

/** A tiny valid PNG header followed by filler: enough to be "an image" for a hash and a size. */
export function pngBytes(size = 64, fill = 7): Uint8Array {
  const out = new Uint8Array(size).fill(fill);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return out;
}
