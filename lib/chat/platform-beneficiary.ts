import { once, type TextContext } from './text-context';

/**
 * The account details of a Trade Assurance order, pasted from the order page: "Beneficiary name: Alibaba.com
 * Singapore E-Commerce Private Limited", Citibank, an account number made for that order. The payee is the
 * platform itself, which is the checkout — not a payment elsewhere, a changed account or details to check.
 *
 * Only the platform's own names count, whole: a look-alike that borrows the word ("Alibaba Trading Co Ltd HK",
 * "Alibaba Supplier Service Ltd") is someone else. And the message must name no other payee: every beneficiary
 * line names the platform, at most one account number is given, and nothing asks for a personal, private,
 * another or a new account, or for money sent to the writer.
 */
const PAYEE_FIELD =
  /(?:^|\n|[.;,/|]\s*)\s*(?:beneficiary(?:'s)?(?:\s+(?:account\s+)?name)?|account\s+(?:name|holder(?:\s+name)?)|payee(?:\s+name)?|receiver(?:'s)?\s+name|recipient\s+name|nombre\s+del\s+beneficiario|beneficiario|titular(?:\s+da\s+conta|\s+de\s+la\s+cuenta)?|beneficiaire|empfanger|kontoinhaber|收款人(?:名称|名稱|户名|戶名|全称|全稱)?|户名|戶名|账户名称|賬戶名稱)\s*[:：]\s*([^\n;,/|]+)/gu;

/** The platform's own entities, as the order page names them. */
const PLATFORM_ENTITY =
  /^(?:alibaba\.com\s+singapore\s+e-?\s?commerce\s+(?:private\s+limited|pte\.?\s*ltd\.?)|alibaba\.com(?:\s+\(?trade\s+assurance\)?)?|aliexpress(?:\.com)?)$/u;

/** Another payee asked for: a personal, private, other or new account; money sent to the writer. */
const OTHER_PAYEE =
  /\b(?:personal|private|individual|own|another|other|second|different|new|changed|updated|alternative|backup)\s+(?:\w+\s+)?(?:account|acct|a\/c|card|bank\s+account|beneficiary|wallet|paypal)\b|\b(?:my|our|his|her)\s+(?:\w+\s+)?(?:account|acct|a\/c|card|wallet|paypal|alipay|wechat)\b|\b(?:pay|send|transfer|wire|remit)\w*\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:me|us)\b(?!\s+(?:first|later))|\b(?:instead|directly|outside)\b|个人|個人|私人|我的(?:账户|賬戶|卡)/u;

/** Account numbers in the message (digit runs of 9 or more, spaces and dashes inside): at most one may be given. */
const ACCOUNT_DIGITS = /\d(?:[\s-]?\d){8,}/gu;

function cleanName(value: string): string {
  return value
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .replace(/[\s.,;:!]+$/u, '')
    .trim();
}

/** The message pays the platform's own beneficiary, and no one else. */
export function paysPlatformBeneficiary(tc: TextContext): boolean {
  return once(tc, 'platformBeneficiary', () => {
    const text = tc.norm.text;
    if (!text.includes('ali')) return false;
    const names = [...text.matchAll(PAYEE_FIELD)].map((m) => cleanName(m[1]!));
    if (names.length === 0 || !names.every((n) => PLATFORM_ENTITY.test(n))) return false;
    // The entity's own words ("…Private Limited") are no private account: its lines are read without them.
    if (OTHER_PAYEE.test(text.replace(PAYEE_FIELD, ' '))) return false;
    // The order's reference may sit next to the account ("unique for your order 2289 …"): only account numbers
    // not said to be the order's count.
    const numbers = new Set(
      [...text.matchAll(ACCOUNT_DIGITS)]
        .filter(
          (m) =>
            !/\border\s+(?:no\.?\s*|number\s*|#\s*)?$/u.test(text.slice(Math.max(0, m.index - 20), m.index)),
        )
        .map((m) => m[0].replace(/\D/g, '')),
    );
    return numbers.size <= 1;
  });
}
