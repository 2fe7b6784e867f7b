/**
 * A small reward the writer sends the reader through a wallet (stop 45): "we send you 3 USD cashback to PayPal", "le
 * enviamos 2 dólares de regalo a su PayPal", "nous vous versons un bonus de 3 € sur votre PayPal", "te mandamos um
 * cashback no seu PayPal". The money goes to the buyer, who pays nothing: the wallet is where the buyer receives,
 * not a way to pay outside the order. The review it is bought with, and the chat app it is claimed in, are read by
 * their own rules. Narrow: the writer ("we", "nous", "le enviamos") sends, the reader receives ("you", "le", "votre"),
 * and the sum is named as a reward (cashback, bonus, gift, thanks) — "we refund you by PayPal" is not this, nor is
 * any clause that asks the reader to send or pay. Folded text.
 */
/** Anything the reader is asked to pay or send in the same clause: then the wallet is a way to pay after all. */
const READER_PAYS =
  '\\b(?:pay|paying|payment|fee|fees|deposit|send\\s+(?:us|me)|transfer\\s+(?:us|me)|pague\\w*|pagar|pagu\\w*|payez|payer|frais|tasa|taxa|zahlen|gebuhr)\\b';

export const REWARD_SENT_TO_READER = new RegExp(
  `^(?![^]*${READER_PAYS})[^]*(?:${[
    // "we (will) send you a bonus to your PayPal", "we sent a $5 gift to your PayPal", "we have transferred you a reward
    // by PayPal": sent or to be sent, with or without "you" — the reward's way to the reader is what is named.
    "\\b(?:we|i)(?:'ll|'ve|\\s+will|\\s+can|\\s+have|\\s+just|\\s+already)?\\s+(?:send|sent|give|gave|given|transfer|transferred|pay|paid)\\s+(?:(?:you|u)\\s+)?(?:\\S+\\s+){0,3}?(?:cash\\s?back|bonus|gift|reward|tip|thanks?\\s+money)\\s+(?:\\S+\\s+){0,2}?(?:to|via|by|on|through|in)\\s+(?:your\\s+)?pay\\s?pal\\b",
    '\\b(?:le|te|les)\\s+(?:enviamos|mandamos|damos|transferimos|hacemos\\s+llegar)\\s+(?:\\S+\\s+){0,3}?(?:cashback|bono|regalo|bonificacion|recompensa)\\s+(?:\\S+\\s+){0,2}?(?:a|por|en)\\s+(?:su\\s+|tu\\s+)?pay\\s?pal\\b',
    '\\b(?:te|lhe|vos)\\s+(?:enviamos|mandamos|damos|transferimos)\\s+(?:\\S+\\s+){0,3}?(?:cashback|bonus|brinde|presente|recompensa)\\s+(?:\\S+\\s+){0,2}?(?:no|pelo|para\\s+o|via)\\s+(?:seu\\s+|teu\\s+)?pay\\s?pal\\b',
    '\\bnous\\s+vous\\s+(?:envoyons|offrons|versons|donnons)\\s+(?:\\S+\\s+){0,3}?(?:cashback|bonus|cadeau|recompense)\\s+(?:\\S+\\s+){0,2}?(?:sur|par|via)\\s+(?:votre\\s+)?pay\\s?pal\\b',
  ].join('|')})`,
  'u',
);

/**
 * The ask is not a way around the order when its clause sends the payment to the platform: "you can pay the next
 * order on Alibaba as usual" leaves the reward a reward (stop 46). "Instead of / not / rather than on Alibaba" and a
 * wallet named in the same clause ("you pay us by PayPal, not on Alibaba") keep it an ask.
 */
const NOT_ON_PLATFORM =
  '(?=[^.!?;\\n]{0,60}?\\bpay\\s?pal\\b|(?![^.!?;\\n]{0,50}?(?<!\\b(?:of|than|not|outside)\\s)\\b(?:on|via|through|in|by)\\s+(?:the\\s+)?(?:alibaba|aliexpress|trade\\s?assurance|platform)\\b))';

/**
 * The same message also asking the reader to pay or settle something with the writer — "the balance of this order
 * you can settle with us there too", "el próximo pedido nos lo paga por PayPal": then the wallet the reward goes to
 * is the way to pay after all, whichever clause says so. Only where a reward is named, so a refund to the buyer's
 * original method is not taken back by a word like "balance". Folded text, whole message.
 */
export const READER_PAYS_ELSEWHERE_IN_MESSAGE = new RegExp(
  `^(?=[^]*\\b(?:cash\\s?back|bonus|gift|reward|regalo|bono|bonificacion|recompens\\w*|cadeau|brinde|presente)\\b)[^]*(?:${[
    `\\b(?:settle|settled|settling)\\b${NOT_ON_PLATFORM}`,
    `\\b(?:you|u)\\s+(?:can\\s+|could\\s+|may\\s+|will\\s+|just\\s+)?(?:pay|send|transfer)\\b${NOT_ON_PLATFORM}`,
    '\\bpay\\s+(?:us|me)\\b',
    '\\b(?:nos|me)\\s+(?:lo|la|los|las)\\s+(?:paga|pagas|pague|paguen|transfiere)\\b',
    '\\b(?:paga|pagas|pague|paguen|pagar|pagame|paguenos|pagues)\\s+(?:(?:\\S+\\s+){0,2}?)(?:por|via|con|en|pelo|no)\\s+pay\\s?pal\\b',
    '\\b(?:vous\\s+(?:pouvez\\s+)?(?:payer|regler|reglez|payez))\\b',
    '\\bvoce\\s+(?:pode\\s+)?(?:paga|pagar|quita|quitar)\\b',
  ].join('|')})`,
  'u',
);
