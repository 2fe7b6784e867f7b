import { describe, expect, it } from 'vitest';
import { annotateItem } from '../../../lib/vault/annotate';
import { deleteItem, itemDeletionToken } from '../../../lib/vault/delete';
import { checkCaseFiles, checkVaultHistory } from '../../../lib/vault/history/check-vault';
import type { HistoryProblem } from '../../../lib/vault/history/problems';
import { importPack } from '../../../lib/vault/import';
import { fixtureBlob, freshVault, NOW, orderCase } from './helpers';
import { exportToBlob, seedCase } from './pack-helpers';

/**
 * The side panel's "history intact" check against a vault changed behind
 * TradeGuard's back, the way someone with the browser's developer tools (or a
 * disk editor) would: each change is found and located.
 */
async function seeded() {
  const db = await freshVault();
  const theCase = await orderCase(db);
  const seed = await seedCase(db, theCase);
  await annotateItem(
    db,
    seed.defect.id,
    { note: 'Scratch on the lid, carton 14; photographed on arrival' },
    NOW,
  );
  return { db, theCase, ...seed };
}

const codes = (problems: readonly HistoryProblem[]) => problems.map((p) => p.code);

describe('vault history: recorded as the vault changes', () => {
  it('records case, items, note change, deletion and import, and reads back intact', async () => {
    const { db, theCase, contract } = await seeded();
    await deleteItem(db, contract.id, {
      confirmation: itemDeletionToken(contract),
      reason: 'wrong file',
      now: NOW,
    });
    const summary = await checkVaultHistory(db);
    expect(summary.problems).toEqual([]);
    const types = (await db.history.toArray()).map((e) => e.type);
    expect(types).toEqual([
      'case-created',
      'item-added',
      'item-added',
      'item-added',
      'item-annotated',
      'item-deleted',
    ]);
    expect(summary.head).toEqual({ seq: 6, hash: (await db.history.get(6))!.hash });
    const added = (await db.history.where('type').equals('item-added').toArray()).map((e) => e.data.sha256);
    expect(added).toContain(contract.sha256);

    const { zip } = await exportToBlob(db, theCase.id);
    const other = await freshVault();
    await importPack(other, zip, { now: NOW });
    const imported = await checkVaultHistory(other);
    expect(imported.problems).toEqual([]);
    expect((await other.history.toArray()).map((e) => e.type)).toEqual([
      'case-created',
      'item-added',
      'item-added',
      'pack-imported',
    ]);
  });
});

describe('vault history: tampering is detected and located', () => {
  it('one byte of a stored file changed: the file check names the item and both hashes', async () => {
    const { db, theCase, defect } = await seeded();
    const bytes = new Uint8Array(await fixtureBlob('defect-photo.png', 'image/png').arrayBuffer());
    bytes[100] = bytes[100]! ^ 0x01;
    await db.blobs.put({ itemId: defect.id, bytes: new Blob([bytes], { type: 'image/png' }) });
    const files = await checkCaseFiles(db, theCase.id);
    expect(files.problems).toHaveLength(1);
    expect(files.problems[0]).toMatchObject({ code: 'bytes-changed', itemId: defect.id });
    expect(files.problems[0]!.message).toContain('“lid scratch.png”');
    expect(files.problems[0]!.message).toContain(defect.sha256);
  });

  it('a note edited in the database directly: named, with the entry that recorded the real note', async () => {
    const { db, defect } = await seeded();
    await db.items.update(defect.id, { note: 'No damage found' });
    const { problems } = await checkVaultHistory(db);
    expect(codes(problems)).toEqual(['row-changed']);
    const entry = (await db.history.where('type').equals('item-annotated').first())!;
    expect(problems[0]).toMatchObject({ itemId: defect.id, seq: entry.seq });
    expect(problems[0]!.message).toContain('its note was changed outside TradeGuard');
    expect(problems[0]!.message).toContain('“Scratch on the lid, carton 14; photographed on arrival”');
    expect(problems[0]!.message).toContain('“No damage found”');
  });

  it('a row deleted behind the vault’s back: the item, its hash and the entry that added it', async () => {
    const { db, chat } = await seeded();
    await db.items.delete(chat.id);
    await db.blobs.delete(chat.id);
    const { problems } = await checkVaultHistory(db);
    expect(codes(problems)).toEqual(['row-missing']);
    expect(problems[0]).toMatchObject({ itemId: chat.id, seq: 4 });
    expect(problems[0]!.message).toContain(chat.sha256.slice(0, 12));
    expect(problems[0]!.message).toContain('no deletion was recorded');
  });

  it('two entries reordered: the entry holding the other one’s content is named', async () => {
    const { db } = await seeded();
    const [two, three] = [(await db.history.get(2))!, (await db.history.get(3))!];
    // Swap everything but the number (the primary key): what a reordering in the store amounts to.
    await db.history.put({ ...three, seq: 2 });
    await db.history.put({ ...two, seq: 3 });
    const { problems } = await checkVaultHistory(db);
    expect(problems.filter((p) => p.code === 'moved').map((p) => p.seq)).toEqual([2, 3]);
    expect(problems.find((p) => p.seq === 2)!.message).toContain('holds the content of entry #3');
  });

  it('the chain truncated: the missing end is located, and the rows it recorded are named', async () => {
    const { db, defect } = await seeded();
    await db.history.bulkDelete([4, 5]);
    const { problems } = await checkVaultHistory(db);
    const truncated = problems.find((p) => p.code === 'truncated');
    expect(truncated?.message).toContain('entries #4–#5 were cut off the end');
    expect(problems.filter((p) => p.code === 'row-unrecorded').map((p) => p.itemId)).toHaveLength(1);
    // The defect photo's note change was in the cut-off part: its note no longer matches what the history says.
    expect(problems.some((p) => p.itemId === defect.id)).toBe(true);
  });

  it('the chain truncated and its head marker rewound too: the unrecorded rows still show it', async () => {
    const { db } = await seeded();
    const three = (await db.history.get(3))!;
    await db.history.bulkDelete([4, 5]);
    await db.historyHead.put({ id: 'head', seq: 3, hash: three.hash });
    const { problems } = await checkVaultHistory(db);
    expect(codes(problems)).toContain('row-unrecorded');
  });

  it('an entry edited in place, with or without its hash recomputed, is found at that entry', async () => {
    const { db } = await seeded();
    const five = (await db.history.get(5))!;
    await db.history.put({ ...five, data: { ...five.data, note: 'No damage found' } });
    const first = await checkVaultHistory(db);
    expect(first.problems.find((p) => p.code === 'altered')?.seq).toBe(5);
  });

  it('a new entry after a cut keeps the gap visible for good', async () => {
    const { db, defect } = await seeded();
    await db.history.delete(5);
    await annotateItem(db, defect.id, { note: 'second look' }, NOW);
    const { problems } = await checkVaultHistory(db);
    expect(problems.find((p) => p.code === 'missing')?.message).toContain('Entry #5 is missing');
  });
});
