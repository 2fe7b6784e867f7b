import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCase } from '../../../lib/vault/export';
import { PackManifestSchema } from '../../../lib/vault/pack-format';
import { addEvidence } from '../../../lib/vault/store';
import { collectingWritable, freshVault, NOW, orderCase } from './helpers';
import { readZipText, seedCase } from './pack-helpers';

const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

/**
 * The pack's ZIP is written by the vault's own streaming writer: an
 * independent tool (Info-ZIP's unzip) must read every entry and find every
 * CRC-32 right: stored evidence (CRC kept at capture), deflated text, and an
 * item from before the CRC was kept (computed on the way through).
 */
describe('a dispute pack read by an independent ZIP tool', () => {
  it.skipIf(!hasUnzip)('tests clean and gives back every file byte for byte', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    await seedCase(db, theCase);
    const old = await addEvidence(db, {
      caseId: theCase.id,
      bytes: new Blob([new Uint8Array(70_000).map((_, i) => (i * 7) & 0xff)], { type: 'video/mp4' }),
      kind: 'defect-media',
      captureMethod: 'upload',
      now: new Date('2026-11-03T08:00:00Z'),
      fileName: 'older clip.mp4',
    });
    await db.items.update(old.id, { crc32: undefined });
    const out = collectingWritable();
    await exportCase(db, theCase.id, { writable: out.writable, now: NOW });
    const zip = out.blob();
    const dir = mkdtempSync(join(tmpdir(), 'tg-pack-zip-'));
    try {
      const file = join(dir, 'pack.zip');
      writeFileSync(file, new Uint8Array(await zip.arrayBuffer()));
      const tested = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(tested.status, tested.stdout + tested.stderr).toBe(0);
      expect(tested.stdout).toContain('No errors detected');
      const manifest = PackManifestSchema.parse(JSON.parse(await readZipText(zip, 'manifest.json')));
      const listed = spawnSync('zipinfo', ['-1', file], { encoding: 'utf8' }).stdout.trim().split('\n');
      expect(listed.slice(0, manifest.files.length)).toEqual(manifest.files.map((f) => f.path));
      expect(manifest.files.map((f) => f.path)).toContain('files/04-defect-media-older clip.mp4');
      for (const f of manifest.files) {
        const bytes = spawnSync('unzip', ['-p', file, f.path]).stdout;
        expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
