/**
 * Small Int32Arrays carved out of shared 64 KB chunks. A `new Int32Array(n)` beyond a few dozen bytes gets
 * its own off-heap buffer, which is slow to create and counts against the garbage collector; the maps from
 * normalised text to the original need two per message. Chunks are never reused, so a view handed out stays
 * valid (and zero-filled) for as long as its holder keeps it.
 */
const CHUNK = 16_384; // 64 KB of Int32
let chunk = new Int32Array(CHUNK);
let used = 0;

export function newInt32Array(length: number): Int32Array {
  if (length > CHUNK / 8) return new Int32Array(length); // rare long messages: their own buffer
  if (used + length > CHUNK) {
    chunk = new Int32Array(CHUNK);
    used = 0;
  }
  const view = chunk.subarray(used, used + length);
  used += length;
  return view;
}
