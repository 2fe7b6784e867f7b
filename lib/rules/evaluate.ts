import { type Finding, sortFindings } from '../model/finding';
import { PAGE_RULES } from './registry';
import type { Rule, RuleContext } from './types';

/**
 * Runs every rule that applies to the page kind. A rule that throws is
 * skipped (and named in `failed`) rather than hiding the other findings.
 */
export function evaluateRules(
  ctx: RuleContext,
  rules: readonly Rule[] = PAGE_RULES,
): { findings: Finding[]; failed: string[] } {
  const findings: Finding[] = [];
  const failed: string[] = [];
  for (const rule of rules) {
    if (!rule.appliesTo.includes(ctx.snapshot.kind)) continue;
    try {
      findings.push(...rule.check(ctx));
    } catch {
      failed.push(rule.id);
    }
  }
  return { findings: sortFindings(findings), failed };
}
