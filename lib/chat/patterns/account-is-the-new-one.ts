import { anyOf, type ChatPattern } from '../match';

/**
 * The seller's account named by what it has become rather than said to change: "our only real account is the new one
 * attached", "our correct account is the one in the attached PI", Spanish "nuestra única cuenta válida es la nueva
 * adjunta", French "notre seul compte valable est le nouveau ci-joint", Arabic "حسابنا الصحيح هو الجديد المرفق" (red team, stop 46: written right after a
 * warning against fake messages, so the change reads as a safety notice). Read as the seller's account (a possessive)
 * with "is" and a new or attached one, with a word of paying in the message: the account on the platform order is
 * never "the new one attached". Folded text.
 */
export const ACCOUNT_IS_THE_NEW_ONE: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: 'a changed bank account or beneficiary',
    gate: /account|acct|iban|cuenta|compte|conta|حساب/,
    needs:
      /\b(?:pay\w*|send|transfer\w*|wire|remit\w*|deposit|balance|pag\w*|transfi\w*|depositi?\w*|saldo|pai\w*|vire\w*|solde|versement)\b|(?<![\p{L}])(?:ف?حول\p{L}*|ادفع\p{L}*|الدفعة|المبلغ|الرصيد)(?![\p{L}])/u,
    needsIn: 'message',
    re: anyOf(
      // en: "our only real account is the new one attached", "our valid account is now the one in the attached PI".
      '\\b(?:our|my)\\s+(?:\\w+\\s+){0,3}?(?:account|acct|iban)\\s+(?:is|will\\s+be)\\s+(?:now\\s+|only\\s+)?the\\s+(?:new\\s+one|new\\s+account|one\\s+(?:\\w+\\s+)?(?:attached|in\\s+the\\s+attached|on\\s+the\\s+attached|below))',
      // es / pt: "nuestra única cuenta válida es la nueva (adjunta)", "nossa única conta válida é a nova".
      '\\b(?:nuestr[ao]|noss[ao])\\s+(?:\\w+\\s+){0,3}?(?:cuenta|conta)\\s+(?:\\w+\\s+){0,2}?(?:es|e|sera)\\s+(?:ahora\\s+|agora\\s+)?(?:la|a)\\s+(?:nueva|nova|adjunta|anexa|(?:que|de)\\s+(?:le\\s+)?(?:adjunto|anexo))',
      // ar: "حسابنا الصحيح الوحيد هو الجديد المرفق".
      '(?<![\\p{L}])حساب(?:نا|ي)\\s+(?:\\p{L}+\\s+){0,3}?(?:هو|هي)\\s+(?:ال)?(?:جديد|مرفق)(?![\\p{L}])',
      // fr: "notre seul compte valable est le nouveau ci-joint".
      '\\bnotre\\s+(?:\\w+\\s+){0,3}?compte\\s+(?:\\w+\\s+){0,2}?(?:est|sera)\\s+(?:desormais\\s+|maintenant\\s+)?(?:le\\s+nouveau|celui\\s+(?:ci-joint|en\\s+piece\\s+jointe))',
    ),
  },
];
