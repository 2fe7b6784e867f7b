import '../../../lib/i18n/bundled-catalogs';
import { expect, it } from 'vitest';
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

/** A line and the rule it should (or should not) raise. */
export type RuleCase = [line: string, rule: string];

/** One test per line: the line raises the rule. */
export const flags = (cases: RuleCase[]) =>
  it.each(cases)('%s → %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });

/** One test per line: the line does not raise the rule. */
export const clear = (cases: RuleCase[]) =>
  it.each(cases)('%s stays clear of %s', (line, rule) => {
    expect(rules(line)).not.toContain(rule);
  });
