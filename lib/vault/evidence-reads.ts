import type { VaultDb } from './db';
import { hex } from './hash';
import { compressionLevelFor } from './pack-format';
import type { ItemRow } from './schema/rows';
import { getItemBytes } from './store';

/** One item's stored bytes as the export takes them. */
export interface EvidenceRead {
  /** Absent: the item's bytes are missing from the vault. */
  bytes?: Blob;
  /**
   * The bytes read whole, and their native SHA-256 started the moment they
   * arrived (it runs off the main thread while earlier items are written).
   * Absent for items streamed instead (too large, deflated, no kept CRC-32,
   * no WebCrypto).
   */
  whole?: { bytes: Promise<Uint8Array>; sha256: Promise<string> };
}

/** Where the export's evidence time went, in ms (the benchmark prints it). */
export interface EvidenceSplit {
  readWaitMs: number;
  hashWaitMs: number;
  writeMs: number;
}

/**
 * The export's reads, kept one item ahead of the ZIP: while item i is written,
 * item i+1 is read and, the moment its bytes arrive, hashed by the platform's
 * SHA-256 (off the main thread), so reading, hashing and writing overlap
 * instead of taking turns. Memory holds at most two items read whole (each at
 * most `holdWholeUpTo` bytes).
 */
export class EvidenceReads {
  readonly split: EvidenceSplit = { readWaitMs: 0, hashWaitMs: 0, writeMs: 0 };
  private readonly pending = new Map<number, Promise<EvidenceRead>>();
  private next = 0;

  constructor(
    private readonly db: VaultDb,
    private readonly items: readonly ItemRow[],
    private readonly holdWholeUpTo: number,
  ) {}

  /** Item `at`'s read (items are taken in order), with the following ones started. */
  async take(at: number): Promise<EvidenceRead> {
    const started = performance.now();
    const read = this.pending.get(at) ?? this.start(at);
    this.pending.delete(at);
    this.readAhead(at);
    const value = await read;
    this.split.readWaitMs += performance.now() - started;
    return value;
  }

  private readAhead(current: number) {
    const at = current + 1;
    if (at < this.items.length && at >= this.next) this.pending.set(at, this.start(at));
  }

  private start(at: number): Promise<EvidenceRead> {
    this.next = Math.max(this.next, at + 1);
    const item = this.items[at] as ItemRow;
    const read = (async (): Promise<EvidenceRead> => {
      const bytes = await getItemBytes(this.db, item.id);
      const subtle = globalThis.crypto?.subtle;
      if (
        !bytes ||
        !subtle ||
        !item.crc32 ||
        bytes.size !== item.size ||
        bytes.size > this.holdWholeUpTo ||
        compressionLevelFor(item.mimeType) !== 0
      )
        return { bytes };
      const whole = bytes.arrayBuffer().then((buffer) => new Uint8Array(buffer));
      const sha256 = whole.then(async (b) => hex(await subtle.digest('SHA-256', b)));
      // A failed read or hash surfaces where it is awaited (writeEvidence), not as an unhandled rejection.
      sha256.catch(() => undefined);
      return { bytes, whole: { bytes: whole, sha256 } };
    })();
    read.catch(() => undefined);
    return read;
  }
}
