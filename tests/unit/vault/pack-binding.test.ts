import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { annotateItem } from '../../../lib/vault/annotate';
import { exportCase } from '../../../lib/vault/export';
import { checkVaultHistory } from '../../../lib/vault/history/check-vault';
import { eventSummary } from '../../../lib/vault/history/describe';
import { verifyPack } from '../../../lib/vault/verify-pack';
import { buyer, draftFor, orderFromPage, pageEvents } from '../dispute/helpers';
import { collectingWritable, freshVault, NOW, orderCase } from './helpers';
import { readZip, rebuildZip, seedCase } from './pack-helpers';

/**
 * What a reviewer reads beside the evidence — report.html, dispute.md, the
 * manifest's case and its statements about each file — is bound to the case's
 * history by the pack's own "pack made" entry. Each test edits one of them the
 * way a careful forger would: the manifest's hashes and SHA256SUMS rewritten
 * to agree, so only the history can tell.
 */
const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function packWithDraft() {
  const db = await freshVault();
  const theCase = await orderCase(db);
  await seedCase(db, theCase);
  await annotateItem(
    db,
    (await db.items.where('caseId').equals(theCase.id).first())!.id,
    { note: 'Lid' },
    NOW,
  );
  const { order, url } = orderFromPage('alibaba-order/ta-detail-218834501001020304-json.html');
  const draft = draftFor({
    order,
    events: [...pageEvents(order, url, '2026-11-18T11:00:00Z'), buyer('deposit_paid', '2026-11-20')],
    now: '2027-01-20T09:00:00Z',
    answers: { problems: ['late-shipment'] },
  });
  const out = collectingWritable();
  await exportCase(db, theCase.id, { writable: out.writable, now: NOW, dispute: draft });
  return { db, zip: out.blob() };
}

/** Applies edits, then makes manifest.history, manifest.dispute and SHA256SUMS agree with them. */
async function forge(
  zip: Blob,
  // biome-ignore lint/suspicious/noExplicitAny: a forger edits any member of the parsed manifest.
  edit: (files: Map<string, Uint8Array>, manifest: any) => void,
): Promise<Blob> {
  const files = new Map(await readZip(zip));
  const manifest = JSON.parse(text(files.get('manifest.json')!));
  edit(files, manifest);
  if (files.has('history.json') && manifest.history)
    manifest.history.sha256 = sha(files.get('history.json')!);
  if (files.has('dispute.md') && manifest.dispute) manifest.dispute.sha256 = sha(files.get('dispute.md')!);
  files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest, null, 2)));
  const sums = [...files.keys()]
    .filter((p) => p !== 'SHA256SUMS')
    .map((p) => `${sha(files.get(p)!)}  ${p}\n`)
    .join('');
  const replace: Record<string, Uint8Array | string> = Object.fromEntries(files);
  replace.SHA256SUMS = sums;
  return rebuildZip(zip, replace);
}

const replaceText = (files: Map<string, Uint8Array>, path: string, from: string, to: string) => {
  const before = text(files.get(path)!);
  expect(before).toContain(from);
  files.set(path, new TextEncoder().encode(before.replace(from, to)));
};

describe('the pack’s own history entry', () => {
  it('is the head, records report, draft and manifest; the vault stays intact in the side panel’s check', async () => {
    const { db, zip } = await packWithDraft();
    const files = await readZip(zip);
    const slice = JSON.parse(text(files.get('history.json')!));
    const last = slice.entries.at(-1);
    expect(last).toMatchObject({
      type: 'pack-exported',
      data: { report: sha(files.get('report.html')!), dispute: sha(files.get('dispute.md')!) },
    });
    expect(slice.caseHead).toEqual({ seq: last.seq, hash: last.hash });
    expect(eventSummary(last)).toMatch(/^Dispute pack made: 3 file\(s\)/);
    // The side panel's "history intact" reads the same chain the pack's head is in.
    const vault = await checkVaultHistory(db);
    expect(vault.problems).toEqual([]);
    expect(vault.head).toEqual(slice.caseHead);
    expect((await verifyPack(zip)).status).toBe('intact');
  });
});

describe('edits a forger makes agree with SHA256SUMS, not with the history', () => {
  it('report.html edited (and its SHA256SUMS line): tampered, naming the report and the entry', async () => {
    const { zip } = await packWithDraft();
    const forged = await forge(zip, (files) =>
      replaceText(files, 'report.html', '<h2>Dispute draft</h2>', '<h2>Draft</h2>'),
    );
    const verdict = await verifyPack(forged);
    expect(verdict.status).toBe('tampered');
    expect(verdict.problems).toHaveLength(1);
    expect(verdict.problems[0]).toMatchObject({ code: 'bytes-changed', path: 'report.html', seq: 6 });
  });

  it('the amount in dispute.md raised, with the manifest’s hash and SHA256SUMS updated', async () => {
    const { zip } = await packWithDraft();
    const forged = await forge(zip, (files) => replaceText(files, 'dispute.md', '14580.00', '48600.00'));
    const verdict = await verifyPack(forged);
    expect(verdict.status).toBe('tampered');
    expect(verdict.problems.map((p) => p.path)).toContain('dispute.md');
    expect(verdict.problems.find((p) => p.path === 'dispute.md')!.message).toContain('entry #6 (pack made)');
  });

  it('the case’s order number and title changed in the manifest: compared with the case-created entry', async () => {
    const { zip } = await packWithDraft();
    const forged = await forge(zip, (_files, manifest) => {
      manifest.case.orderId = '254812930501029999';
      manifest.case.title = 'Order 254812930501029999';
    });
    const verdict = await verifyPack(forged);
    expect(verdict.status).toBe('tampered');
    const messages = verdict.problems.map((p) => p.message).join('\n');
    expect(messages).toContain('order number as "254812930501029999"');
    expect(messages).toContain('recorded "254812930501020345"');
  });

  it('a chat transcript rewritten, or a file’s title changed, in the manifest: the file is named', async () => {
    const { zip } = await packWithDraft();
    const manifest = JSON.parse(text((await readZip(zip)).get('manifest.json')!));
    const chat = manifest.files.find((f: { transcript?: unknown }) => f.transcript);
    const rewritten = await forge(zip, (_files, m) => {
      m.files.find((f: { path: string }) => f.path === chat.path).transcript[0].text =
        'All good, pay via Trade Assurance';
    });
    const verdict = await verifyPack(rewritten);
    expect(verdict.status).toBe('tampered');
    expect(verdict.problems).toEqual([
      expect.objectContaining({ code: 'row-changed', path: chat.path, seq: 6 }),
    ]);
    expect(verdict.problems[0]!.message).toContain('transcript');

    const retitled = await forge(zip, (_files, m) => {
      m.files[0].sourceTitle = 'Signed contract';
    });
    const titled = await verifyPack(retitled);
    expect(titled.status).toBe('tampered');
    expect(titled.problems.map((p) => p.path)).toEqual([manifest.files[0].path]);
  });

  it('the pack’s entry cut off and the head moved back: no longer intact, and plainly tampered against the noted head', async () => {
    const { zip } = await packWithDraft();
    const original = JSON.parse(text((await readZip(zip)).get('manifest.json')!)).history.caseHead;
    const forged = await forge(zip, (files, manifest) => {
      const slice = JSON.parse(text(files.get('history.json')!));
      slice.entries.pop();
      const last = slice.entries.at(-1);
      slice.caseHead = { seq: last.seq, hash: last.hash };
      slice.vaultHead = slice.caseHead;
      files.set('history.json', new TextEncoder().encode(JSON.stringify(slice)));
      manifest.history = {
        ...manifest.history,
        entries: slice.entries.length,
        caseHead: slice.caseHead,
        vaultHead: slice.caseHead,
      };
      replaceText(files, 'report.html', '<h2>Dispute draft</h2>', '<h2>Draft</h2>');
    });
    const verdict = await verifyPack(forged);
    expect(verdict.problems).toEqual([]);
    expect(verdict.status).toBe('unverifiable');
    expect(verdict.notes.join(' ')).toContain('does not record the pack itself');
    const againstHead = await verifyPack(forged, { expectHead: original });
    expect(againstHead.status).toBe('tampered');
  });
});
