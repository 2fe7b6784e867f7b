import type { Conflict } from '../../model/conflict';

/**
 * Candidate values per fact, in order of trust, each with where the page
 * shows it. The first candidate is the fact; a later candidate that differs
 * (beyond the field's own rounding) makes a conflict instead of being dropped
 * silently. Candidates must already have passed their field's shape check.
 */
export interface Candidate {
  value: unknown;
  where: string;
  /** Seen only where a fact may not come from (a supplier's prose, a comment): shown as a conflict, never kept. */
  noteOnly?: true;
}

export type SameFn = (a: unknown, b: unknown) => boolean;

export class FactSet<K extends string> {
  private readonly entries = new Map<K, Candidate[]>();

  add(field: K, value: unknown, where: string): void {
    if (value === null || value === undefined) return;
    const list = this.entries.get(field);
    if (list) {
      if (list.length < 12) list.push({ value, where });
    } else this.entries.set(field, [{ value, where }]);
  }

  /** A value from a place that may confirm or contradict a fact but never supply it alone. */
  note(field: K, value: unknown, where: string): void {
    if (value === null || value === undefined) return;
    const list = this.entries.get(field) ?? [];
    if (list.length < 12) list.push({ value, where, noteOnly: true });
    this.entries.set(field, list);
  }

  get<T>(field: K): T | null {
    return (this.entries.get(field)?.find((c) => !c.noteOnly)?.value as T | undefined) ?? null;
  }

  /** Every candidate of a field, in order of trust (notes included). */
  candidates(field: K): readonly Candidate[] {
    return this.entries.get(field) ?? [];
  }

  has(field: K): boolean {
    return this.get(field) !== null;
  }

  /**
   * A value the page draws for the buyer (`drawn`) and another of its sources agrees with outranks a
   * first candidate nothing backs: a 2022 product page keeps an older responseTimeText ("≤2h") in its
   * seller record while its company card draws the verified-card row ("Response time ≤3h").
   * The first candidate keeps its place when anything backs it; the rival stays a conflict either way.
   */
  preferBacked(field: K, drawn: (c: Candidate) => boolean, eq: SameFn = deepEqual): void {
    const list = this.entries.get(field);
    const kept = list?.find((c) => !c.noteOnly);
    if (!list || !kept) return;
    const facts = list.filter((c) => !c.noteOnly);
    const backers = (v: unknown) => facts.filter((c) => eq(c.value, v)).length;
    if (backers(kept.value) > 1) return;
    // The backer must be a source of another kind (a script's record, a structured attribute): the same row's
    // tooltip, or the row drawn twice (a sticky bar), is one source counted twice (red team).
    const backedElsewhere = (v: unknown) => facts.some((c) => !drawn(c) && eq(c.value, v));
    const rival = facts.find(
      (c) => drawn(c) && !eq(c.value, kept.value) && backers(c.value) > 1 && backedElsewhere(c.value),
    );
    if (!rival) return;
    const agree = list.filter((c) => !c.noteOnly && eq(c.value, rival.value));
    this.entries.set(field, [...agree, ...list.filter((c) => !agree.includes(c))]);
  }

  /** Fields whose candidates disagree, named `${prefix}${field}`; `same` per field (default: deep equality). */
  conflicts(prefix: string, same: Partial<Record<K, SameFn>> = {}): Conflict[] {
    const out: Conflict[] = [];
    for (const [field, all] of this.entries) {
      const kept = all.find((c) => !c.noteOnly);
      if (!kept) continue; // notes alone say nothing
      const list = [kept, ...all.filter((c) => c !== kept)];
      const eq = same[field] ?? deepEqual;
      const distinct: Candidate[] = [];
      for (const c of list) if (!distinct.some((d) => eq(d.value, c.value))) distinct.push(c);
      const values = distinct.slice(0, 6).map(({ value, where }) => ({ value, where }));
      if (distinct.length > 1) out.push({ field: `${prefix}${field}`, values });
    }
    return out;
  }
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Rates shown rounded or floored ("≥98%") against the exact figure (98.5%): within one point is the same. */
export const sameRate: SameFn = (a, b) =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1;
export const sameRating: SameFn = (a, b) =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 0.051;
/** Names: case, punctuation and spacing aside. */
export const sameName: SameFn = (a, b) => nameKey(a) === nameKey(b);
const nameKey = (v: unknown) =>
  String(v)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
/** Durations: "≤2h" and "2h" name the same figure. */
export const sameDuration: SameFn = (a, b) =>
  String(a)
    .replace(/^[≤<≥>]/, '')
    .toLowerCase() ===
  String(b)
    .replace(/^[≤<≥>]/, '')
    .toLowerCase();
/** Money in different currencies is not comparable here (a page shows USD and its local price). */
export const sameMoney: SameFn = (a, b) => {
  const x = a as { minor?: number; currency?: string };
  const y = b as { minor?: number; currency?: string };
  return x.currency !== y.currency || x.minor === y.minor;
};
