import { anyOf, type ChatPattern } from '../match';

/**
 * The account a payment verb sends the money to is "the one below / the following one": an account the seller
 * writes into the chat, never the one the order designates (that one is shown on the order page, not typed by the
 * seller). English was read with nothing between the article and "account"; a currency or a kind of account may
 * stand there ("to the USD account below", "to our company account as follows"), and the other languages say it
 * with their own words: "sul conto qui sotto / seguente", "auf das folgende Konto / das Konto unten", "sur le
 * compte ci-dessous / suivant", "a la cuenta de abajo / siguiente", "na conta abaixo / seguinte", "aşağıdaki
 * hesaba". A refund to the buyer's own account is no payment to the seller. Words over normalised text (accents
 * folded: "aşağıdaki" → "asagidaki").
 */

/** A currency or a kind of account between the article and the account word: "USD", "company", "dollar". */
const ACCOUNT_KIND_EN =
  '(?:(?:usd|eur|euro|rmb|cny|hkd|gbp|dollar|us\\s+dollar|company|business|bank|corporate)\\s+)';

const PAY_EN = '(?:pay|transfer|send|remit|wire|deposit|t\\/?t|tt)\\w*';
const PAY_IT = '(?:bonific\\w*|pag\\w*|versa\\w*|trasferi\\w*|invia\\w*|accredit\\w*)';
const PAY_DE = '(?:uberweis\\w*|zahl\\w*|bezahl\\w*|einzahl\\w*|senden|schicken)';
const PAY_FR = '(?:pai\\w*|pay\\w*|vir\\w*|regl\\w*|envoy\\w*|vers\\w*|transf\\w*)';
const PAY_ES_PT = '(?:pag\\w*|transf\\w*|deposit\\w*|envi\\w*|mand\\w*)';
const PAY_TR = '(?:ode\\w*|yatir\\w*|gonder\\w*|havale\\w*|transfer\\w*)';

export const ACCOUNT_WRITTEN_BELOW: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'a payment outside the order (bank transfer, no order needed)',
    gate: /below|following|sotto|seguente|indicato|unten|folgend|untenstehend|dessous|suivant|abajo|siguiente|abaixo|seguinte|asagidaki/,
    unless:
      /\brefund|\byour\s+(?:own\s+)?(?:acc|account|card|bank)|\brimbors\w*|\bsuo\s+conto|\bihr\w*\s+konto|\brembours\w*|\bvotre\s+compte|\breembols\w*|\bsu\s+cuenta|\breembolso|\bsua\s+conta|\biade\w*|\bhesabiniz\w*/,
    re: anyOf(
      // en: a currency or a kind of account before "account below / as follows".
      `\\b${PAY_EN}\\s+(?:\\S+\\s+){0,4}?(?:to|into|in)\\s+(?:the\\s+|this\\s+|our\\s+|my\\s+)?${ACCOUNT_KIND_EN}{1,2}(?:acc|accs|account|acct)\\s+(?:below|attached|above|as\\s+follows)\\b`,
      `\\b${PAY_EN}\\s+(?:\\S+\\s+){0,4}?(?:to|into|in)\\s+(?:the\\s+|this\\s+|our\\s+|my\\s+)?(?:below|following)\\s+${ACCOUNT_KIND_EN}{1,2}(?:acc|accs|account|acct)\\b`,
      // it: "fare il bonifico sul conto qui sotto", "pagare sul conto seguente / indicato sotto".
      `\\b${PAY_IT}\\s+(?:\\S+\\s+){0,4}?(?:sul|al|nel|sullo)\\s+(?:nostro\\s+)?conto\\s+(?:corrente\\s+|bancario\\s+)?(?:qui\\s+sotto|qua\\s+sotto|sotto|seguente|sottostante|(?:indicato|riportato)\\s+(?:qui\\s+)?sotto)\\b`,
      `\\b${PAY_IT}\\s+(?:\\S+\\s+){0,4}?(?:sul|al|nel)\\s+seguente\\s+conto\\b`,
      // de: "überweisen Sie auf das folgende Konto", "auf das Konto unten", "auf das untenstehende Konto".
      `\\b${PAY_DE}\\s+(?:\\S+\\s+){0,4}?(?:auf|an)\\s+(?:das|unser)\\s+(?:folgende|untenstehende|unten\\s+genannte|unten\\s+stehende)\\s+(?:\\S+\\s+)?konto\\b`,
      `\\b${PAY_DE}\\s+(?:\\S+\\s+){0,4}?(?:auf|an)\\s+(?:das|unser)\\s+(?:\\S+\\s+)?konto\\s+(?:unten|hier\\s+unten|wie\\s+folgt)\\b`,
      // fr: "virement sur le compte ci-dessous / suivant".
      `\\b${PAY_FR}\\s+(?:\\S+\\s+){0,4}?(?:sur|a|au|vers)\\s+(?:le|notre)\\s+compte\\s+(?:bancaire\\s+)?(?:ci-?\\s?dessous|suivant|indique\\s+ci-?\\s?dessous)\\b`,
      // es and pt: "transfiera a la cuenta de abajo / siguiente", "pague na conta abaixo / seguinte".
      `\\b${PAY_ES_PT}\\s+(?:\\S+\\s+){0,4}?(?:a|en|na|para\\s+a|pra)\\s+(?:la\\s+|nuestra\\s+|nossa\\s+)?(?:siguiente\\s+cuenta|cuenta\\s+(?:bancaria\\s+)?(?:de\\s+abajo|siguiente|indicada\\s+abajo|abajo)|conta\\s+(?:bancaria\\s+)?(?:abaixo|seguinte|indicada\\s+abaixo)|seguinte\\s+conta)\\b`,
      // tr: "aşağıdaki hesaba ödeyin / yatırın / havale edin".
      `\\basagidaki\\s+(?:\\S+\\s+)?hesab\\w*\\s+(?:\\S+\\s+){0,2}?${PAY_TR}`,
    ),
  },
];
