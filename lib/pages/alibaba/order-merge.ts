import type { OrderFacts, ReadPath } from '../../model/order';

export type OrderPatch = Partial<Omit<OrderFacts, 'marketplace' | 'via'>>;

const isEmpty = (v: unknown) =>
  v === null || v === undefined || (Array.isArray(v) && v.length === 0) || v === '';

/**
 * Fills the fields `target` does not know yet from a less trusted source.
 * Called in the order of trust (JSON, then attributes, then visible text),
 * so a value read from JSON is never overwritten by a value read from text.
 * Returns true when the patch contributed anything.
 */
export function fillMissing(target: OrderFacts, patch: OrderPatch, path: ReadPath): boolean {
  let used = false;
  const t = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (isEmpty(value) || !isEmpty(t[key])) continue;
    t[key] = value;
    used = true;
  }
  if (used && !target.via.includes(path)) target.via.push(path);
  return used;
}

/** Joins the spec-like texts of an order (line specs, remarks) into one searchable block, or null. */
export function joinSpecText(parts: readonly (string | null | undefined)[]): string | null {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const part of parts) {
    for (const line of (part ?? '').split('\n')) {
      const p = line.trim();
      if (p && !seen.has(p)) {
        seen.add(p);
        kept.push(p);
      }
    }
  }
  return kept.length > 0 ? kept.join('\n') : null;
}

/** Did any field get a value? (An empty skeleton page is "not an order we could read".) */
export function hasAnyFact(f: OrderFacts): boolean {
  return (
    f.via.length > 0 && (f.id !== null || f.total !== null || f.lineItems.length > 0 || f.status !== null)
  );
}
