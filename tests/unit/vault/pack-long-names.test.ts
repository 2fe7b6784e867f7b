import { describe, expect, it } from 'vitest';
import { exportCase } from '../../../lib/vault/export';
import { safeFileName } from '../../../lib/vault/pack-format';
import { addEvidence } from '../../../lib/vault/store';
import { verifyPack } from '../../../lib/vault/verify-pack';
import { collectingWritable, freshVault, NOW, orderCase } from './helpers';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A file name is shortened to fit in a pack; emoji are two UTF-16 units, and a
 * cut between them left half a character, which the history's canonical JSON
 * refuses (the whole export failed) and which a ZIP name cannot hold.
 */
describe('long file names with emoji', () => {
  it('are shortened between characters, never inside one', () => {
    for (let pad = 0; pad < 4; pad++) {
      const name = `${'a'.repeat(pad)}${'😀'.repeat(60)}.png`;
      const safe = safeFileName(name, 'image/png', 'defect-media');
      expect(safe.length).toBeLessThanOrEqual(80);
      expect(safe.endsWith('.png')).toBe(true);
      expect(LONE_SURROGATE.test(safe), safe).toBe(false);
    }
    // Half a character already in the name (from a page's text) is replaced, not kept.
    expect(LONE_SURROGATE.test(safeFileName('photo\uD83D.png', 'image/png', 'defect-media'))).toBe(false);
  });

  it('do not stop the case from being exported, and the pack verifies intact', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    await addEvidence(db, {
      caseId: theCase.id,
      bytes: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
      kind: 'defect-media',
      captureMethod: 'upload',
      now: NOW,
      fileName: `a${'😀'.repeat(60)} carton 14.png`,
    });
    const out = collectingWritable();
    const result = await exportCase(db, theCase.id, { writable: out.writable, now: NOW });
    expect(result.files).toHaveLength(1);
    const verdict = await verifyPack(out.blob());
    expect(verdict.problems).toEqual([]);
    expect(verdict.status).toBe('intact');
  });
});
