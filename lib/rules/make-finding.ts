import type { Msg } from '../i18n/msg';
import { msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import type { Finding } from '../model/finding';
import type { Rule } from './types';

/** A finding carrying its rule's id, severity, source and default fix; its words are looked up by key. */
export function findingOf(
  rule: Pick<Rule, 'id' | 'severity' | 'source' | 'fix'>,
  details: { message: Msg; quote?: string; fix?: Msg; severity?: Finding['severity'] },
): Finding {
  const fix = details.fix ?? rule.fix;
  return {
    rule: rule.id,
    severity: details.severity ?? rule.severity,
    message: english.render(details.message),
    quote: details.quote ?? '',
    fix: english.render(fix),
    source: rule.source,
    text: { message: details.message, fix },
  };
}

/** "seen on sunrisekitchen.en.alibaba.com on 2026-11-22" — where a remembered fact was seen. */
export function seenWhere(url: string, at: string): Msg {
  let host = url;
  try {
    host = new URL(url).hostname;
  } catch {
    // keep the raw text
  }
  return msg('rules.seenOn', { host, day: at.slice(0, 10) });
}
