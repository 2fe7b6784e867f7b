import { describe, expect, it } from 'vitest';
import { exportCase } from '../../../lib/vault/export';
import { failWrites, freshVault, NOW, orderCase, quotaError } from './helpers';
import { seedCase } from './pack-helpers';

/** The file a pack is written to, as the side panel's save picker gives it: it keeps what it got unless aborted. */
function fileTarget() {
  const state = { bytes: 0, closed: false, aborted: null as unknown };
  const writable = new WritableStream<Uint8Array>({
    write(chunk) {
      state.bytes += chunk.byteLength;
    },
    close() {
      state.closed = true;
    },
    abort(reason) {
      state.aborted = reason;
    },
  });
  return { writable, state };
}

describe('an export that fails part-way', () => {
  it('discards the file it was writing instead of leaving half a pack behind (full disk while recording the pack)', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    await seedCase(db, theCase);
    // The evidence is written first; recording "pack made" in the history then meets a full disk.
    await failWrites(db, 'history', quotaError);
    const target = fileTarget();
    await expect(exportCase(db, theCase.id, { writable: target.writable, now: NOW })).rejects.toThrow(
      /quota/i,
    );
    expect(target.state.bytes).toBeGreaterThan(0); // evidence had reached the file…
    expect(target.state.closed).toBe(false); // …which was never finished as a pack…
    expect(target.state.aborted).toBeTruthy(); // …and was told to discard what it got.
  });

  it('a case that no longer exists leaves no file either', async () => {
    const db = await freshVault();
    const target = fileTarget();
    await expect(exportCase(db, 'no-such-case', { writable: target.writable, now: NOW })).rejects.toThrow(
      /no longer exists/,
    );
    expect(target.state.aborted).toBeTruthy();
    expect(target.state.closed).toBe(false);
  });

  it('a pack that succeeds is closed, not aborted', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    await seedCase(db, theCase);
    const target = fileTarget();
    await exportCase(db, theCase.id, { writable: target.writable, now: NOW });
    expect(target.state.closed).toBe(true);
    expect(target.state.aborted).toBeNull();
  });
});
