import { AR } from './ar';
import { HE } from './he';
import { ID } from './id';
import { IT } from './it';
import { JA } from './ja';
import { KM } from './km';
import { KO } from './ko';
import type { LanguagePatterns } from './pack';
import { PL } from './pl';
import { RU } from './ru';
import { TR } from './tr';
import { VI } from './vi';
import { ZH } from './zh';

/** Every language's extra patterns, in one list (order is only the order findings list their reasons). */
export const LANGUAGES: readonly LanguagePatterns[] = [ZH, RU, AR, TR, VI, ID, JA, KO, IT, PL, HE, KM];

export const LANGUAGE_PAYMENT_PATTERNS = LANGUAGES.flatMap((l) => l.payment);
export const LANGUAGE_BANK_PATTERNS = LANGUAGES.flatMap((l) => l.bank);
export const LANGUAGE_CHANNEL_PATTERNS = LANGUAGES.flatMap((l) => l.channels);
export const LANGUAGE_MOVE_PATTERNS = LANGUAGES.flatMap((l) => l.moves);
