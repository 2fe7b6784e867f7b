import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportCase } from '../../../lib/vault/export';
import { EXPORT_MULTI_READ_BYTES } from '../../../lib/vault/pack-entries';
import { PackManifestSchema } from '../../../lib/vault/pack-format';
import { addEvidence, getItemBytes } from '../../../lib/vault/store';
import { collectingWritable, freshVault, NOW, orderCase } from './helpers';
import { readZip, readZipText, seedCase } from './pack-helpers';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Bytes changed in the vault after capture: the export hashes what it writes
 * on the way through (no second read) and must still catch and report it,
 * whichever way the item is read (whole and hashed natively, or streamed).
 */
describe('an export of evidence changed since capture', () => {
  for (const [how, holdWholeUpTo] of [
    ['read whole', undefined],
    ['streamed', 0],
  ] as const) {
    it(`names every altered file with both hashes and marks it in the report (${how})`, async () => {
      const db = await freshVault();
      const theCase = await orderCase(db);
      const { contract, defect } = await seedCase(db, theCase);
      // Same size, one byte flipped (the stored entry keeps its capture CRC-32); and a shorter contract.
      const photo = new Uint8Array(await (await getItemBytes(db, defect.id))!.arrayBuffer());
      const middle = photo.length >> 1;
      photo[middle] = (photo[middle] as number) ^ 0xff;
      const shorter = new TextEncoder().encode('<html>rewritten after the fact</html>');
      await db.blobs.put({ itemId: defect.id, bytes: new Blob([photo], { type: 'image/png' }) });
      await db.blobs.put({ itemId: contract.id, bytes: new Blob([shorter], { type: 'text/html' }) });

      const out = collectingWritable();
      const result = await exportCase(db, theCase.id, {
        writable: out.writable,
        now: NOW,
        ...(holdWholeUpTo === 0 && { holdWholeUpTo }),
      });
      expect(result.mismatches).toEqual([
        { path: 'files/01-contract-order contract.html', expected: contract.sha256, actual: sha256(shorter) },
        { path: 'files/03-defect-media-lid scratch.png', expected: defect.sha256, actual: sha256(photo) },
      ]);
      const zip = out.blob();
      // The manifest keeps the capture-time hashes, so a verifier sees the change too.
      const manifest = PackManifestSchema.parse(JSON.parse(await readZipText(zip, 'manifest.json')));
      expect(manifest.files.find((f) => f.path.endsWith('lid scratch.png'))?.sha256).toBe(defect.sha256);
      const report = await readZipText(zip, 'report.html');
      expect(report).toContain('2 files no longer match the hash taken at capture');
      expect(report).toContain('01-contract-order contract.html');
      expect(report).toContain('03-defect-media-lid scratch.png');
    });
  }

  it('a video read in several pieces comes out whole, and a byte changed near its end is named', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const original = new Uint8Array(EXPORT_MULTI_READ_BYTES + 12_345).map(
      (_, i) => (i * 31 + (i >> 9)) & 0xff,
    );
    const video = await addEvidence(db, {
      caseId: theCase.id,
      bytes: new Blob([original], { type: 'video/mp4' }),
      kind: 'defect-media',
      captureMethod: 'upload',
      now: new Date('2026-11-03T08:00:00Z'),
      fileName: 'unboxing.mp4',
    });
    const path = 'files/01-defect-media-unboxing.mp4';
    const intact = collectingWritable();
    const first = await exportCase(db, theCase.id, { writable: intact.writable, now: NOW });
    expect(first.mismatches).toEqual([]);
    expect(first.files.map((f) => f.path)).toEqual([path]);
    const written = (await readZip(intact.blob())).get(path) ?? new Uint8Array();
    expect(sha256(written)).toBe(video.sha256);

    const changed = original.slice();
    changed[changed.length - 3] = (changed[changed.length - 3] as number) ^ 0x01;
    await db.blobs.put({ itemId: video.id, bytes: new Blob([changed], { type: 'video/mp4' }) });
    const out = collectingWritable();
    const second = await exportCase(db, theCase.id, { writable: out.writable, now: NOW });
    expect(second.mismatches).toEqual([{ path, expected: video.sha256, actual: sha256(changed) }]);
    expect(await readZipText(out.blob(), 'report.html')).toContain('1 file no longer matches');
  });
});
