import { msg } from '../../i18n/msg';
import { cite } from '../../sources';
import { matchPatterns } from '../match';
import { PRESSURE_PATTERNS } from '../patterns/pressure';
import type { ChatRule } from '../rule';

/**
 * Urgency to pay. Info on its own; the scanner (escalate.ts) raises the other findings of the same message
 * and of the next few supplier messages by one step, because urgency is how off-platform requests succeed.
 */
export const pressure: ChatRule = {
  id: 'pressure',
  severity: 'info',
  source: cite('safeTrading', 'suspicious payment requests'),
  fix: msg('chat.pressure.fix'),
  detect({ tc }) {
    const hit = matchPatterns(tc, PRESSURE_PATTERNS)[0];
    if (!hit) return null;
    return {
      start: hit.start,
      end: hit.end,
      message: msg('chat.pressure.message'),
    };
  },
};
