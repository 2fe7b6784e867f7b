import {
  type CorrectableFact,
  CorrectionBookDataSchema,
  type CorrectionEntry,
  CorrectionEntrySchema,
  type CorrectionScope,
  type CorrectionValue,
  type Statement,
} from '../model/correction';
import { normaliseCompanyName } from '../suppliers/normalise-name';
import { keyOf, ruleValueOf } from './facts';

/**
 * The buyer's corrections, one per fact and scope (a supplier for the TA
 * limit, an order for the rest). Pure and synchronous over plain data, like
 * SupplierMemory: the caller passes times in and persists toJSON().
 */

/** A supplier is the same by companyId when both sides know it, else by normalised name. */
export function sameScope(a: CorrectionScope, b: CorrectionScope): boolean {
  if (a.kind === 'order' || b.kind === 'order') {
    return (
      a.kind === 'order' && b.kind === 'order' && a.marketplace === b.marketplace && a.orderId === b.orderId
    );
  }
  if (a.companyId && b.companyId) return a.companyId === b.companyId;
  const name = normaliseCompanyName(a.name ?? '');
  return name !== '' && name === normaliseCompanyName(b.name ?? '');
}

/** Whether a page's statement retires an entry: later than the entry, and not what the buyer corrected away. */
export function supersedes(entry: CorrectionEntry, statement: Statement): boolean {
  if (entry.supersededBy) return false;
  if (statement.at <= entry.source.enteredAt) return false;
  return statement.key !== entry.replaces;
}

/** The key of the buyer's own value (to tell "the page now agrees" from "the page now says otherwise"). */
export function entryKey(entry: CorrectionEntry): string {
  return keyOf(entry.correction.fact, ruleValueOf(entry.correction));
}

export class CorrectionBook {
  private entries: CorrectionEntry[] = [];
  /** Bumped on every change, so the caller knows when to persist. */
  revision = 0;

  find(scope: CorrectionScope | null, fact: CorrectableFact): CorrectionEntry | null {
    if (!scope) return null;
    return this.entries.find((e) => e.correction.fact === fact && sameScope(e.scope, scope)) ?? null;
  }

  /** Enters or corrects a value; it replaces any earlier entry (active or retired) for that fact and scope. */
  enter(
    scope: CorrectionScope,
    correction: CorrectionValue,
    replaces: string | null,
    enteredAt: string,
  ): CorrectionEntry {
    const entry = CorrectionEntrySchema.parse({
      scope,
      correction,
      source: { kind: 'buyer', enteredAt },
      replaces,
    });
    this.entries = this.entries.filter(
      (e) => !(e.correction.fact === correction.fact && sameScope(e.scope, scope)),
    );
    this.entries.push(entry);
    this.revision++;
    return entry;
  }

  /** Takes an entry back (or dismisses the notice of a retired one). */
  remove(scope: CorrectionScope | null, fact: CorrectableFact): boolean {
    const before = this.entries.length;
    if (scope)
      this.entries = this.entries.filter((e) => !(e.correction.fact === fact && sameScope(e.scope, scope)));
    if (this.entries.length === before) return false;
    this.revision++;
    return true;
  }

  /**
   * A page stated this fact. An entry it contradicts is retired (kept, with
   * what the page said, until the buyer dismisses the notice); one it now
   * confirms is dropped quietly: the page's value is the same, from a page.
   */
  observe(
    scope: CorrectionScope | null,
    fact: CorrectableFact,
    statement: Statement,
  ): CorrectionEntry | null {
    const entry = this.find(scope, fact);
    if (!entry || !supersedes(entry, statement)) return null;
    if (statement.key === entryKey(entry)) {
      this.entries = this.entries.filter((e) => e !== entry);
      this.revision++;
      return null;
    }
    const retired = { ...entry, supersededBy: statement };
    this.entries = this.entries.map((e) => (e === entry ? retired : e));
    this.revision++;
    return retired;
  }

  all(): CorrectionEntry[] {
    return this.entries.map((e) => structuredClone(e));
  }

  toJSON() {
    return { version: 1 as const, entries: this.all() };
  }

  /** Rebuilds from stored data; an invalid entry is dropped on its own, never the whole book. */
  static fromJSON(data: unknown): CorrectionBook {
    const book = new CorrectionBook();
    const parsed = CorrectionBookDataSchema.safeParse(data);
    for (const raw of parsed.success ? parsed.data.entries : []) {
      const entry = CorrectionEntrySchema.safeParse(raw);
      if (entry.success && !book.find(entry.data.scope, entry.data.correction.fact))
        book.entries.push(entry.data);
    }
    return book;
  }
}
