import type { ChatPattern } from '../../match';

/** A contact pattern that names its app (WhatsApp, Zalo, KakaoTalk…), reported in the finding's details. */
export interface ChannelPattern extends ChatPattern {
  channel: string;
}

/**
 * One language's ways of asking to pay or talk elsewhere, beyond the first six languages written into
 * offplatform-payment.ts / offplatform-contact.ts (and, for zh and ru, the indirect asks added later).
 * Text is normalised first (normalise.ts): lower-case, Latin accents folded ("chuyển khoản" → "chuyen
 * khoan", "şahsi" → "sahsi", "przelew" stays), Arabic marks and tatweel dropped. Negations and platform
 * anchors per language live in guard-words.ts.
 */
export interface LanguagePatterns {
  lang: string;
  payment: readonly ChatPattern[];
  /** "Our account changed / is new / is frozen" (the bank-details-change rule). */
  bank: readonly ChatPattern[];
  channels: readonly ChannelPattern[];
  moves: readonly ChatPattern[];
}

/** Letters-only word edges for scripts JS's \b does not know (Arabic, Cyrillic). */
export const edge = (alternatives: string) => `(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`;
