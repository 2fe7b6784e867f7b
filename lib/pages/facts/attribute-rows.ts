import type { Attribute } from '../../model/product';

/**
 * Attribute rows gathered from lists a page keeps side by side (the product data's productBasicProperties,
 * productKeyIndustryProperties and productOtherProperties name one label in several of them, each with some of
 * its values: "Type: full set" in one, "Type: full set, Front, Rear" in another). Each row is one claim a buyer
 * reads once: a row whose values are all said already under the same label (a repeat, or a subset of an earlier
 * row) adds nothing and is dropped, so a check that quotes it warns once, not once per list. A value part written
 * twice in one row ("Leather, Leather") is kept once. Rows with a value of their own stay, in page order.
 * Labels lose a trailing colon the page drew inside them ("Style:").
 */
export function mergedAttributeRows(rows: readonly Attribute[]): Attribute[] {
  const said = new Map<string, Set<string>>();
  const out: Attribute[] = [];
  for (const row of rows) {
    const name = row.name.replace(/\s*[:：]+\s*$/u, '').trim();
    if (!name) continue;
    const parts = distinctParts(row.value);
    const label = name.toLowerCase();
    const before = said.get(label);
    if (before && parts.every((p) => before.has(p.toLowerCase()))) continue;
    const known = before ?? new Set<string>();
    for (const p of parts) known.add(p.toLowerCase());
    said.set(label, known);
    out.push({ name, value: joinParts(row.value, parts) });
  }
  return out;
}

/**
 * Parts are separated by a semicolon, or a comma not inside a number: "5,5 mm" and "1,000 pcs" are one
 * value each, not two.
 */
const PART_BREAK = /\s*(?:[;，；]|,(?!\d))\s*/u;
const partsOf = (value: string) => value.split(PART_BREAK).filter((p) => p.trim());

/** The value's parts, each kept once (case-insensitive), in order. */
function distinctParts(value: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of partsOf(value)) {
    const part = raw.trim();
    if (!part || seen.has(part.toLowerCase())) continue;
    seen.add(part.toLowerCase());
    out.push(part);
  }
  return out;
}

/** The value as written when nothing repeated in it; else its parts once each, with the row's own separator. */
function joinParts(value: string, parts: readonly string[]): string {
  if (partsOf(value).length === parts.length) return value.trim();
  return parts.join(/;/.test(value) && !/,/.test(value) ? '; ' : ', ');
}
