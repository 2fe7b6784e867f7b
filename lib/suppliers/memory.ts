import type { Money } from '../model/money';
import type { SupplierFacts } from '../model/supplier';
import {
  type MetricsObservation,
  type SupplierMemoryData,
  SupplierMemoryDataSchema,
  type SupplierRecord,
  SupplierRecordSchema,
  type TaLimitObservation,
  type TaRemainingObservation,
} from './memory-schema';
import { normaliseCompanyName } from './normalise-name';

/**
 * What TradeGuard remembers about suppliers across pages: the TA limit seen
 * on a profile is needed later on the order page, where it is not shown.
 * Pure and synchronous over plain data; the caller persists toJSON() (Dexie)
 * and passes observation times in (`at`, ISO strings), so tests are exact.
 * Joined by companyId when known, else by normalised company name.
 */

/** Histories keep the newest entries; a supplier seen daily for years must not grow without bound. */
const MAX_HISTORY = 100;

export class SupplierMemory {
  private readonly records = new Map<string, SupplierRecord>();

  /** Records what a page said about a supplier. Returns the updated record, or null when the page named no one. */
  observe(facts: SupplierFacts, url: string, at: string): SupplierRecord | null {
    const companyId = facts.companyId?.trim() || null;
    const name = facts.name?.trim() || null;
    if (!companyId && !(name && normaliseCompanyName(name))) return null;
    let record = this.find({ companyId, name });
    if (!record) {
      record = blankRecord(companyId, name, url, at);
      this.records.set(record.key, record);
    } else if (companyId && !record.companyId) {
      // First time we learn the id of a supplier known by name: re-key it.
      this.records.delete(record.key);
      record.key = `id:${companyId}`;
      record.companyId = companyId;
      this.records.set(record.key, record);
    }
    const newest = at >= record.lastSeenAt;
    if (name && (newest || !record.name)) record.name = name;
    if (facts.profileUrl && (newest || !record.profileUrl)) record.profileUrl = facts.profileUrl;
    if (at < record.firstSeenAt) record.firstSeenAt = at;
    if (newest) {
      record.lastSeenAt = at;
      record.sourceUrl = url;
    }
    if (facts.taLimit) addLimit(record, { at, url, taLimit: facts.taLimit });
    if (facts.taRemaining) addRemaining(record, { at, url, taRemaining: facts.taRemaining });
    const metrics = metricsOf(facts, url, at);
    if (metrics) addMetrics(record, metrics);
    return record;
  }

  /** By companyId first; by normalised name only when the ids do not contradict each other. */
  find(query: { companyId?: string | null; name?: string | null }): SupplierRecord | null {
    if (query.companyId) {
      const byId = this.records.get(`id:${query.companyId}`);
      if (byId) return byId;
    }
    const wanted = query.name ? normaliseCompanyName(query.name) : '';
    if (!wanted) return null;
    const byNameKey = this.records.get(`name:${wanted}`);
    if (byNameKey) return byNameKey;
    for (const record of this.records.values()) {
      if (record.name && normaliseCompanyName(record.name) === wanted) {
        if (query.companyId && record.companyId && record.companyId !== query.companyId) continue;
        return record;
      }
    }
    return null;
  }

  all(): SupplierRecord[] {
    return [...this.records.values()];
  }

  toJSON(): SupplierMemoryData {
    return { version: 1, records: this.all().map((r) => structuredClone(r)) };
  }

  /** Rebuilds from stored data; invalid records are dropped one by one, never the whole memory. */
  static fromJSON(data: unknown): SupplierMemory {
    const memory = new SupplierMemory();
    const whole = SupplierMemoryDataSchema.safeParse(data);
    const rows: unknown[] = whole.success
      ? whole.data.records
      : Array.isArray((data as { records?: unknown })?.records)
        ? (data as { records: unknown[] }).records
        : [];
    for (const row of rows) {
      const parsed = SupplierRecordSchema.safeParse(row);
      if (parsed.success) memory.records.set(parsed.data.key, parsed.data);
    }
    return memory;
  }
}

/** The most recently observed TA limit, or null when no page has shown one. */
export function knownTaLimit(record: SupplierRecord | null | undefined): Money | null {
  return latestTaLimit(record)?.taLimit ?? null;
}

/** The newest TA-limit observation, with where and when it was seen. */
export function latestTaLimit(record: SupplierRecord | null | undefined): TaLimitObservation | null {
  let latest: TaLimitObservation | null = null;
  for (const entry of record?.taLimitHistory ?? []) if (!latest || entry.at >= latest.at) latest = entry;
  return latest;
}

/** The newest statement of what remains of the limit, with where and when it was seen. */
export function latestTaRemaining(record: SupplierRecord | null | undefined): TaRemainingObservation | null {
  let latest: TaRemainingObservation | null = null;
  for (const entry of record?.taRemainingHistory ?? []) if (!latest || entry.at >= latest.at) latest = entry;
  return latest;
}

function blankRecord(companyId: string | null, name: string | null, url: string, at: string): SupplierRecord {
  return {
    key: companyId ? `id:${companyId}` : `name:${normaliseCompanyName(name ?? '')}`,
    name,
    companyId,
    profileUrl: null,
    firstSeenAt: at,
    lastSeenAt: at,
    sourceUrl: url,
    taLimitHistory: [],
    metricsHistory: [],
  };
}

function addLimit(record: SupplierRecord, entry: TaLimitObservation): void {
  addDated(record.taLimitHistory, entry);
}

function addRemaining(record: SupplierRecord, entry: TaRemainingObservation): void {
  record.taRemainingHistory ??= [];
  addDated(record.taRemainingHistory, entry);
}

/** One entry per page visit, oldest first, the newest MAX_HISTORY kept. */
function addDated<T extends { at: string; url: string }>(history: T[], entry: T): void {
  if (history.some((h) => h.at === entry.at && h.url === entry.url)) return;
  history.push(entry);
  history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (history.length > MAX_HISTORY) history.splice(0, history.length - MAX_HISTORY);
}

const METRIC_KEYS = [
  'yearsOnPlatform',
  'verified',
  'responseRate',
  'responseTimeText',
  'onTimeDeliveryRate',
  'rating',
  'reviewCount',
] as const;

function metricsOf(facts: SupplierFacts, url: string, at: string): MetricsObservation | null {
  const entry = { at, url } as MetricsObservation;
  for (const key of METRIC_KEYS) (entry as Record<string, unknown>)[key] = facts[key] ?? null;
  return METRIC_KEYS.some((k) => entry[k] !== null) ? entry : null;
}

/** Appends only when something changed since the previous observation (a daily visit adds nothing). */
function addMetrics(record: SupplierRecord, entry: MetricsObservation): void {
  const history = record.metricsHistory;
  const previous = [...history].reverse().find((h) => h.at <= entry.at);
  if (previous && METRIC_KEYS.every((k) => previous[k] === entry[k])) return;
  history.push(entry);
  history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (history.length > MAX_HISTORY) history.splice(0, history.length - MAX_HISTORY);
}
