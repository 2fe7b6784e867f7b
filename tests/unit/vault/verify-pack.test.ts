import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annotateItem } from '../../../lib/vault/annotate';
import { exportCase, exportVault } from '../../../lib/vault/export';
import { verifyPack } from '../../../lib/vault/verify-pack';
import { ROOT } from '../../support/fixtures';
import { buyer, draftFor, orderFromPage, pageEvents } from '../dispute/helpers';
import { collectingWritable, fixtureBlob, freshVault, NOW, orderCase } from './helpers';
import { exportToBlob, readZip, readZipText, rebuildZip, seedCase } from './pack-helpers';

/**
 * `tradeguard verify-pack`: a pack straight from the vault is intact; each way
 * of tampering with it is found and named; what is not a pack is unreadable.
 */
async function freshPack() {
  const db = await freshVault();
  const theCase = await orderCase(db);
  const seed = await seedCase(db, theCase);
  await annotateItem(db, seed.defect.id, { note: 'Scratch on the lid, carton 14 (of 40)' }, NOW);
  const { zip, result } = await exportToBlob(db, theCase.id);
  return { db, theCase, seed, zip, result };
}

const json = async (zip: Blob, path: string) => JSON.parse(await readZipText(zip, path));
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('verify-pack on an untouched pack', () => {
  it('re-hashes every file and the history: intact, and SHA256SUMS agrees with coreutils-style hashing', async () => {
    const { zip, result } = await freshPack();
    expect(result.historyProblems).toEqual([]);
    const verdict = await verifyPack(zip);
    expect(verdict.problems).toEqual([]);
    expect(verdict).toMatchObject({
      status: 'intact',
      evidence: { checked: 3, listed: 3 },
      history: { entries: 5 },
    });
    expect(verdict.generated.sort()).toEqual(['history.json', 'manifest.json', 'report.html']);
    const files = await readZip(zip);
    const sums = (await readZipText(zip, 'SHA256SUMS')).trim().split('\n');
    expect(sums).toHaveLength(files.size - 1);
    for (const line of sums) {
      const [hash, path] = line.split('  ') as [string, string];
      expect(sha(files.get(path)!), path).toBe(hash);
    }
    const report = await readZipText(zip, 'report.html');
    const head = (await json(zip, 'manifest.json')).history.caseHead;
    expect(report).toContain(head.hash);
    expect(report).toContain('sha256sum -c SHA256SUMS');
    expect(report).toContain('npx tradeguard verify-pack');
  });
});

describe('a pack with its dispute draft', () => {
  it('carries dispute.md beside the manifest and the draft in report.html, both covered by the checks', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    await seedCase(db, theCase);
    const { order, url } = orderFromPage('alibaba-order/ta-detail-218834501001020304-json.html');
    const draft = draftFor({
      order,
      events: [...pageEvents(order, url, '2026-11-18T11:00:00Z'), buyer('deposit_paid', '2026-11-20')],
      now: '2027-01-20T09:00:00Z',
      answers: { problems: ['late-shipment'] },
    });
    const out = collectingWritable();
    await exportCase(db, theCase.id, { writable: out.writable, now: NOW, dispute: draft });
    const zip = out.blob();
    const manifest = await json(zip, 'manifest.json');
    const md = (await readZip(zip)).get('dispute.md')!;
    expect(manifest.dispute).toEqual({ path: 'dispute.md', sha256: sha(md) });
    expect(new TextDecoder().decode(md)).toContain('```text\n14580.00\n```');
    expect(await readZipText(zip, 'report.html')).toContain('<h2>Dispute draft</h2>');
    const verdict = await verifyPack(zip);
    expect(verdict.status).toBe('intact');
    expect(verdict.generated).toContain('dispute.md');

    const edited = await verifyPack(
      await rebuildZip(zip, { 'dispute.md': new TextDecoder().decode(md).replace('14580.00', '48600.00') }),
    );
    // Reported once, against the manifest (SHA256SUMS agrees with the manifest).
    expect(edited.problems.map((p) => [p.code, p.path])).toEqual([['bytes-changed', 'dispute.md']]);
  });
});

describe('what a pack says about the rest of the vault', () => {
  it('the case’s history only: another case’s name, notes and files never travel with it', async () => {
    const db = await freshVault();
    const other = await orderCase(db, '218834509999999999');
    await seedCase(db, other);
    const note = 'Private: my bank is Banco Ejemplo, account ending 4471';
    const otherItem = (await db.items.where('caseId').equals(other.id).first())!;
    await annotateItem(db, otherItem.id, { note }, NOW);
    const theCase = await orderCase(db);
    await seedCase(db, theCase);
    const { zip } = await exportToBlob(db, theCase.id);
    const history = await readZipText(zip, 'history.json');
    const entries = JSON.parse(history).entries as { caseId?: string }[];
    expect(entries.length).toBeGreaterThan(3);
    expect(entries.every((e) => e.caseId === theCase.id)).toBe(true);
    // (Both cases hold the same seed files, so only what differs between them can be looked for.)
    for (const secret of [other.id, other.title, note, otherItem.id]) expect(history).not.toContain(secret);
    expect((await verifyPack(zip)).status).toBe('intact');
  });
});

describe('verify-pack finds and names tampering', () => {
  it('one byte of an evidence file changed', async () => {
    const { zip } = await freshPack();
    const manifest = await json(zip, 'manifest.json');
    const path = manifest.files.find((f: { kind: string }) => f.kind === 'defect-media').path;
    const bytes = new Uint8Array((await readZip(zip)).get(path)!);
    bytes[200] = bytes[200]! ^ 0xff;
    const verdict = await verifyPack(await rebuildZip(zip, { [path]: bytes }));
    expect(verdict.status).toBe('tampered');
    expect(verdict.problems).toHaveLength(1);
    expect(verdict.problems[0]).toMatchObject({ code: 'bytes-changed', path });
    expect(verdict.problems[0]!.message).toContain('hash taken at capture');
  });

  it('a note edited in the manifest: the manifest and the file’s entry are named', async () => {
    const { zip } = await freshPack();
    const manifest = await json(zip, 'manifest.json');
    const photo = manifest.files.find((f: { kind: string }) => f.kind === 'defect-media');
    photo.note = 'No damage';
    const verdict = await verifyPack(
      await rebuildZip(zip, { 'manifest.json': JSON.stringify(manifest, null, 2) }),
    );
    expect(verdict.status).toBe('tampered');
    expect(verdict.problems.map((p) => [p.code, p.path])).toEqual([
      ['bytes-changed', 'manifest.json'],
      ['row-changed', photo.path],
    ]);
    expect(verdict.problems[1]!.message).toContain('“Scratch on the lid, carton 14 (of 40)”');
  });

  it('a file removed from the pack, and one slipped in', async () => {
    const { zip } = await freshPack();
    const manifest = await json(zip, 'manifest.json');
    const gone = manifest.files[0].path;
    const verdict = await verifyPack(
      await rebuildZip(zip, { [gone]: null, 'files/04-defect-media-extra.png': 'x' }),
    );
    expect(verdict.problems.map((p) => [p.code, p.path])).toEqual(
      expect.arrayContaining([
        ['row-unrecorded', 'files/04-defect-media-extra.png'],
        ['row-missing', gone],
      ]),
    );
  });

  it('two history entries reordered', async () => {
    const { zip } = await freshPack();
    const slice = await json(zip, 'history.json');
    [slice.entries[1], slice.entries[2]] = [slice.entries[2], slice.entries[1]];
    const verdict = await verifyPack(await rebuildZip(zip, { 'history.json': JSON.stringify(slice) }));
    const order = verdict.problems.find((p) => p.code === 'out-of-order');
    expect(order).toMatchObject({ path: 'history.json', seq: 2 });
    expect(order!.message).toContain('entry #2 (item added');
  });

  it('the history truncated, even with the manifest and SHA256SUMS made to agree', async () => {
    const { zip } = await freshPack();
    const slice = await json(zip, 'history.json');
    slice.entries.pop();
    const verdict = await verifyPack(await rebuildZip(zip, { 'history.json': JSON.stringify(slice) }));
    expect(verdict.problems.find((p) => p.code === 'truncated')?.message).toContain(
      'entry #5 was cut off the end',
    );

    // A forger who also rewrites the manifest's head and count, and SHA256SUMS, still leaves the
    // manifest's note (set by the cut entry) disagreeing with the history.
    const last = slice.entries.at(-1);
    slice.caseHead = { seq: last.seq, hash: last.hash };
    const manifest = await json(zip, 'manifest.json');
    manifest.history = { ...manifest.history, entries: 4, caseHead: slice.caseHead };
    const files = new Map(await readZip(zip));
    files.set('history.json', new TextEncoder().encode(JSON.stringify(slice)));
    manifest.history.sha256 = sha(files.get('history.json')!);
    files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest)));
    const sums = [...files.keys()]
      .filter((p) => p !== 'SHA256SUMS')
      .map((p) => `${sha(files.get(p)!)}  ${p}\n`)
      .join('');
    const forged = await rebuildZip(zip, {
      'history.json': files.get('history.json')!,
      'manifest.json': files.get('manifest.json')!,
      SHA256SUMS: sums,
    });
    const forgedVerdict = await verifyPack(forged);
    expect(forgedVerdict.status).toBe('tampered');
    expect(forgedVerdict.problems[0]?.message).toContain('its note was changed outside TradeGuard');
    // And against the head written down from the first report, the rewrite is plain.
    const expect5 = (await json(zip, 'manifest.json')).history.caseHead;
    const againstHead = await verifyPack(forged, { expectHead: expect5 });
    expect(againstHead.problems.some((p) => p.code === 'head-mismatch')).toBe(true);
  });

  it('an entry edited inside history.json', async () => {
    const { zip } = await freshPack();
    const slice = await json(zip, 'history.json');
    slice.entries[3].data.fileName = 'something else.json';
    const verdict = await verifyPack(await rebuildZip(zip, { 'history.json': JSON.stringify(slice) }));
    expect(verdict.problems.find((p) => p.code === 'altered')).toMatchObject({
      seq: 4,
      path: 'history.json',
    });
  });
});

describe('verify-pack on what it cannot check', () => {
  it('not a zip, a backup, a foreign zip: unreadable', async () => {
    expect((await verifyPack(fixtureBlob('not-a-zip.zip', 'application/zip'))).status).toBe('unreadable');
    expect((await verifyPack(fixtureBlob('foreign-extension.zip', 'application/zip'))).status).toBe(
      'unreadable',
    );
    const db = await freshVault();
    await orderCase(db);
    const out = collectingWritable();
    await exportVault(db, { writable: out.writable, now: NOW });
    const backup = await verifyPack(out.blob());
    expect(backup.status).toBe('unreadable');
    expect(backup.notes[0]).toContain('whole-vault backup');
  });

  it('a pack made before packs carried history: files checked, the gap said', async () => {
    const { zip } = await freshPack();
    const manifest = await json(zip, 'manifest.json');
    delete manifest.history;
    for (const f of manifest.files) delete f.itemId;
    const old = await rebuildZip(zip, {
      'manifest.json': JSON.stringify(manifest),
      'history.json': null,
      SHA256SUMS: null,
    });
    const verdict = await verifyPack(old);
    expect(verdict.status).toBe('intact');
    expect(verdict.notes[0]).toContain('carries no history');
  });
});

describe('tradeguard verify-pack (command line)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-verify-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/tradeguard.ts'), 'verify-pack', ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );

  it('exits 0 intact, 1 tampered (saying what and where), 2 unreadable', async () => {
    const { zip } = await freshPack();
    const good = join(dir, 'good.zip');
    writeFileSync(good, new Uint8Array(await zip.arrayBuffer()));
    const ok = run(good);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/INTACT: 3 of 3 evidence files/);

    const manifest = await json(zip, 'manifest.json');
    const path = manifest.files[0].path;
    const bad = join(dir, 'bad.zip');
    const tampered = await rebuildZip(zip, { [path]: 'not the contract' });
    writeFileSync(bad, new Uint8Array(await tampered.arrayBuffer()));
    const no = run(bad, '--json');
    expect(no.status).toBe(1);
    const out = JSON.parse(no.stdout);
    expect(out).toMatchObject({ status: 'tampered', exitCode: 1 });
    expect(out.problems[0]).toMatchObject({ code: 'bytes-changed', path });

    const junk = join(dir, 'junk.zip');
    writeFileSync(junk, 'hello');
    expect(run(junk).status).toBe(2);
    const missing = run(join(dir, 'missing.zip'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing.zip: no such file');
    expect(run(dir).stderr).toContain('it is not a file');
  }, 60_000);
});
