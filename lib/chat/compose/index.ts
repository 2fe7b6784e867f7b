import { topLevelAlternatives } from '../gate-index';
import type { ChatPattern } from '../match';
import { type ComposedPatterns, composePatterns } from './compose';
import type { Lexicon } from './lexicon';
import { AR } from './lexicons/ar';
import { AR_LATN } from './lexicons/ar-latn';
import { BG } from './lexicons/bg';
import { BN } from './lexicons/bn';
import { CS } from './lexicons/cs';
import { DE } from './lexicons/de';
import { EL } from './lexicons/el';
import { EN } from './lexicons/en';
import { ES } from './lexicons/es';
import { FA } from './lexicons/fa';
import { FA_LATN } from './lexicons/fa-latn';
import { FR } from './lexicons/fr';
import { HI } from './lexicons/hi';
import { HI_DEVA } from './lexicons/hi-deva';
import { HU } from './lexicons/hu';
import { ID } from './lexicons/id';
import { IT } from './lexicons/it';
import { JA } from './lexicons/ja';
import { KO } from './lexicons/ko';
import { NL } from './lexicons/nl';
import { PL } from './lexicons/pl';
import { PT } from './lexicons/pt';
import { RO } from './lexicons/ro';
import { RU } from './lexicons/ru';
import { RU_LATN } from './lexicons/ru-latn';
import { SV } from './lexicons/sv';
import { SW } from './lexicons/sw';
import { TH } from './lexicons/th';
import { TR } from './lexicons/tr';
import { UK } from './lexicons/uk';
import { UR } from './lexicons/ur';
import { VI } from './lexicons/vi';
import { ZH } from './lexicons/zh';
import { ZH_LATN } from './lexicons/zh-latn';

/**
 * Every supported language's lexicon: the 15 languages the chat guard has read since round 7, and Dutch,
 * Ukrainian, Hindi (Hinglish) and Thai since round 12 (tests/fixtures/chat/real-modelled-12), Hindi in Devanagari
 * since round 15; Russian and Ukrainian, Arabic, Persian and Chinese as they are typed in Latin letters (Arabizi and
 * pinyin) since stop 44: a transliterated language is the same language, read in the spellings writers use; Czech (with
 * Slovak), Hungarian and Bulgarian since stop 47; Romanian, Swedish, Greek, Swahili, Bengali and Persian
 * in its own script since stop 49.
 */
export const LEXICONS: readonly Lexicon[] = [
  EN,
  ZH,
  ES,
  PT,
  FR,
  DE,
  RU,
  AR,
  TR,
  VI,
  ID,
  JA,
  KO,
  IT,
  PL,
  NL,
  UK,
  HI,
  HI_DEVA,
  UR,
  TH,
  RU_LATN,
  AR_LATN,
  FA_LATN,
  ZH_LATN,
  CS,
  HU,
  BG,
  RO,
  SV,
  EL,
  SW,
  BN,
  FA,
];

/**
 * A transliterated language's patterns need one of its own common words in the message (Lexicon.ownWords), before or
 * after the match: each top-level alternative gets the same zero-width condition, so gates and start words still read
 * the alternatives as written.
 */
function inOwnLanguage(l: Lexicon, c: ComposedPatterns): ComposedPatterns {
  if (!l.ownWords) return c;
  const own = `\\b(?:${l.ownWords})\\b`;
  const tail = `(?:(?=[^]*?${own})|(?<=${own}[^]*))`;
  const narrow = (p: ChatPattern): ChatPattern => ({
    ...p,
    re: new RegExp(
      topLevelAlternatives(p.re.source)
        .map((alt) => `${alt}${tail}`)
        .join('|'),
      p.re.flags,
    ),
  });
  return {
    payment: c.payment.map(narrow),
    bank: c.bank.map(narrow),
    pressure: c.pressure.map(narrow),
    moves: c.moves.map(narrow),
  };
}

const composed: ComposedPatterns[] = LEXICONS.map((l) => inOwnLanguage(l, composePatterns(l)));
const all = (key: keyof ComposedPatterns): readonly ChatPattern[] => composed.flatMap((c) => c[key]);

export const COMPOSED_PAYMENT_PATTERNS = all('payment');
export const COMPOSED_BANK_PATTERNS = all('bank');
export const COMPOSED_PRESSURE_PATTERNS = all('pressure');
export const COMPOSED_MOVE_PATTERNS = all('moves');
