import { msg } from '../i18n/msg';
import type { Severity } from '../model/finding';
import type { ChatFinding, ChatMessageInput } from './types';

/**
 * How urgency raises the other findings: a `pressure` finding in a supplier message raises every other
 * finding of that message, and of the next PRESSURE_WINDOW supplier messages, by one step (info → warning,
 * warning → critical). Buyer messages in between do not use up the window. Raised findings carry
 * `raisedBy: 'pressure'` and say so in their message.
 */
export const PRESSURE_WINDOW = 3;

const ONE_UP: Record<Severity, Severity> = { info: 'warning', warning: 'critical', critical: 'critical' };
const RAISED_NOTE = ' Raised one level: the supplier is also pressing you to pay quickly.';

export function raise(findings: ChatFinding[]): ChatFinding[] {
  return findings.map((f) => {
    if (f.rule === 'pressure' || f.severity === 'critical') return f;
    return {
      ...f,
      severity: ONE_UP[f.severity],
      message: f.message + RAISED_NOTE,
      ...(f.text ? { text: { ...f.text, message: msg('chat.raised', { message: f.text.message }) } } : {}),
      raisedBy: 'pressure' as const,
    };
  });
}

/** Window still open after a message, given the window open before it. */
export function windowAfter(from: ChatMessageInput['from'], findings: ChatFinding[], before: number): number {
  if (from === 'buyer' || from === 'system') return before;
  if (findings.some((f) => f.rule === 'pressure')) return PRESSURE_WINDOW;
  return Math.max(0, before - 1);
}

/** Findings as shown: raised when this message has urgency or one of the last few supplier messages did. */
export function escalate(findings: ChatFinding[], windowBefore: number): ChatFinding[] {
  const urgent = windowBefore > 0 || findings.some((f) => f.rule === 'pressure');
  return urgent && findings.length > 0 ? raise(findings) : findings;
}
