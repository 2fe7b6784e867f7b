import { msg } from '../../i18n/msg';
import { cite } from '../../sources';
import { storyEndsOnPlatform } from '../guards';
import { matchPatterns, type PatternHit } from '../match';
import { patternName } from '../pattern-name';
import { BANK_DETAILS_CHANGE_PATTERNS } from '../patterns/bank-details-change';
import { isPlatformOnlyNotice } from '../platform-notice';
import { type ChatRule, PAY_ON_PLATFORM_FIX } from '../rule';
import { once, type TextContext } from '../text-context';

/** The message's bank-change phrases, found once (the payment rule reads them too). */
export const bankChangeHits = (tc: TextContext): PatternHit[] =>
  once(tc, 'bankChange', () => {
    // "Our account at this branch is closed, please pay through Alibaba": the story ends on the platform's checkout.
    const hits = matchPatterns(tc, BANK_DETAILS_CHANGE_PATTERNS).filter(
      (h) => !storyEndsOnPlatform(tc, h.start, h.end),
    );
    // A safety notice ("someone sends a different account in our name; we never change ours") announces no change.
    return hits.length > 0 && isPlatformOnlyNotice(tc) ? [] : hits;
  });

/** "Our account changed / is under audit / frozen", a re-issued PI with a new beneficiary. */
export const bankDetailsChange: ChatRule = {
  id: 'bank-details-change',
  severity: 'critical',
  source: cite('taRefundArticle', "cover applies only when you pay Alibaba, not the supplier's bank account"),
  fix: msg('chat.bankDetailsChange.fix', { payOnPlatform: PAY_ON_PLATFORM_FIX }),
  detect({ tc }) {
    const hits = bankChangeHits(tc);
    if (hits.length === 0) return null;
    const first = hits[0]!;
    return {
      start: first.start,
      end: first.end,
      // Each pattern name ("account under audit") in the buyer's language; the quote keeps the supplier's words.
      message: msg('chat.bankDetailsChange.message', {
        seen: { list: hits.map((h) => patternName(h.what)) },
      }),
    };
  },
};
