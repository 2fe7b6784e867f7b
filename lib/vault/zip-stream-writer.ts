import { createCRC32 } from 'hash-wasm';

/**
 * A ZIP64 writer for dispute packs that hands the evidence's own buffers to
 * the output, unchanged: no re-chunking, no copy per chunk, one await per
 * buffer. (zip.js re-chunks every entry into fresh 256 KB arrays through a
 * chain of streams, which cost about three reads of the data.) Every entry
 * carries ZIP64 sizes, as the packs always have; an entry whose CRC-32 and
 * sizes are known up front (stored evidence, CRC kept at capture) has them in
 * its local header; any other (deflated files, items from before the CRC was
 * kept) gets a data descriptor after its bytes.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const DATA_DESCRIPTOR = 0x08074b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const END = 0x06054b50;
const VERSION = 45; // ZIP64
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const MAX32 = 0xffffffff;

export interface ZipEntryOptions {
  /** 0 stores the bytes as they are; anything else deflates them. */
  level: number;
  lastModDate: Date;
  /** The CRC-32 of the bytes, when known already (kept at capture). */
  crc32?: number;
  /** The byte count, when known already (with crc32 it puts everything in the local header). */
  size?: number;
}

interface CentralEntry {
  name: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  mtime: number;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function dosTime(date: Date): { time: number; date: number } {
  // The DOS fields are local time with two-second steps (rounded up, as zip.js did); the extra field keeps UTC.
  const d = new Date(Math.ceil(Math.floor(date.getTime() / 1000) / 2) * 2000);
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function setUint64(view: DataView, at: number, value: number) {
  view.setBigUint64(at, BigInt(value), true);
}

export class ZipStreamWriter {
  private offset = 0;
  private readonly entries: CentralEntry[] = [];
  private readonly out: WritableStreamDefaultWriter<Uint8Array>;
  private lastWrite: Promise<void> = Promise.resolve();

  constructor(writable: WritableStream<Uint8Array>) {
    this.out = writable.getWriter();
  }

  /** Total bytes written so far. */
  get size(): number {
    return this.offset;
  }

  private async write(bytes: Uint8Array): Promise<void> {
    if (bytes.byteLength === 0) return;
    this.offset += bytes.byteLength;
    // Waiting for room, not for each write to land, keeps the sink busy while the next buffer is read.
    await this.out.ready;
    // A failed sink errors the stream: ready and close() report it.
    this.lastWrite = this.out.write(bytes).catch(() => undefined);
  }

  /**
   * Settles once the output is done with every buffer written so far (writes
   * settle in order), so a caller may then reuse those buffers for new bytes.
   */
  landed(): Promise<void> {
    return this.lastWrite;
  }

  /** Adds one file from a buffer, a stream of buffers or an async iterable of them (each written as it is). */
  async add(
    path: string,
    data: Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
    options: ZipEntryOptions,
  ): Promise<void> {
    const name = new TextEncoder().encode(path);
    const method = options.level > 0 && typeof CompressionStream !== 'undefined' ? 8 : 0;
    const knownSize = data instanceof Uint8Array ? data.byteLength : options.size;
    const known = method === 0 && options.crc32 !== undefined && knownSize !== undefined;
    const { time, date } = dosTime(options.lastModDate);
    const entry: CentralEntry = {
      name,
      flags: FLAG_UTF8 | (known ? 0 : FLAG_DESCRIPTOR),
      method,
      time,
      date,
      mtime: Math.floor(options.lastModDate.getTime() / 1000),
      crc32: known ? (options.crc32 as number) : 0,
      compressedSize: known ? (knownSize as number) : 0,
      size: known ? (knownSize as number) : 0,
      offset: this.offset,
    };
    await this.write(this.localHeader(entry));
    if (known) {
      // An iterable is written without a stream around it: one await per buffer, nothing queued.
      const written =
        data instanceof Uint8Array || data instanceof ReadableStream
          ? await this.copy(toStream(data))
          : await this.copyIterable(data);
      if (written.size !== entry.size)
        throw new Error(`${path}: ${written.size} bytes read where ${entry.size} were expected`);
    } else {
      const crc = await createCRC32();
      crc.init();
      const counted = { size: 0 };
      let source = toStream(
        data instanceof Uint8Array || data instanceof ReadableStream ? data : iterableStream(data),
      ).pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            crc.update(chunk);
            counted.size += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
      );
      if (method === 8)
        source = source.pipeThrough(
          new CompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>,
        );
      const written = await this.copy(source);
      entry.crc32 = Number.parseInt(crc.digest('hex'), 16);
      entry.size = counted.size;
      entry.compressedSize = written.size;
      const descriptor = new DataView(new ArrayBuffer(24));
      descriptor.setUint32(0, DATA_DESCRIPTOR, true);
      descriptor.setUint32(4, entry.crc32, true);
      setUint64(descriptor, 8, entry.compressedSize);
      setUint64(descriptor, 16, entry.size);
      await this.write(new Uint8Array(descriptor.buffer));
    }
    this.entries.push(entry);
  }

  private async copy(stream: ReadableStream<Uint8Array>): Promise<{ size: number }> {
    const reader = stream.getReader();
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { size };
      size += value.byteLength;
      await this.write(value);
    }
  }

  private async copyIterable(data: AsyncIterable<Uint8Array>): Promise<{ size: number }> {
    let size = 0;
    for await (const value of data) {
      size += value.byteLength;
      await this.write(value);
    }
    return { size };
  }

  private localHeader(entry: CentralEntry): Uint8Array {
    const extra = 4 + 16 + 9;
    const view = new DataView(new ArrayBuffer(30 + entry.name.byteLength + extra));
    view.setUint32(0, LOCAL_HEADER, true);
    view.setUint16(4, VERSION, true);
    view.setUint16(6, entry.flags, true);
    view.setUint16(8, entry.method, true);
    view.setUint16(10, entry.time, true);
    view.setUint16(12, entry.date, true);
    view.setUint32(14, entry.crc32, true);
    view.setUint32(18, MAX32, true);
    view.setUint32(22, MAX32, true);
    view.setUint16(26, entry.name.byteLength, true);
    view.setUint16(28, extra, true);
    new Uint8Array(view.buffer).set(entry.name, 30);
    let at = 30 + entry.name.byteLength;
    view.setUint16(at, 0x0001, true); // ZIP64: sizes (zero when a data descriptor follows)
    view.setUint16(at + 2, 16, true);
    setUint64(view, at + 4, entry.size);
    setUint64(view, at + 12, entry.compressedSize);
    at += 20;
    this.timestamp(view, at, entry.mtime);
    return new Uint8Array(view.buffer);
  }

  private timestamp(view: DataView, at: number, mtime: number) {
    view.setUint16(at, 0x5455, true); // extended timestamp: the modification time in UTC seconds
    view.setUint16(at + 2, 5, true);
    view.setUint8(at + 4, 1);
    view.setUint32(at + 5, Math.max(0, Math.min(MAX32, mtime)), true);
  }

  private centralHeader(entry: CentralEntry): Uint8Array {
    const extra = 4 + 24 + 9;
    const view = new DataView(new ArrayBuffer(46 + entry.name.byteLength + extra));
    view.setUint32(0, CENTRAL_HEADER, true);
    view.setUint16(4, VERSION, true);
    view.setUint16(6, VERSION, true);
    view.setUint16(8, entry.flags, true);
    view.setUint16(10, entry.method, true);
    view.setUint16(12, entry.time, true);
    view.setUint16(14, entry.date, true);
    view.setUint32(16, entry.crc32, true);
    view.setUint32(20, MAX32, true);
    view.setUint32(24, MAX32, true);
    view.setUint16(28, entry.name.byteLength, true);
    view.setUint16(30, extra, true);
    view.setUint32(42, MAX32, true);
    new Uint8Array(view.buffer).set(entry.name, 46);
    let at = 46 + entry.name.byteLength;
    view.setUint16(at, 0x0001, true);
    view.setUint16(at + 2, 24, true);
    setUint64(view, at + 4, entry.size);
    setUint64(view, at + 12, entry.compressedSize);
    setUint64(view, at + 20, entry.offset);
    at += 28;
    this.timestamp(view, at, entry.mtime);
    return new Uint8Array(view.buffer);
  }

  /** The central directory and the (ZIP64) end records; then the output is closed. */
  async close(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) await this.write(this.centralHeader(entry));
    const length = this.offset - start;
    const end64At = this.offset;
    const end = new DataView(new ArrayBuffer(56 + 20 + 22));
    end.setUint32(0, ZIP64_END, true);
    setUint64(end, 4, 44);
    end.setUint16(12, VERSION, true);
    end.setUint16(14, VERSION, true);
    setUint64(end, 24, this.entries.length);
    setUint64(end, 32, this.entries.length);
    setUint64(end, 40, length);
    setUint64(end, 48, start);
    end.setUint32(56, ZIP64_LOCATOR, true);
    setUint64(end, 64, end64At);
    end.setUint32(72, 1, true);
    end.setUint32(76, END, true);
    // Every field points readers to the ZIP64 record (as zip.js wrote it), so none reads a truncated count.
    end.setUint16(84, 0xffff, true);
    end.setUint16(86, 0xffff, true);
    end.setUint32(88, MAX32, true);
    end.setUint32(92, MAX32, true);
    await this.write(new Uint8Array(end.buffer));
    await this.out.close();
  }
}

function toStream(data: Uint8Array | ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  if (!(data instanceof Uint8Array)) return data;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
}

function iterableStream(data: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = data[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
}
