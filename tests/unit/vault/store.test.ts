import { describe, expect, it } from 'vitest';
import { annotateItem } from '../../../lib/vault/annotate';
import { VaultWriteError } from '../../../lib/vault/errors';
import { addEvidence, getItemBytes, listItems, sha256OfBlob, verifyItem } from '../../../lib/vault/store';
import { bytesOf, expectedHashes, fixtureBlob, fixtureBytes, freshVault, NOW, orderCase } from './helpers';

describe('storing evidence with its hash taken at capture', () => {
  it('hashes the exact bytes as sha256sum does and keeps them byte for byte', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const item = await addEvidence(db, {
      caseId: theCase.id,
      bytes: fixtureBlob('product-page-snapshot.html', 'text/html'),
      kind: 'specification',
      captureMethod: 'page-snapshot',
      now: NOW,
      sourceUrl: 'https://www.alibaba.com/product-detail/_1600147809763.html',
      sourceTitle: 'Stainless steel tumbler 20oz',
      fileName: 'product-page.html',
    });
    expect(item.sha256).toBe(expectedHashes().get('product-page-snapshot.html'));
    expect(item.size).toBe(fixtureBytes('product-page-snapshot.html').byteLength);
    expect(item.capturedAt).toBe('2026-11-20T09:30:00.000Z');
    expect(await bytesOf((await getItemBytes(db, item.id))!)).toEqual(
      fixtureBytes('product-page-snapshot.html'),
    );
    expect(await verifyItem(db, item.id)).toMatchObject({ status: 'intact' });
  });

  it('hashes a multi-megabyte video in chunks to the same digest WebCrypto gives for the whole buffer', async () => {
    const data = new Uint8Array(6 * 1024 * 1024 + 17);
    for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
    const whole = Buffer.from(await crypto.subtle.digest('SHA-256', data)).toString('hex');
    expect(await sha256OfBlob(new Blob([data], { type: 'video/mp4' }))).toBe(whole);
  });

  it('editing note, tags and kind never changes the bytes, the hash or the capture time', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const item = await addEvidence(db, {
      caseId: theCase.id,
      bytes: fixtureBlob('defect-photo.png', 'image/png'),
      kind: 'other',
      captureMethod: 'upload',
      now: NOW,
      fileName: 'IMG_2041.png',
    });
    const edited = await annotateItem(
      db,
      item.id,
      { note: 'Scratch on lid, carton 14', tags: [' Lid ', 'lid', 'Carton-14'], kind: 'defect-media' },
      NOW,
    );
    expect(edited).toMatchObject({
      note: 'Scratch on lid, carton 14',
      tags: ['lid', 'carton-14'],
      kind: 'defect-media',
    });
    expect(edited.sha256).toBe(expectedHashes().get('defect-photo.png'));
    expect(edited.capturedAt).toBe(item.capturedAt);
    expect(await verifyItem(db, item.id)).toMatchObject({ status: 'intact' });
  });

  it('reports bytes altered after capture', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const item = await addEvidence(db, {
      caseId: theCase.id,
      bytes: fixtureBlob('defect-photo.png', 'image/png'),
      kind: 'defect-media',
      captureMethod: 'upload',
      now: NOW,
    });
    const altered = fixtureBytes('defect-photo.png');
    altered[100] = altered[100]! ^ 0xff;
    await db.blobs.put({ itemId: item.id, bytes: new Blob([altered]) });
    expect(await verifyItem(db, item.id)).toMatchObject({ status: 'altered', expected: item.sha256 });
  });

  it('refuses evidence for a case that does not exist, and saves nothing', async () => {
    const db = await freshVault();
    const attempt = addEvidence(db, {
      caseId: 'gone',
      bytes: fixtureBlob('defect-photo.png', 'image/png'),
      kind: 'defect-media',
      captureMethod: 'upload',
      now: NOW,
    });
    await expect(attempt).rejects.toMatchObject({ name: 'VaultWriteError', reason: 'missing-case' });
    expect(await db.items.count()).toBe(0);
    expect(await db.blobs.count()).toBe(0);
  });

  it('refuses an SVG thumbnail (it could carry script into the report)', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const svg = `data:image/svg+xml;base64,${btoa('<svg onload="alert(1)"/>')}`;
    const attempt = addEvidence(db, {
      caseId: theCase.id,
      bytes: fixtureBlob('defect-photo.png', 'image/png'),
      kind: 'defect-media',
      captureMethod: 'upload',
      now: NOW,
      thumbnail: svg,
    });
    await expect(attempt).rejects.toBeInstanceOf(VaultWriteError);
    expect((await listItems(db, theCase.id)).items).toEqual([]);
  });
});
