import type { TimelineEventType } from '../model/timeline';

/**
 * The vocabulary of deadline sentences on order pages (AliExpress `reminder`,
 * service texts, Alibaba order notices). Each entry is matched against page
 * text, which is data written by the marketplace or a seller: it is only
 * ever matched, never rendered or obeyed.
 */

/** Start events, most specific first ("refund request" before "delivery"). */
export const EVENT_PHRASES: readonly { event: TimelineEventType; pattern: string; words: string }[] = [
  {
    event: 'receipt_confirmed',
    pattern:
      '(?:you\\s+)?confirm(?:ing|ed|ation\\s+of)?\\s+(?:the\\s+|your\\s+)?(?:receipt|delivery)|receipt\\s+(?:is\\s+|was\\s+)?confirm(?:ed|ation)|(?:the\\s+)?order\\s+(?:is\\s+|was\\s+)?complet(?:ed|ion)',
    words: 'you confirmed receipt',
  },
  {
    event: 'refund_requested',
    pattern: '(?:the\\s+|your\\s+)?(?:initial\\s+)?refund\\s+request|request(?:ing|ed)?\\s+(?:a\\s+)?refund',
    words: 'you requested the refund',
  },
  {
    event: 'dispute_opened',
    pattern: '(?:the\\s+)?dispute\\s+(?:is\\s+|was\\s+)?opened|opening\\s+(?:a|the)\\s+dispute',
    words: 'the dispute was opened',
  },
  {
    event: 'order_placed',
    pattern:
      '(?:the\\s+|your\\s+)?order\\s+(?:was\\s+|is\\s+|has\\s+been\\s+)?placed|placing\\s+(?:the|your|an)\\s+order|(?:the\\s+)?order\\s+(?:date|creation)|purchase',
    words: 'the order was placed',
  },
  {
    event: 'delivered',
    pattern:
      '(?:the\\s+)?deliver(?:y|ed)|(?:you\\s+)?receiv(?:ing|e|ed)\\s+(?:the\\s+|your\\s+)?(?:goods|items?|package|parcel|order)|(?:the\\s+)?(?:goods|items?|package|parcel)\\s+(?:are\\s+|were\\s+|is\\s+|was\\s+)?(?:received|delivered)|arrival',
    words: 'delivery',
  },
  {
    event: 'shipped',
    pattern:
      '(?:the\\s+)?(?:shipment|shipping|dispatch)|(?:the\\s+order\\s+|it\\s+)?(?:was\\s+|is\\s+)?(?:shipped|dispatched)',
    words: 'the order was shipped',
  },
  {
    event: 'deposit_paid',
    pattern: '(?:the\\s+|your\\s+)?payment|paying',
    words: 'you paid',
  },
];

/** What the buyer is told to do, found in the words before the time span. Order: most specific first. */
export interface StatedAction {
  slug: string;
  pattern: RegExp;
  label: string;
  /** What to do, completing "Before this date: …" / "From this date: …". */
  todo: string;
}

export const ACTIONS: readonly StatedAction[] = [
  {
    slug: 'return-refund',
    pattern: /return\s*(?:\/|or|&)\s*refund|refund\s*(?:\/|or|&)\s*return/i,
    label: 'Apply for a return or refund',
    todo: 'apply for the return or refund on the order page, with photos or a video of the problem',
  },
  {
    slug: 'mediation',
    pattern: /mediat/i,
    label: 'Ask for mediation',
    todo: 'apply for mediation on the refund page if you and the seller have not agreed',
  },
  {
    slug: 'dispute',
    pattern: /dispute|claim|complain/i,
    label: 'Open a dispute',
    todo: 'open a dispute on the order page and upload your evidence (photos, videos, chat)',
  },
  {
    slug: 'confirm-receipt',
    pattern: /confirm\s+(?:the\s+)?(?:receipt|delivery)/i,
    label: 'Confirm receipt (or it is confirmed for you)',
    todo: 'check the goods; if anything is wrong, open a refund request or ask the seller to extend protection instead of confirming',
  },
  {
    slug: 'extend-protection',
    pattern: /extend/i,
    label: 'Ask to extend buyer protection',
    todo: 'ask the seller to extend buyer protection (5–7 days before it ends)',
  },
  {
    slug: 'protection',
    pattern: /protect|cover/i,
    label: 'Buyer protection ends',
    todo: 'raise any problem (refund request or dispute) while protection lasts',
  },
  {
    slug: 'return',
    pattern: /send\s+(?:it|them|the\s+\w+)\s+back|return/i,
    label: 'Send the item back',
    todo: 'send the item back with a tracked service and keep the receipt and tracking number',
  },
  {
    slug: 'refund',
    pattern: /refund/i,
    label: 'Request a refund',
    todo: 'request the refund on the order page',
  },
];

export const GENERIC_ACTION: Omit<StatedAction, 'pattern'> = {
  slug: 'deadline',
  label: 'Deadline stated on the order page',
  todo: 'act on the order page (refund request or dispute) if anything is wrong',
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};

export const NUMBER = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;

export function readNumber(token: string): number {
  return NUMBER_WORDS[token.toLowerCase()] ?? Number(token);
}

export function findAction(text: string): Omit<StatedAction, 'pattern'> {
  return ACTIONS.find((a) => a.pattern.test(text)) ?? GENERIC_ACTION;
}
