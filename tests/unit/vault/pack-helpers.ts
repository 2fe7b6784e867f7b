import {
  BlobReader,
  BlobWriter,
  TextReader,
  TextWriter,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
  ZipWriter,
} from '@zip.js/zip.js';
import type { VaultDb } from '../../../lib/vault/db';
import { exportCase } from '../../../lib/vault/export';
import type { ReportContext } from '../../../lib/vault/report-context';
import type { CaseRow } from '../../../lib/vault/schema/rows';
import { addEvidence } from '../../../lib/vault/store';
import { collectingWritable, fixtureBlob, fixtureJson, NOW } from './helpers';

export interface HostileCapture {
  fileName: string;
  sourceTitle: string;
  sourceUrl: string;
  note: string;
  tags: string[];
  transcript: { from: string; at: string; text: string }[];
  finding: NonNullable<ReportContext['findings']>[number];
}

/** A case with a contract, a defect photo (with thumbnail) and a chat capture full of hostile text. */
export async function seedCase(db: VaultDb, theCase: CaseRow) {
  const hostile = fixtureJson<HostileCapture>('hostile-capture.json');
  const photo = fixtureBlob('defect-photo.png', 'image/png');
  const thumbnail = `data:image/png;base64,${Buffer.from(await photo.arrayBuffer()).toString('base64')}`;
  const contract = await addEvidence(db, {
    caseId: theCase.id,
    bytes: fixtureBlob('product-page-snapshot.html', 'text/html'),
    kind: 'contract',
    captureMethod: 'page-snapshot',
    now: new Date('2026-10-01T10:00:00Z'),
    fileName: 'order contract.html',
    sourceUrl: 'https://biz.alibaba.com/ta/detail.htm?orderId=254812930501020345',
    sourceTitle: 'Trade Assurance order 254812930501020345',
  });
  const defect = await addEvidence(db, {
    caseId: theCase.id,
    bytes: photo,
    kind: 'defect-media',
    captureMethod: 'upload',
    now: new Date('2026-11-02T08:00:00Z'),
    fileName: 'lid scratch.png',
    note: 'Scratch on the lid, carton 14',
    tags: ['lid'],
    thumbnail,
  });
  const chat = await addEvidence(db, {
    caseId: theCase.id,
    bytes: new Blob([JSON.stringify(hostile.transcript)], { type: 'application/json' }),
    kind: 'communication',
    captureMethod: 'chat-capture',
    now: new Date('2026-10-03T00:25:00Z'),
    fileName: hostile.fileName,
    sourceUrl: hostile.sourceUrl,
    sourceTitle: hostile.sourceTitle,
    note: hostile.note,
    tags: hostile.tags,
    transcript: hostile.transcript,
  });
  return { contract, defect, chat, hostile };
}

export async function exportToBlob(db: VaultDb, caseId: string, reportContext?: ReportContext) {
  const out = collectingWritable();
  const result = await exportCase(db, caseId, { writable: out.writable, reportContext, now: NOW });
  return { result, zip: out.blob() };
}

export async function readZip(zip: Blob): Promise<Map<string, Uint8Array>> {
  const reader = new ZipReader(new BlobReader(zip), { useWebWorkers: false });
  const files = new Map<string, Uint8Array>();
  for (const entry of await reader.getEntries()) {
    if (!entry.directory) files.set(entry.filename, await entry.getData(new Uint8ArrayWriter()));
  }
  await reader.close();
  return files;
}

export async function readZipText(zip: Blob, path: string): Promise<string> {
  const reader = new ZipReader(new BlobReader(zip), { useWebWorkers: false });
  const entry = (await reader.getEntries()).find((e) => e.filename === path);
  if (!entry || entry.directory) throw new Error(`${path} not in zip`);
  const text = await entry.getData(new TextWriter());
  await reader.close();
  return text;
}

/** Rebuilds a zip with some entries replaced, removed (null) or added (a consistent, valid ZIP whose content was tampered with). */
export async function rebuildZip(
  zip: Blob,
  replace: Record<string, Uint8Array | string | null>,
): Promise<Blob> {
  const files = await readZip(zip);
  const writer = new ZipWriter(new BlobWriter('application/zip'), { useWebWorkers: false });
  for (const [path, bytes] of files) {
    const next = path in replace ? replace[path] : bytes;
    if (next === null || next === undefined) continue;
    await writer.add(path, typeof next === 'string' ? new TextReader(next) : new Uint8ArrayReader(next));
  }
  // Entries named in `replace` that the zip did not have are added (a file slipped into a pack).
  for (const [path, next] of Object.entries(replace)) {
    if (files.has(path) || next === null) continue;
    await writer.add(path, typeof next === 'string' ? new TextReader(next) : new Uint8ArrayReader(next));
  }
  return writer.close();
}
