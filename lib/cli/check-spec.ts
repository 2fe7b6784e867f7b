// The command line words its findings in English from the bundled catalogs.
import '../i18n/bundled-catalogs';
/**
 * Command-line core of `tradeguard check-spec`: pure functions over the input
 * text (the lead wires argv/stdin). Only vague-* findings per line; missing-*
 * belong to auditing a whole order (findMissingSpecs).
 */
import { toPublicFinding } from '../model/finding';
import { checkSpecText } from '../spec/check-spec';

export type PublicFinding = ReturnType<typeof toPublicFinding>;

export interface CheckSpecResult {
  lines: { line: number; text: string; findings: PublicFinding[] }[];
}

/** Every non-empty input line, with its true 1-based line number. */
export function runCheckSpec(input: string): CheckSpecResult {
  return {
    // A byte-order mark (Windows editors write one) is not part of the first line's words.
    lines: checkSpecText(input.replace(/^\uFEFF/, ''))
      .filter((l) => l.text.trim().length > 0)
      .map((l) => ({ line: l.line, text: l.text, findings: l.findings.map(toPublicFinding) })),
  };
}

/** A readable terminal summary: each line, then its findings with quote, reason, fix and source. */
export function formatCheckSpec(result: CheckSpecResult): string {
  const out: string[] = [];
  let count = 0;
  for (const line of result.lines) {
    const mark = line.findings.length === 0 ? 'ok  ' : 'WARN';
    out.push(`${mark} ${String(line.line).padStart(3)}  ${line.text}`);
    for (const f of line.findings) {
      count++;
      out.push(`       ${f.severity} ${f.rule}: "${f.quote}"`);
      out.push(`         why: ${f.message}`);
      out.push(`         ask: ${f.fix}`);
      out.push(`         source: ${f.source}`);
    }
  }
  const flagged = result.lines.filter((l) => l.findings.length > 0).length;
  out.push('');
  out.push(`${result.lines.length} line(s) checked, ${flagged} with vague wording, ${count} finding(s).`);
  return out.join('\n');
}
