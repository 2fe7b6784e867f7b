/**
 * One plain sentence about storage for the UI. The caller passes what
 * navigator.storage.estimate() and .persisted() returned (this stays pure).
 */

export interface StorageEstimateLike {
  usage?: number;
  quota?: number;
}

export type StorageLevel = 'ok' | 'low' | 'critical' | 'unknown';

export interface StorageStatus {
  level: StorageLevel;
  sentence: string;
}

function size(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

function persistenceSentence(persisted: boolean | undefined): string {
  if (persisted === true) return 'The browser will not clear it to make room.';
  if (persisted === false) {
    return 'The browser may clear it when the disk runs low: export a backup regularly.';
  }
  return 'Whether the browser may clear it is unknown: export a backup regularly.';
}

export function describeStorage(
  estimate: StorageEstimateLike,
  persisted: boolean | undefined,
): StorageStatus {
  const { usage, quota } = estimate;
  const keep = persistenceSentence(persisted);
  if (usage === undefined || quota === undefined || !Number.isFinite(quota) || quota <= 0) {
    const used = usage === undefined ? '' : ` uses ${size(usage)}`;
    return { level: 'unknown', sentence: `The evidence vault${used}; free space is unknown. ${keep}` };
  }
  const free = Math.max(0, quota - usage);
  const share = usage / quota;
  const level: StorageLevel = share >= 0.95 ? 'critical' : share >= 0.8 ? 'low' : 'ok';
  const head = `The evidence vault uses ${size(usage)} of ${size(quota)} available (${size(free)} free).`;
  const advice =
    level === 'critical'
      ? ' Storage is almost full: new captures may fail. Export and delete old cases, or free disk space.'
      : level === 'low'
        ? ' Storage is getting full: consider exporting and deleting old cases.'
        : '';
  return { level, sentence: `${head}${advice} ${keep}` };
}
