import { english } from '../i18n/translate';
import { normalise } from './normalise';
import { CHAT_RULES } from './rules';
import { quoteOf, textContext } from './text-context';
import type { ChatFinding, ChatMessageInput, ChatScanContext } from './types';

/**
 * Runs every rule on one message. Only the other side's words are judged: supplier messages, and
 * "unknown" ones (a page we could not attribute is treated as the supplier's, to err on the safe side).
 * Buyer and system messages never produce findings: a buyer asking "can I pay with PayPal?" is not a risk,
 * and the platform's own notices are the advice we give.
 */
export function analyseMessage(
  msg: Pick<ChatMessageInput, 'from' | 'text'>,
  ctx: ChatScanContext,
): ChatFinding[] {
  if (msg.from === 'buyer' || msg.from === 'system' || msg.text.trim() === '') return [];
  const norm = normalise(msg.text);
  const tc = textContext(norm);
  const findings: ChatFinding[] = [];
  for (const rule of CHAT_RULES) {
    const hit = rule.detect({ norm, tc, ctx });
    if (!hit) continue;
    const { quote, span } = quoteOf(tc, hit.start, hit.end);
    findings.push({
      rule: rule.id,
      severity: hit.severity ?? rule.severity,
      message: english.render(hit.message),
      quote,
      fix: english.render(rule.fix),
      text: { message: hit.message, fix: rule.fix },
      source: rule.source,
      span,
      ...(hit.details ? { details: hit.details } : {}),
    });
  }
  return findings;
}
