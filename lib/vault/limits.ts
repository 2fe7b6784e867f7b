/**
 * What an imported pack or backup may ask of the buyer's computer. A ZIP
 * says how big its files are; a hostile one says it to make the vault fill
 * the disk or the memory (a 0.92 MB pack expanded to 0.94 GB; a 205 KB pack
 * carried a 210 MB manifest). Each limit is checked before anything is
 * written, and a refusal names the limit. Sizes are decimal (1 MB = 10^6 bytes), as told to the buyer.
 */
export const KB = 1_000;
export const MB = 1_000_000;
export const GB = 1_000_000_000;

export const IMPORT_LIMITS = {
  /**
   * manifest.json of a dispute pack. It holds, per file, a thumbnail (≤ 300 KB,
   * usually 20–40 KB) and a chat transcript (a long chat is a few hundred KB):
   * a case of 100 captured screens fits several times over.
   */
  packManifestBytes: 50 * MB,
  /** backup.json holds every row of the whole vault (suppliers, orders, transcripts): more room. */
  backupManifestBytes: 250 * MB,
  /**
   * How many times one file may expand. Evidence is mostly images and video,
   * stored as they are (×1); page snapshots and transcripts deflate ×3 to ×20.
   */
  maxExpansion: 100,
  /** Files smaller than this are not judged by their ratio: a small file cannot fill a disk. */
  expansionFloorBytes: 1 * MB,
  /** Everything one import may add, whatever the free space (a case of long videos fits). */
  totalBytes: 8 * GB,
} as const;

export type ImportLimits = typeof IMPORT_LIMITS;

/** "10 KB", "1.5 GB": the units the refusals speak in. */
export function formatBytes(bytes: number): string {
  const [unit, size] =
    bytes >= GB ? ['GB', GB] : bytes >= MB ? ['MB', MB] : bytes >= KB ? ['KB', KB] : ['bytes', 1];
  const value = bytes / size;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
