import { describe, expect, it } from 'vitest';
import { findOrCreateOrderCase } from '../../../lib/vault/cases';
import { importPack } from '../../../lib/vault/import';
import { PackManifestSchema } from '../../../lib/vault/pack-format';
import { getItemBytes, listItems, sha256OfBlob } from '../../../lib/vault/store';
import { expectedHashes, fixtureBytes, freshVault, NOW, orderCase } from './helpers';
import { exportToBlob, readZip, readZipText, seedCase } from './pack-helpers';

describe('dispute pack export and import', () => {
  it('keeps every hash from capture through export to import, byte for byte', async () => {
    const source = await freshVault();
    const theCase = await orderCase(source);
    const seeded = await seedCase(source, theCase);
    const { zip, result } = await exportToBlob(source, theCase.id);
    expect(result.mismatches).toEqual([]);

    const manifest = PackManifestSchema.parse(JSON.parse(await readZipText(zip, 'manifest.json')));
    // Ordered as the dispute form lists documents; the bidi override is gone and the extension tells the truth.
    expect(manifest.files.map((f) => f.path)).toEqual([
      'files/01-contract-order contract.html',
      'files/02-communication-_img src=x onerror=alert(1)__gnp.exe.json',
      'files/03-defect-media-lid scratch.png',
    ]);
    // The manifest's hashes are the ones coreutils computes for the original files, and they match the zip's bytes.
    const sums = expectedHashes();
    expect(manifest.files[0]!.sha256).toBe(sums.get('product-page-snapshot.html'));
    expect(manifest.files[2]!.sha256).toBe(sums.get('defect-photo.png'));
    const entries = await readZip(zip);
    for (const file of manifest.files) {
      expect(
        await sha256OfBlob(new Blob([entries.get(file.path)! as Uint8Array<ArrayBuffer>])),
        file.path,
      ).toBe(file.sha256);
    }
    expect(entries.get(manifest.files[2]!.path)).toEqual(fixtureBytes('defect-photo.png'));

    const target = await freshVault();
    const imported = await importPack(target, zip, { now: NOW });
    expect(imported).toMatchObject({ imported: 3, duplicates: [], caseCreated: true, caseId: theCase.id });
    const items = (await listItems(target, imported.caseId)).items;
    expect(items.map((i) => i.sha256).sort()).toEqual(
      [seeded.contract.sha256, seeded.defect.sha256, seeded.chat.sha256].sort(),
    );
    const photo = items.find((i) => i.kind === 'defect-media')!;
    // Imported: this vault's record says so; what the pack says about the capture is kept as a claim.
    expect(photo).toMatchObject({
      captureMethod: 'import',
      capturedAt: NOW.toISOString(),
      imported: { claimedCaptureMethod: 'upload', claimedCapturedAt: '2026-11-02T08:00:00.000Z' },
      note: 'Scratch on the lid, carton 14',
      mimeType: 'image/png',
    });
    expect(new Uint8Array(await (await getItemBytes(target, photo.id))!.arrayBuffer())).toEqual(
      fixtureBytes('defect-photo.png'),
    );
    const chat = items.find((i) => i.kind === 'communication')!;
    expect(chat.transcript).toEqual(seeded.hostile.transcript);
  });

  it('recognises files the case already holds instead of duplicating them', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    await seedCase(db, theCase);
    const { zip } = await exportToBlob(db, theCase.id);
    const again = await importPack(db, zip, { now: NOW, existingCase: 'merge' });
    expect(again.imported).toBe(0);
    expect(again.duplicates.map((d) => d.path)).toHaveLength(3);
    expect((await listItems(db, theCase.id)).items).toHaveLength(3);
  });

  it("files a pack from another vault into this vault's case for the same order, once the buyer agrees", async () => {
    const source = await freshVault();
    const theCase = await orderCase(source);
    await seedCase(source, theCase);
    const { zip } = await exportToBlob(source, theCase.id);
    const target = await freshVault();
    const local = await findOrCreateOrderCase(target, '254812930501020345', 'alibaba', 'My order', NOW);
    await expect(importPack(target, zip, { now: NOW })).rejects.toMatchObject({
      reason: 'needs-confirmation',
    });
    const result = await importPack(target, zip, { now: NOW, existingCase: 'merge' });
    expect(result).toMatchObject({ caseId: local.id, caseCreated: false, imported: 3 });
    expect(await target.cases.count()).toBe(1);
  });
});
