import type { Finding } from '../model/finding';
import type { Rule } from './types';

/** A finding carrying its rule's id, severity, source and default fix. */
export function findingOf(
  rule: Pick<Rule, 'id' | 'severity' | 'source' | 'fix'>,
  details: { message: string; quote?: string; fix?: string; severity?: Finding['severity'] },
): Finding {
  return {
    rule: rule.id,
    severity: details.severity ?? rule.severity,
    message: details.message,
    quote: details.quote ?? '',
    fix: details.fix ?? rule.fix,
    source: rule.source,
  };
}

/** "on sunrisekitchen.en.alibaba.com on 2026-11-22" — where a remembered fact was seen. */
export function seenWhere(url: string, at: string): string {
  let host = url;
  try {
    host = new URL(url).hostname;
  } catch {
    // keep the raw text
  }
  return `on ${host} on ${at.slice(0, 10)}`;
}
