import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/** The spec tests' readings of one line: its findings, their rules, and the quotes one rule gives. */
export const findings = (line: string) => checkSpecLine(line);
export const rules = (line: string): string[] => findings(line).map((f) => f.rule);
export const quotes = (line: string, rule: string): string[] =>
  findings(line)
    .filter((f) => f.rule === rule)
    .map((f) => f.quote);
export const quoteOf = (line: string, rule: string): string | undefined =>
  findings(line).find((f) => f.rule === rule)?.quote;
