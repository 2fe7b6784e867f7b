import type { Finding } from '../model/finding';
import type { PageSnapshot } from '../model/snapshot';
import { correctionNotices } from '../present/correctable';
import type { CorrectionNotice, FactLine } from '../present/fact-line';
import { pageFacts } from '../present/page-facts';
import { type CouldNotCheck, couldNotCheck, evaluateRules } from '../rules/evaluate';
import type { RuleContext } from '../rules/types';
import type { Settings } from '../settings/schema';
import { buildRuleContext } from './rule-context';
import type { TradeMemory } from './trade-memory';

export interface PageAnalysis {
  context: RuleContext;
  findings: Finding[];
  facts: FactLine[];
  /** Rules that threw: what TradeGuard could not check on this page (shown, never taken as a pass). */
  couldNotCheck: CouldNotCheck[];
  /** The buyer's entries a page replaced (this one or an earlier one), told until dismissed. */
  notices: CorrectionNotice[];
}

/**
 * One page through the whole judgement: join it with memory, run the rules,
 * then remember what it said (so the next page is compared with this one).
 * The same function serves the extension's background and the command line.
 */
export function analysePage(
  snapshot: PageSnapshot,
  memory: TradeMemory,
  settings: Settings,
  at: string,
): PageAnalysis {
  const context = buildRuleContext(snapshot, memory, settings, at);
  const { findings, failed } = evaluateRules(context);
  const facts = pageFacts(context);
  memory.observe(snapshot, at);
  return {
    context,
    findings,
    facts,
    couldNotCheck: couldNotCheck(failed),
    notices: correctionNotices(context),
  };
}
