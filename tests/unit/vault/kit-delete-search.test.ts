import { describe, expect, it } from 'vitest';
import { findOrCreateOrderCase, findOrCreateSupplierCase } from '../../../lib/vault/cases';
import {
  caseDeletionToken,
  deleteCase,
  deleteItem,
  itemDeletionToken,
  listDeletions,
} from '../../../lib/vault/delete';
import { disputeKit } from '../../../lib/vault/dispute-kit';
import { searchItems } from '../../../lib/vault/search';
import { addEvidence, listItems } from '../../../lib/vault/store';
import { fixtureBlob, freshVault, NOW, orderCase } from './helpers';
import { seedCase } from './pack-helpers';

describe('dispute kit', () => {
  it('lists the seven documents of the Jing Sourcing TA guide with what to do for each missing one', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const empty = await disputeKit(db, theCase.id);
    expect(empty.lines.map((l) => l.kind)).toEqual([
      'contract',
      'specification',
      'design',
      'inspection',
      'communication',
      'receipt',
      'defect-media',
    ]);
    expect(empty.missingCount).toBe(7);
    const inspection = empty.lines.find((l) => l.kind === 'inspection')!;
    expect(inspection.whatToDo).toBe(
      'Book a third-party pre-shipment inspection (SGS, Intertek, QIMA…); about US$300 per inspector-day; attach the report with the % of major/minor defects.',
    );
    for (const line of empty.lines) expect(line.source.ref).toMatch(/^https?:\/\//);

    await seedCase(db, theCase);
    await addEvidence(db, {
      caseId: theCase.id,
      bytes: new Blob(['x']),
      kind: 'other',
      captureMethod: 'link',
      now: NOW,
    });
    const kit = await disputeKit(db, theCase.id);
    expect(kit.lines.filter((l) => !l.missing).map((l) => [l.kind, l.count])).toEqual([
      ['contract', 1],
      ['communication', 1],
      ['defect-media', 1],
    ]);
    expect(kit.missingCount).toBe(4);
    expect(kit.otherCount).toBe(1);
  });
});

describe('cases', () => {
  it('one case per order, however often or concurrently it is asked for', async () => {
    const db = await freshVault();
    const [a, b] = await Promise.all([
      findOrCreateOrderCase(db, '2548', 'alibaba', 'Order 2548', NOW),
      findOrCreateOrderCase(db, '2548', 'alibaba', 'Order 2548', NOW),
    ]);
    const c = await findOrCreateOrderCase(db, '2548', 'alibaba', 'renamed', NOW);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    const other = await findOrCreateOrderCase(
      db,
      '2548',
      'aliexpress',
      'Same number, other marketplace',
      NOW,
    );
    expect(other.id).not.toBe(a.id);
    const supplier = await findOrCreateSupplierCase(db, 'alibaba:shengda', 'alibaba', 'Shengda Steel', NOW);
    expect((await findOrCreateSupplierCase(db, 'alibaba:shengda', 'alibaba', 'x', NOW)).id).toBe(supplier.id);
    expect(await db.cases.count()).toBe(3);
  });
});

describe('search', () => {
  it('finds by note, file name, chat transcript, case title and tag; all words must match', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    await seedCase(db, theCase);
    const kinds = async (text: string) => (await searchItems(db, { text })).items.map((i) => i.kind).sort();
    expect(await kinds('scratch lid')).toEqual(['defect-media']);
    expect(await kinds('CARTON 14')).toEqual(['defect-media']);
    expect(await kinds('new account')).toEqual(['communication']); // words in the chat transcript
    expect(await kinds('Lucy')).toEqual(['communication']); // the sender's name
    expect(await kinds('steel tumblers')).toEqual(['communication', 'contract', 'defect-media']); // the case title
    expect(await kinds('order contract')).toEqual(['contract']); // title word + file name
    expect(await kinds('ｓｃｒａｔｃｈ')).toEqual(['defect-media']); // full-width letters fold
    expect(await kinds('scratch account')).toEqual([]);
    expect((await searchItems(db, { tag: 'LID' })).items.map((i) => i.fileName)).toEqual(['lid scratch.png']);
    expect((await searchItems(db, { kind: 'contract', caseId: theCase.id })).items).toHaveLength(1);
  });
});

describe('deleting evidence', () => {
  it('refuses without the right confirmation, and logs what went when confirmed', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    const photo = await addEvidence(db, {
      caseId: theCase.id,
      bytes: fixtureBlob('defect-photo.png', 'image/png'),
      kind: 'defect-media',
      captureMethod: 'upload',
      now: NOW,
      fileName: 'blurry.png',
    });
    const wrong = deleteItem(db, photo.id, { confirmation: 'yes', reason: 'blurry', now: NOW });
    await expect(wrong).rejects.toMatchObject({
      message: 'Nothing was deleted: type "8c12b742" to confirm.',
    });
    expect(await db.blobs.count()).toBe(1);

    const entry = await deleteItem(db, photo.id, {
      confirmation: itemDeletionToken(photo),
      reason: 'blurry',
      now: NOW,
    });
    expect(entry).toMatchObject({
      what: 'item',
      sha256: '8c12b7425ca2c5cbc9cfa733fbab6f2bd267a379baaec01e0fecb2d2ab6b154f',
      size: 6321,
      fileName: 'blurry.png',
      reason: 'blurry',
      deletedAt: NOW.toISOString(),
    });
    expect(await db.items.count()).toBe(0);
    expect(await db.blobs.count()).toBe(0);
    expect(await listDeletions(db, theCase.id)).toEqual([entry]);
  });

  it('deleting a case logs each item and the case itself', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    await seedCase(db, theCase);
    await expect(
      deleteCase(db, theCase.id, { confirmation: 'delete', reason: 'x', now: NOW }),
    ).rejects.toThrow('type "delete 3"');
    const log = await deleteCase(db, theCase.id, {
      confirmation: caseDeletionToken(3),
      reason: 'order settled',
      now: NOW,
    });
    expect(log.map((l) => l.what)).toEqual(['item', 'item', 'item', 'case']);
    expect((await listItems(db, theCase.id)).items).toEqual([]);
    expect(await db.blobs.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
    expect(await listDeletions(db)).toHaveLength(4);
  });
});
