/**
 * A Blob's bytes read into a few buffers that are used again and again,
 * instead of a fresh buffer for every piece of the Blob's stream.
 *
 * Why: an export of a 1 GB pack through Blob.stream()'s default reader
 * allocated 1 GB of fresh pieces; each new buffer is zeroed memory the page
 * faults in, and they pile up as garbage until a collection (the page's heap
 * grew by about a tenth of the pack). Read "bring your own buffer" into a
 * handful of reused 4 MB buffers, the same export took about the time of one
 * plain read with the CRC-32 check included, and the heap grew by the pool
 * (≈1-2% of the pack). Measured in Chromium with scripts/bench/vault-chromium.ts.
 *
 * A buffer handed to the output is reused only after the output says it has
 * taken it (`landed`: the write of that piece settled), so a slow disk never
 * sees a piece overwritten by the next read.
 */

/** Bytes per buffer: large enough that a piece's overhead (a read, a write, a check call) is noise. */
export const PIECE_BYTES = 4 * 1024 * 1024;
/** Buffers per export: one being read into, the rest queued for or in the output's write. */
export const PIECE_BUFFERS = 4;
/** The smallest piece a pool sizes down to: below it, a piece's own overhead starts to show. */
export const MIN_PIECE_BYTES = 256 * 1024;

/**
 * Bytes per buffer for a pack of `packBytes`: the pool (PIECE_BUFFERS buffers) kept under about 1/32 of the
 * pack, so a small pack's memory does not grow by the pool itself (four 4 MB buffers were a quarter of a 64 MB
 * pack), between MIN_PIECE_BYTES and PIECE_BYTES, a power of two.
 */
export function pieceBytesFor(packBytes: number): number {
  let bytes = PIECE_BYTES;
  while (bytes > MIN_PIECE_BYTES && bytes * PIECE_BUFFERS * 32 > packBytes) bytes /= 2;
  return bytes;
}

/** The buffers one export reads through, shared by all its items (items are written one after another). */
export class PieceBuffers {
  private readonly free: ArrayBuffer[] = [];
  private readonly lent: { buffer: ArrayBuffer; landed: Promise<void> }[] = [];
  private made = 0;

  constructor(
    private readonly pieceBytes = PIECE_BYTES,
    private readonly count = PIECE_BUFFERS,
  ) {}

  /** A buffer nobody else holds: a free one, a new one while fewer than `count` exist, or the oldest lent once it landed. */
  async take(): Promise<ArrayBuffer> {
    const free = this.free.pop();
    if (free) return free;
    const oldest = this.made >= this.count ? this.lent.shift() : undefined;
    if (oldest) {
      await oldest.landed;
      return oldest.buffer;
    }
    // A buffer lost with a failed read is replaced rather than waited for.
    this.made++;
    return new ArrayBuffer(this.pieceBytes);
  }

  /** `buffer` is in the output's hands until `landed` settles. */
  lend(buffer: ArrayBuffer, landed: Promise<void>): void {
    this.lent.push({ buffer, landed });
  }

  giveBack(buffer: ArrayBuffer): void {
    if (buffer.byteLength === this.pieceBytes) this.free.push(buffer);
  }
}

/**
 * The Blob's bytes in order, each piece a view into one of `buffers`. The
 * consumer must hand each piece to the output before asking for the next;
 * `landed()` is then called and must settle once the output is done with
 * everything handed to it so far (ZipStreamWriter.landed). Where the Blob's
 * stream has no "bring your own buffer" reader, its own pieces come through.
 */
export async function* blobPieces(
  blob: Blob,
  buffers: PieceBuffers,
  landed: () => Promise<void>,
): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const stream = blob.stream();
  let reader: ReadableStreamBYOBReader;
  try {
    reader = stream.getReader({ mode: 'byob' });
  } catch {
    yield* defaultPieces(stream);
    return;
  }
  try {
    for (;;) {
      const buffer = await buffers.take();
      // The read moves the buffer into the view it returns (the one passed in is detached).
      const { done, value } = await reader.read(new Uint8Array(buffer));
      if (done) {
        if (value) buffers.giveBack(value.buffer as ArrayBuffer);
        return;
      }
      yield value as Uint8Array<ArrayBuffer>;
      buffers.lend(value.buffer as ArrayBuffer, landed());
    }
  } finally {
    reader.releaseLock();
  }
}

async function* defaultPieces(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value as Uint8Array<ArrayBuffer>;
    }
  } finally {
    reader.releaseLock();
  }
}
