import { logError } from '../log';
import { type Finding, sortFindings } from '../model/finding';
import type { PageRuleId } from './ids';
import { PAGE_RULES } from './registry';
import type { Rule, RuleContext } from './types';

/**
 * Runs every rule that applies to the page kind. A rule that throws does not
 * hide the other findings: it is logged and named in `failed`, which every
 * caller shows as "could not check" — never as a pass.
 */
export function evaluateRules(
  ctx: RuleContext,
  rules: readonly Rule[] = PAGE_RULES,
): { findings: Finding[]; failed: PageRuleId[] } {
  const findings: Finding[] = [];
  const failed: PageRuleId[] = [];
  for (const rule of rules) {
    if (!rule.appliesTo.includes(ctx.snapshot.kind)) continue;
    try {
      findings.push(...rule.check(ctx));
    } catch (error) {
      failed.push(rule.id);
      logError('rules', `${rule.id} could not run on ${ctx.snapshot.url}`, error);
    }
  }
  return { findings: sortFindings(findings), failed };
}

/** How a rule that could not run is told to the buyer (card, popup, command line). */
export interface CouldNotCheck {
  rule: PageRuleId;
  /** The rule's own one-line title: what was not checked. */
  title: string;
}

export function couldNotCheck(
  failed: readonly PageRuleId[],
  rules: readonly Rule[] = PAGE_RULES,
): CouldNotCheck[] {
  return failed.map((id) => ({ rule: id, title: rules.find((r) => r.id === id)?.title ?? id }));
}
