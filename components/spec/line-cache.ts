import type { Finding } from '../../lib/model/finding';
import { checkSpecLine, type SpecLineResult } from '../../lib/spec';
import { withSheetContext } from '../../lib/spec/sheet-context';

/**
 * checkSpecText, remembering each line's findings: while the buyer types in
 * one line of a long contract, only that line is checked again (a 240-line
 * text costs ~110 ms to check whole, which would stall typing).
 */
export function createCachedSpecCheck(limit = 5000): (text: string) => SpecLineResult[] {
  const cache = new Map<string, Finding[]>();
  // The lines of one sheet answer each other ("Capacity: 500" above "Unit: ml"), as in checkSpecText.
  return (text) =>
    withSheetContext(
      text.split(/\r?\n/u).map((lineText, i) => {
        let findings = cache.get(lineText);
        if (!findings) {
          findings = checkSpecLine(lineText);
          // Oldest first out: Map keeps insertion order.
          if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
          cache.set(lineText, findings);
        }
        return { line: i + 1, text: lineText, findings };
      }),
    );
}
