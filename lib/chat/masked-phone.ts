import type { NumberRun } from './extract';

/**
 * Phone numbers with their middle digits masked: "+86 186 **** 5120", "0086-138-xxxx-4410", "WA 137 ●●●● 0926".
 * Writers hide digits from filters and privacy-minded exports hide them from readers; either way a number with a
 * country code, or after a phone cue, is still a number given out to call. The digit run reader (extract.ts) stops
 * at the mask, so such numbers are read here. The value keeps the mask as "*" ("86186****5120").
 */
const MASK = '(?:[*xX×•●]{2,5})';
const GROUP = `(?:\\d{1,5}|${MASK})`;
const MASKED = new RegExp(
  `(?<![\\w*+])(\\+|00)?\\(?\\d{1,4}\\)?(?:[\\s.-]{1,2}${GROUP}){2,5}(?![\\w*])`,
  'gu',
);
const HAS_MASK = new RegExp(MASK, 'u');
/**
 * An account or card named just before: "tài khoản Vietcombank 0071 000 *** 582", "card 5168 **** **** 2290" —
 * bank numbers are masked the same way, and a leading "00" is their first digits, not an international prefix.
 */
export const ACCOUNT_BEFORE =
  /\b(?:account|acct|a\/c|iban|card|bank|konto|cuenta|conta|compte|conto|rekening|hesap|tai\s+khoan|stk|tk|chu\s+tk)\b|(?<![\p{L}])(?:сч[её]т|карт|рахун|картк)\p{L}*|账户|账号|帳號|卡号|卡號|口座|계좌|حساب/u;

/** Runs of digits and masks that read as a phone with hidden digits (7–15 places, a mask between two digit groups). */
export function maskedPhoneRuns(text: string): (NumberRun & { prefixed: boolean })[] {
  if (!/[*xX×•●]{2}/u.test(text)) return [];
  const out: (NumberRun & { prefixed: boolean })[] = [];
  for (const m of text.matchAll(MASKED)) {
    const s = m[0];
    if (!HAS_MASK.test(s)) continue;
    // The mask stands between digits: "186 **** 5120", not a price "12 x 30" or a size "40 x 60 xx".
    if (!/\d[\s.-]{1,2}[*xX×•●]{2,5}[\s.-]{1,2}\d/u.test(s)) continue;
    const value = s.replace(/[*xX×•●]/gu, '*').replace(/[^\d*]/g, '');
    if (value.length < 9 || value.length > 15) continue;
    out.push({
      value,
      start: m.index,
      end: m.index + s.length,
      plus: s.startsWith('+'),
      prefixed: Boolean(m[1]),
    });
  }
  return out;
}
