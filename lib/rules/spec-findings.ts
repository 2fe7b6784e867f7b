import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import { checkSpecLine, findMissingSpecs } from '../spec';
import type { PageRuleId } from './ids';
import type { RuleContext } from './types';

/**
 * The specification checker runs once per page, not once per rule: its
 * findings are cached per context and each vague-/missing- rule takes its own.
 */
const vagueCache = new WeakMap<RuleContext, Finding[]>();
const missingCache = new WeakMap<RuleContext, Finding[]>();

export function vagueFindings(ctx: RuleContext, ruleId: PageRuleId): Finding[] {
  let all = vagueCache.get(ctx);
  if (!all) {
    const seen = new Set<string>();
    all = ctx.specLines.flatMap((line) =>
      checkSpecLine(line.text)
        // The same phrase on a line item and in the remarks is one problem, reported where it first stands.
        .filter(
          (f) =>
            !seen.has(`${f.rule}|${f.quote.toLowerCase()}`) && seen.add(`${f.rule}|${f.quote.toLowerCase()}`),
        )
        .map((f) => {
          // The line's origin ("Order remarks") comes from the page reader, in English.
          const message = f.text
            ? msg('spec.atOrigin', { origin: line.origin, message: f.text.message })
            : null;
          return {
            ...f,
            message: `${line.origin}: ${f.message}`,
            ...(message && f.text ? { text: { ...f.text, message } } : {}),
          };
        }),
    );
    vagueCache.set(ctx, all);
  }
  return all.filter((f) => f.rule === ruleId);
}

/** Missing attributes are judged on an order's whole text (a product page is a catalogue, not a contract). */
export function missingFindings(ctx: RuleContext, ruleId: PageRuleId): Finding[] {
  // "Never states the colour" needs an order whose text was read; with none, say nothing rather than guess.
  if (!ctx.order || (ctx.specLines.length === 0 && ctx.order.lineItems.length === 0)) return [];
  let all = missingCache.get(ctx);
  if (!all) {
    const text = ctx.specLines.map((l) => l.text).join('\n');
    all = findMissingSpecs(text, { hasShipDate: Boolean(ctx.order.shipBy) });
    missingCache.set(ctx, all);
  }
  return all.filter((f) => f.rule === ruleId);
}
