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
    "\\b(?:we|i)(?:'ll|\\s+will|\\s+can)?\\s+(?:send|give|transfer|pay)\\s+(?:you|u)\\s+(?:\\S+\\s+){0,3}?(?:cash\\s?back|bonus|gift|reward|tip|thanks?\\s+money)\\s+(?:\\S+\\s+){0,2}?(?:to|via|by|on|through|in)\\s+(?:your\\s+)?pay\\s?pal\\b",
    '\\b(?:le|te|les)\\s+(?:enviamos|mandamos|damos|transferimos|hacemos\\s+llegar)\\s+(?:\\S+\\s+){0,3}?(?:cashback|bono|regalo|bonificacion|recompensa)\\s+(?:\\S+\\s+){0,2}?(?:a|por|en)\\s+(?:su\\s+|tu\\s+)?pay\\s?pal\\b',
    '\\b(?:te|lhe|vos)\\s+(?:enviamos|mandamos|damos|transferimos)\\s+(?:\\S+\\s+){0,3}?(?:cashback|bonus|brinde|presente|recompensa)\\s+(?:\\S+\\s+){0,2}?(?:no|pelo|para\\s+o|via)\\s+(?:seu\\s+|teu\\s+)?pay\\s?pal\\b',
    '\\bnous\\s+vous\\s+(?:envoyons|offrons|versons|donnons)\\s+(?:\\S+\\s+){0,3}?(?:cashback|bonus|cadeau|recompense)\\s+(?:\\S+\\s+){0,2}?(?:sur|par|via)\\s+(?:votre\\s+)?pay\\s?pal\\b',
  ].join('|')})`,
  'u',
);
