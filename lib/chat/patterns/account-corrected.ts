import { anyOf, type ChatPattern } from '../match';

/**
 * An account said to have been given wrongly, with the "correct" one to pay instead: "my assistant gave u the wrong
 * account, correct account for your payment is below, pls ignore the one before", "la cuenta correcta es…", "a conta
 * certa é…", "le bon compte est…", "die richtige Bankverbindung lautet…", "il conto corretto è…", "之前的账户发错了，
 * 正确的收款账户是…", "правильные реквизиты…", "doğru hesap…", "rekening yang benar…", "tài khoản đúng là…". A
 * correction is a change of payee in all but the word, and the story (an owner correcting an assistant, a typo) is how
 * the change is sold. Modelled on business e-mail compromise write-ups ("please disregard the previous details").
 * A refund to the buyer's own account, or the buyer's own number mistyped, is not the seller's payee. Bare "details"
 * is not an account: "I sent the wrong details, the correct details below: 500 pcs, blue" corrects an order.
 */
const ACCOUNT =
  '(?:bank\\s+)?(?:account|acc|acct|a\\/c|bank\\s+details|bank\\s+info\\w*|payment\\s+details|beneficiary|iban|(?:account|banking|remittance|receiving)\\s+details)';
export const ACCOUNT_CORRECTED_PATTERNS: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'a changed bank account or beneficiary',
    gate: /wrong|correct|right|ignore|disregard|equivocad|incorrect|errad|erron|mauvais|bon\s+compte|falsch|richtig|sbagliat|corrett|错|錯|正确|正確|作废|作廢|неправильн|неверн|ошибочн|правильн|yanlis|dogru|salah|benar|sai|dung/,
    needs:
      /\b(?:pay\w*|transfer\w*|remit\w*|wire|deposit|send|below|following|pag\w*|transf\w*|paie\w*|virement|zahl\w*|uberweis\w*|bonific\w*|odeme\w*|bayar|transfer|chuyen|thanh\s+toan)\b|(?<![\p{L}])(?:оплат|перевед|перевод)\p{L}*|付款|转账|轉帳|汇款|匯款|打款|收款/u,
    needsIn: 'message',
    unless:
      /\brefund\w*|\breembols\w*|\breembolso|\brembours\w*|\bruckerstatt\w*|\brimbors\w*|\biade\b|\bhoan\s+tien|(?<![\p{L}])возврат\p{L}*|退款|退钱|退錢|\byour\s+(?:own\s+)?(?:account|card|bank)\b/u,
    unlessIn: 'message',
    re: anyOf(
      `\\b(?:gave|given|sent|send|shared|wrote|written|typed|provided)\\s+(?:you\\s+|u\\s+)?(?:the\\s+|a\\s+)?wrong\\s+${ACCOUNT}`,
      `\\bwrong\\s+${ACCOUNT}\\s+(?:was\\s+|were\\s+)?(?:given|sent|shared|provided)`,
      `\\b(?:the\\s+)?(?:correct|right|real|proper)\\s+${ACCOUNT}\\s+(?:(?:for|to)\\s+(?:your\\s+|the\\s+)?(?:payment|transfer|deposit|balance)\\s+)?(?:is|are|as\\s+follows|below)\\b`,
      `\\b(?:ignore|disregard)\\s+(?:the\\s+)?(?:previous|old|earlier|last|first|other|above)\\s+${ACCOUNT}`,
      '\\b(?:la\\s+)?cuenta\\s+(?:correcta|buena|verdadera)\\b|\\bcuenta\\s+(?:equivocada|incorrecta|erronea)\\b',
      '\\b(?:a\\s+)?conta\\s+(?:correta|certa|verdadeira)\\b|\\bconta\\s+(?:errada|incorreta)\\b',
      '\\b(?:le\\s+)?bon\\s+(?:compte|rib|iban)\\b|\\b(?:mauvais|compte\\s+errone|rib\\s+errone)\\b(?:\\s+(?:compte|rib|iban))?',
      '\\b(?:falsche\\w*|richtige\\w*|korrekte\\w*)\\s+(?:konto|kontonummer|bankverbindung|iban|bankdaten)\\b',
      '\\b(?:conto|iban)\\s+(?:corrett[oa]|giust[oa]|sbagliat[oa])\\b',
      '(?:账户|账号|帳戶|帳號|卡号|卡號|收款账户|收款帳戶)\\S{0,2}(?:发错|發錯|给错|給錯|写错|寫錯|弄错|弄錯)|(?:正确|正確)的?(?:收款)?(?:账户|账号|帳戶|帳號|卡号|卡號)|(?:之前|上次|原来|原來)的?(?:账户|账号|帳戶|帳號)\\S{0,4}(?:作废|作廢|不要用|不用了)',
      '(?<![\\p{L}])(?:неправильн|неверн|ошибочн|правильн)\\p{L}*\\s+(?:реквизит|сч[её]т|карт)\\p{L}*',
      '\\b(?:yanlis|dogru)\\s+(?:hesap|iban)\\w*',
      '\\brekening\\s+(?:yang\\s+)?(?:salah|benar)\\b',
      '\\b(?:tai\\s+khoan|stk)\\s+(?:bi\\s+)?(?:sai|dung)\\b',
    ),
  },
];
