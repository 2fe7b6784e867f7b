import { anyOf, type ChatPattern } from '../match';

/**
 * The platform order pushed aside without a service named — how suppliers in buyers' scam reports put it: the order
 * is "only for the record" while the real money goes by TT to the company; a special price "if you don't order
 * through Alibaba"; "pay to our other company" or "pay on 1688" while the store "cannot create orders"; "there I
 * give you a cheaper price and my bank" after a WhatsApp number. Modelled on r/Alibaba threads and importers'
 * guides on outside-platform payment (chinasourcingcheck.com's "supplier wants payment outside the platform",
 * 1688import.de on suppliers who add 2-3 % to Trade Assurance orders); the sentences are this project's own.
 * Words over normalised text (lower-case, accents folded).
 */

const PLATFORM = '(?:alibaba|aliexpress|platform|trade\\s?assurance|ta|online|website|site)';
/** Money words anywhere in the message: the sham order, the discount or the other company is about paying. */
const MONEY =
  /\b(?:pa(?:y|id|ying|yment)|remit|wire|transfer|deposit|balance|t\/?t|tt|bank|account|zahl|bezahl|uberweis|bankverbindung|konto|pag|transferencia|banco|cuenta|conta|paie|payez|virement|banque|compte|betal|overmak|rekening|bonific|conto)\w*|付款|汇款|匯款|转账|轉帳|打款|银行|銀行|账户|帳戶/u;
/** A saving or a special price: what the buyer is offered for leaving the order. */
const PRICE_OFFER =
  /\b(?:cheap\w*|discount\w*|special\s+price|better\s+price|lower\s+price|best\s+price|save|sonderpreis\w*|rabatt\w*|gunstig\w*|besser\w*\s+preis|nachlass|descuento\w*|precio\s+(?:especial|mejor)|mejor\s+precio|mas\s+barato|remise|prix\s+(?:special|speciaux)|meilleur\s+prix|moins\s+cher|korting|speciale\s+prijs|goedkoper|sconto|prezzo\s+speciale|piu\s+economico|desconto|preco\s+especial|mais\s+barato)\b|便宜|优惠|優惠|折扣|特价|特價/u;

/** The money kept on the platform in the same message: a record-keeping order sheet beside it is no sham. */
const PAID_ON_PLATFORM =
  /\b(?:pay\w*|paid|payment|money|deposit|balance)\s+(?:\w+\s+){0,3}?(?:in|on|through|via|by|at)\s+(?:the\s+)?(?:alibaba|aliexpress|trade\s?assurance|ta|platform)\b|\b(?:stays?|remains?|goes)\s+(?:in|on|through)\s+(?:the\s+)?(?:alibaba|aliexpress|trade\s?assurance|platform)\b/u;
/** Leaving the platform warned against: "…you lose Trade Assurance", "…not worth the risk", "verlieren den Schutz". */
const WARNED_AGAINST =
  /\b(?:lose|loses|losing|lost|no\s+protection|not\s+protected|unprotected|risk\w*|unsafe|not\s+safe|not\s+worth|verlier\w*|kein\w*\s+schutz|riesgo\w*|pierde\w*|perder\w*|risque\w*|perdez|rischi\w*|perdi\w*|verlies\w*|risico\w*)\b/u;

export const ORDER_BYPASSED_PATTERNS: readonly ChatPattern[] = [
  {
    // "The Alibaba order is only for the record, the real payment goes by TT to our company", "we make the TA order
    // just for show", "订单只是走个形式": the platform order called a formality, the money asked for elsewhere. An
    // order "on your record" or "recorded in the system" says where the payment shows, not that it is a sham.
    kind: 'explicit',
    what: 'a payment outside the order (bank transfer, no order needed)',
    gate: /only|just|simply|merely|nur|solo|solamente|seulement|juste|uniquement|只是|仅仅|僅僅|就是|形式/,
    needs: MONEY,
    needsIn: 'message',
    unless: PAID_ON_PLATFORM,
    unlessIn: 'message',
    re: anyOf(
      `\\b${PLATFORM}\\s+(?:order|orders|link|contract)\\s+(?:\\S+\\s+){0,3}?(?:only|just|simply|merely)\\s+(?:for|to)\\s+(?:the\\s+|our\\s+|a\\s+)?(?:show(?:ing)?(?:\\s+the\\s+record)?|records?|recording|formality|appearance|statistics|ranking|data|points)\\b`,
      // "…für die Statistik / zum Schein / pro forma", "solo para el registro / la forma", "juste pour la forme".
      `\\b(?:bestellung|auftrag)\\s+(?:\\S+\\s+){0,3}?nur\\s+(?:fur\\s+(?:die\\s+)?(?:statistik|optik|form)|zum\\s+schein|pro\\s+forma)\\b`,
      '\\b(?:pedido|orden)\\s+(?:\\S+\\s+){0,3}?(?:solo|solamente)\\s+(?:es\\s+)?(?:para|por)\\s+(?:el\\s+|la\\s+)?(?:registro|forma|formalidad|mostrar|aparentar)\\b',
      '\\bcommande\\s+(?:\\S+\\s+){0,3}?(?:seulement|juste|uniquement)\\s+pour\\s+(?:la\\s+forme|l.historique|les\\s+statistiques)\\b',
      '(?:订单|訂單|下单|下單)\\S{0,6}(?:只是|仅仅|僅僅|就是)(?:走\\S{0,2}形式|做\\S{0,2}(?:记录|記錄)|(?:为了|為了)(?:记录|記錄|数据|數據))',
    ),
  },
  {
    // "a special price if you don't order through Alibaba", "wenn Sie nicht über Alibaba bestellen", "si no compra
    // por Alibaba", "si vous ne commandez pas sur Alibaba": a saving offered for an order placed away from the
    // platform. The "not" is inside the match: the offer is the request, not a refusal.
    kind: 'explicit',
    what: 'a complaint about platform fees, or a discount, to move the payment',
    gate: /not|don|nicht|ohne|ausserhalb|no |pas|niet|non |nao/,
    needs: PRICE_OFFER,
    needsIn: 'message',
    unless: WARNED_AGAINST,
    unlessIn: 'message',
    re: anyOf(
      `\\b(?:do\\s+not|don'?t|dont|not)\\s+(?:\\w+\\s+)?(?:order|buy|purchase|place\\s+(?:the\\s+|an?\\s+)?order)\\s+(?:\\w+\\s+){0,2}?(?:through|via|on|from|in|at)\\s+(?:the\\s+)?${PLATFORM}\\b`,
      `\\b(?:order|buy|purchase)\\w*\\s+(?:\\w+\\s+){0,2}?(?:outside|off|without)\\s+(?:of\\s+)?(?:the\\s+)?(?:alibaba|aliexpress|platform|trade\\s?assurance)\\b`,
      '\\b(?:nicht|ohne)\\s+(?:uber|via|auf|bei|mit)?\\s*(?:die\\s+|der\\s+)?(?:alibaba|aliexpress|plattform|trade\\s?assurance)\\s+(?:\\w+\\s+)?(?:bestell\\w*|kauf\\w*|order\\w*)',
      '\\bausserhalb\\s+(?:von\\s+)?(?:alibaba|aliexpress|der\\s+plattform)\\s+(?:\\w+\\s+)?(?:bestell\\w*|kauf\\w*)',
      '\\bsi\\s+no\\s+(?:\\w+\\s+)?(?:pide|pedis|compra|compran|ordena|hace\\s+el\\s+pedido)\\s+(?:por|en|a\\s+traves\\s+de)\\s+(?:la\\s+)?(?:alibaba|aliexpress|plataforma)\\b',
      '\\bse\\s+(?:voce\\s+)?nao\\s+(?:\\w+\\s+)?(?:pedir|comprar|fizer\\s+o\\s+pedido)\\s+(?:pelo|pela|no|na)\\s+(?:alibaba|aliexpress|plataforma)\\b',
      '\\bne\\s+(?:commandez|passez|achetez)\\s+pas\\s+(?:\\w+\\s+)?(?:par|sur|via)\\s+(?:la\\s+)?(?:alibaba|aliexpress|plateforme)\\b',
      '\\bniet\\s+(?:via|op|over)\\s+(?:het\\s+)?(?:alibaba|aliexpress|platform)\\s+(?:\\w+\\s+)?(?:bestel\\w*|koop\\w*)',
      '\\bnon\\s+(?:\\w+\\s+)?(?:ordin\\w*|compr\\w*)\\s+(?:su|tramite|via|da)\\s+(?:la\\s+)?(?:alibaba|aliexpress|piattaforma)\\b',
    ),
  },
  {
    // "u can pay to our another company", "transfer to our other company": a second company of the seller's is
    // the payee — the platform order names only one.
    kind: 'contextual',
    what: "a related company's account (parent, sister company, branch in another territory)",
    gate: /another|other|second|different/,
    re: anyOf(
      '\\b(?:pay|paid|paying|payment|transfer\\w*|remit\\w*|wire|deposit|t\\/?t|tt|send\\s+(?:the\\s+)?(?:money|payment|deposit|balance))\\s+(?:\\S+\\s+){0,3}?(?:to|into|via|through)\\s+(?:our\\s+|my\\s+)?(?:an?other|other|second|different)\\s+(?:company|companies|firm|entity)\\b',
    ),
  },
  {
    // "pay on 1688, i send you link", "you can pay it in our Taobao shop": paying in another marketplace.
    kind: 'contextual',
    what: "a purchase moved to the seller's own website or another marketplace",
    gate: /1688|taobao|tmall|pinduoduo|shopee|lazada|tokopedia|dhgate|temu|amazon|ebay|etsy/,
    re: anyOf(
      '\\b(?:pay|paid|paying|payment)\\s+(?:\\S+\\s+){0,5}?(?:on|in|at|via|through)\\s+(?:our\\s+|my\\s+)?(?:\\w+\\s+)?(?:1688|taobao|tmall|pinduoduo|shopee|lazada|tokopedia|dhgate|temu|amazon|ebay|etsy)\\b',
    ),
  },
  {
    // "…, there I give you cheaper price and my bank", "I will send you the PI and our bank details there": the
    // seller's bank promised at the end of a list of what the buyer gets elsewhere (the composed pattern reads a
    // bank word only within four words of the verb).
    kind: 'contextual',
    what: 'a request to pay outside the platform',
    gate: /bank|account|acc/,
    needs:
      /\b(?:whats\s?app|wechat|weixin|telegram|skype|zalo|viber|signal|line|e-?mail|there|pay\w*|transfer\w*|deposit|cheap\w*|discount\w*)\b|微信/u,
    needsIn: 'message',
    re: anyOf(
      "\\b(?:i|we)\\s+(?:will\\s+|'?ll\\s+|can\\s+|could\\s+|would\\s+|shall\\s+)?(?:give|send|share|provide|tell)\\s+(?:you|u)\\s+(?:[\\w']+\\s+){1,6}?(?:and|&|\\+|also|plus|with)\\s+(?:my|our)\\s+(?:bank|account|acct|acc)\\b",
    ),
  },
];
