/**
 * Cuts a checked line into plain-text segments so the UI can highlight each
 * vague phrase without building HTML from text a stranger wrote.
 */
import type { Finding } from '../model/finding';

export interface HighlightSegment {
  text: string;
  finding?: Finding;
}

/** Findings whose span is missing, out of range or overlaps an earlier one are not highlighted. */
export function highlightSegments(text: string, findings: readonly Finding[]): HighlightSegment[] {
  const spans = findings
    .filter((f) => f.span && f.span.start >= 0 && f.span.end <= text.length && f.span.end > f.span.start)
    .sort((a, b) => a.span!.start - b.span!.start || b.span!.end - a.span!.end);
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const finding of spans) {
    const { start, end } = finding.span!;
    if (start < cursor) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start) });
    segments.push({ text: text.slice(start, end), finding });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor) });
  return segments;
}
