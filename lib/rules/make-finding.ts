import type { Msg } from '../i18n/msg';
import { msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import type { Finding } from '../model/finding';
import type { Rule } from './types';

/** A finding carrying its rule's id, severity, source and default fix; its words are looked up by key. */
export function findingOf(
  rule: Pick<Rule, 'id' | 'severity' | 'source' | 'fix'>,
  details: { message: Msg | string; quote?: string; fix?: Msg | string; severity?: Finding['severity'] },
): Finding {
  const fix = details.fix ?? rule.fix;
  const say = (m: Msg | string) => (typeof m === 'string' ? m : english.render(m));
  const { message } = details;
  return {
    rule: rule.id,
    severity: details.severity ?? rule.severity,
    message: say(message),
    quote: details.quote ?? '',
    fix: say(fix),
    source: rule.source,
    // A rule not yet moved to message keys (English text) is shown in English everywhere.
    ...(typeof message !== 'string' && typeof fix !== 'string' ? { text: { message, fix } } : {}),
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
