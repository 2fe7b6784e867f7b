import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCase, exportVault } from '../../../lib/vault/export';
import { restoreVault } from '../../../lib/vault/import';
import { collectingWritable, freshVault, NOW, orderCase } from './helpers';
import { readZipText, rebuildZip, seedCase } from './pack-helpers';

const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

/**
 * A dispute pack's stored entries carry the CRC-32 kept with each item, unchecked
 * (that is what makes the export fast). A backup's rows are only a claim: one whose
 * CRC-32 was edited or damaged, restored, must not make every later pack of that
 * case fail a ZIP tool's test while the evidence itself is intact.
 */
describe('a restored backup whose rows claim wrong CRC-32s', () => {
  it.skipIf(!hasUnzip)('still gives dispute packs that an independent ZIP tool tests clean', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    await seedCase(db, theCase);
    const out = collectingWritable();
    await exportVault(db, { writable: out.writable, now: NOW });
    const backup = out.blob();
    const manifest = JSON.parse(await readZipText(backup, 'backup.json'));
    let edited = 0;
    for (const item of manifest.tables.items)
      if (item.crc32) {
        item.crc32 = item.crc32 === 'deadbeef' ? 'feedface' : 'deadbeef';
        edited++;
      }
    expect(edited).toBeGreaterThan(0);
    const damaged = await rebuildZip(backup, { 'backup.json': JSON.stringify(manifest) });

    const restored = await freshVault();
    await restoreVault(restored, damaged, { now: NOW, locks: null });
    const pack = collectingWritable();
    const result = await exportCase(restored, theCase.id, { writable: pack.writable, now: NOW });
    expect(result.mismatches).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'tg-restored-crc-'));
    try {
      const file = join(dir, 'pack.zip');
      writeFileSync(file, new Uint8Array(await pack.blob().arrayBuffer()));
      const tested = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(tested.stdout + tested.stderr).not.toContain('bad CRC');
      expect(tested.status, tested.stdout).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
