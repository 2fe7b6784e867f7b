/**
 * The platform's order link said to have expired or to be broken, as the reason to pay some other way: "the Alibaba
 * order link has expired, just pay to this account and I update the order manually", "el enlace del pedido caducó",
 * "o link do pedido expirou", "le lien de la commande a expiré", "der Bestelllink ist abgelaufen", "订单链接过期了",
 * "ссылка на заказ устарела", "link pesanan sudah kedaluwarsa". Like a complaint about the platform
 * (platform-set-aside.ts), the platform named in it is the reason, not the place to pay: the words are blanked before
 * anchors are looked for, so a platform named again as where to pay still anchors ("the link expired, I will send a
 * new Alibaba order link, please pay there"). Modelled on buyers' reports of "expired link" scripts on Alibaba and
 * AliExpress forums. Words over normalised text (accents folded).
 */
const LINK = '(?:link|links|url|enlace|lien|bestelllink|zahlungslink|link\\w*)';
export const LINK_EXPIRED_SOURCES = [
  `\\b(?:the\\s+)?(?:alibaba\\s+|aliexpress\\s+|platform\\s+)?(?:order\\s+|payment\\s+|checkout\\s+)?${LINK}\\s+(?:\\S+\\s+){0,2}?(?:has\\s+|had\\s+|is\\s+|was\\s+|got\\s+)?(?:already\\s+)?(?:expired|invalid|closed|timed\\s+out|not\\s+(?:valid|working|available))\\b`,
  `\\b(?:el\\s+|o\\s+|le\\s+|der\\s+|il\\s+)?${LINK}\\s+(?:\\S+\\s+){0,4}?(?:caduc\\w*|expir\\w*|vencid\\w*|a\\s+expire|n'est\\s+plus\\s+valide|abgelaufen|ungultig|scadut\\w*|kadaluarsa|kedaluwarsa|sudah\\s+(?:expired|mati))`,
  '(?:订单|訂單|付款|支付)?(?:链接|鏈接|連結)(?:已经?|已經)?(?:过期|過期|失效|打不开|打不開)',
  '(?<![\\p{L}])ссылк\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?(?:истекл\\p{L}*|устарел\\p{L}*|не\\s+работает|недействительн\\p{L}*|не\\s+открывается)',
  // Stop 41: a link that "cannot open" or "does not work" is the same story as an expired one ("the balance link in
  // Alibaba cannot open from our side, system upgrade"): the order is said to be unpayable, so the money goes elsewhere.
  `\\b(?:the\\s+)?(?:alibaba\\s+|aliexpress\\s+|platform\\s+)?(?:order\\s+|payment\\s+|checkout\\s+|balance\\s+)?${LINK}\\s+(?:\\S+\\s+){0,3}?(?:can\\s?not|can'?t|could\\s?not|couldn'?t|won'?t|will\\s+not|does\\s?n[o']?t|do\\s?n[o']?t|is\\s+not|isn'?t|not)\\s+(?:be\\s+)?(?:open|opened|opening|load|loaded|loading|work|working|accessible)\\b|\\b${LINK}\\s+(?:\\S+\\s+){0,3}?(?:is\\s+|was\\s+|got\\s+)?(?:broken|down)\\b`,
  `\\b(?:el\\s+|o\\s+|le\\s+|der\\s+|il\\s+)?${LINK}\\s+(?:\\S+\\s+){0,4}?(?:no\\s+(?:se\\s+)?(?:abre|funciona|puede\\s+abrir)|nao\\s+(?:abre|funciona)|ne\\s+(?:s'ouvre|fonctionne|marche)\\s+pas|funktioniert\\s+nicht|(?:lasst|laesst)\\s+sich\\s+nicht\\s+offnen|non\\s+(?:si\\s+apre|funziona))`,
  '(?:订单|訂單|付款|支付|尾款)?(?:链接|鏈接|連結)\\S{0,6}?(?:无法打开|無法打開|打不开|打不開|用不了|不能用|出错|出錯|坏了|壞了)',
  // Stop 46: the order said to be stalled — "the TA order is still pending approval", "el pedido de Alibaba está
  // pendiente de aprobación", "la commande est en attente de validation", "die Bestellung ist noch nicht freigegeben",
  // "pesanan TA masih pending" — or the link to have "a problem today": the same story, the order cannot take the
  // money now, so it goes elsewhere.
  `\\b(?:the\\s+)?(?:alibaba\\s+|aliexpress\\s+|platform\\s+|ta\\s+|trade\\s?assurance\\s+)?(?:order|link|contract)\\s+(?:\\S+\\s+){0,2}?(?:is\\s+|was\\s+|still\\s+|has\\s+been\\s+)*(?:pending|waiting\\s+for|awaiting|under|not\\s+(?:yet\\s+)?(?:approved|confirmed|activated))\\s*(?:approval|review|verification|audit|check)?\\b`,
  `\\b(?:the\\s+)?(?:alibaba\\s+|aliexpress\\s+|platform\\s+|order\\s+|payment\\s+)?${LINK}\\s+(?:\\S+\\s+){0,2}?(?:has|have|had|got)\\s+(?:a\\s+|some\\s+)?(?:problem|problems|issue|issues|error|errors)\\b`,
  '\\b(?:pedido|orden|encomenda)\\s+(?:\\S+\\s+){0,3}?(?:esta|sigue|continua|ainda)?\\s*(?:pendiente|pendente)\\s+de\\s+(?:aprobacion|aprovacao|revision|verificacion)\\b',
  '\\bcommande\\s+(?:\\S+\\s+){0,3}?en\\s+attente\\s+de\\s+(?:validation|approbation|verification)\\b',
  '\\b(?:bestellung|auftrag)\\s+(?:\\S+\\s+){0,3}?(?:noch\\s+nicht\\s+(?:freigegeben|genehmigt|bestatigt)|wartet\\s+(?:noch\\s+)?auf\\s+(?:freigabe|genehmigung|prufung))\\b',
  '\\b(?:pesanan|order)\\s+(?:\\S+\\s+){0,2}?masih\\s+(?:pending|menunggu\\s+(?:persetujuan|verifikasi))\\b',
];
export const LINK_EXPIRED_GATE =
  /pending|waiting|awaiting|under|approved|confirmed|activated|problem|issue|error|pendiente|pendente|attente|freigegeben|genehmigt|bestatigt|wartet|masih|expir|invalid|closed|timed|not\s+(?:valid|working|available)|caduc|vencid|valide|abgelaufen|ungultig|scadut|kadaluarsa|kedaluwarsa|mati|过期|過期|失效|打不|истекл|устарел|не\s+работает|недействительн|open|load|work|accessible|broken|down|abre|funciona|ouvre|fonctionne|marche|funktioniert|offnen|apre|funziona|无法|無法|用不了|不能用|出错|出錯|坏了|壞了|открывается/u;

/**
 * After such a reason, "pay to this account" is the scam script itself, with or without the number in the same
 * message ("the Alibaba order link has expired, just pay to this account and I update the order manually"): the
 * account is whatever the seller gives, not the order's. A transfer verb sending the money to an account or bank
 * word (this, our, my, the following…), or to be entered on the order "manually" by the seller.
 */
/** A payee the platform's order page shows: "the beneficiary shown on the Alibaba order page", "del pedido". */
const NOT_THE_ORDERS =
  '(?!\\s+(?:\\S+\\s+){0,2}?(?:(?:shown|given|listed|displayed|stated|named|indicated|indicado|indicada|que\\s+aparece|angegeben\\w*|indique\\w*)\\s+)?(?:on|in|of|en|del|de|do|da|im|auf|sur|dans)\\s+(?:the\\s+|la\\s+|el\\s+|der\\s+|o\\s+|a\\s+)?(?:alibaba\\s+|aliexpress\\s+)?(?:order|pedido|bestellung|commande|platform|plataforma|alibaba|aliexpress)\\b)';
const PAY_TO_ACCOUNT = new RegExp(
  [
    '\\b(?:pay|paying|send|transfer|wire|remit|t\\/t|deposit)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into|in|via|on|by)\\s+(?:this|that|our|my|the\\s+(?:following|new|below)|below|these)\\s+(?:new\\s+|company\\s+|bank\\s+|own\\s+)?(?:account|acct|a\\/c|bank|details)\\b',
    // "remit USD 11,640 to account holder LIN XIAOMEI", "transfer the balance to the beneficiary Zhang Wei": a holder
    // named as the payee, whoever it is, after the order was said to be unpayable.
    // Not the holder the order page itself shows ("pay to the beneficiary shown on the Alibaba order page").
    `\\b(?:pay|paying|send|transfer|wire|remit|t\\/t|deposit)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into)\\s+(?:the\\s+)?(?:account\\s+holder|beneficiary|account\\s+name(?:d)?|holder)\\b${NOT_THE_ORDERS}`,
    `\\b(?:pag\\w*|transfier\\w*|deposit\\w*|envi\\w*|vir\\w*|zahl\\w*|uberweis\\w*)\\s+(?:\\S+\\s+){0,3}?(?:al|ao|a\\s+la|au|an\\s+den|an\\s+die)\\s+(?:titular|beneficiario|titulaire|beneficiaire|kontoinhaber\\w*|empfanger\\w*)\\b${NOT_THE_ORDERS}`,
    // "T/T to the account in the PI I e-mailed you", "transfiera a la cuenta de la factura que le envié": the account
    // of a document the seller sent outside the order, not one the order page shows.
    `\\b(?:pay|paying|send|transfer|wire|remit|t\\/t|tt|deposit)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into)\\s+the\\s+(?:bank\\s+)?(?:account|acct|a\\/c|bank\\s+details)\\s+(?:in|on|of|from)\\s+(?:the\\s+|my\\s+|our\\s+)?(?:pi|invoice|proforma(?:\\s+invoice)?|contract|mail|e-?mail)\\b${NOT_THE_ORDERS}`,
    `\\b(?:pag\\w*|transfi\\w*|deposit\\w*|envi\\w*|vir\\w*|zahl\\w*|uberweis\\w*)\\s+(?:\\S+\\s+){0,3}?(?:a\\s+la|na|para\\s+a|sur\\s+le|auf\\s+das)\\s+(?:cuenta|conta|compte|konto)\\s+(?:de\\s+la|en\\s+la|da|na|de\\s+la|du|der|in\\s+der|aus\\s+der)\\s+(?:factura|fatura|facture|rechnung|proforma)\\b${NOT_THE_ORDERS}`,
    '\\b(?:i|we)\\s+(?:will\\s+)?(?:update|change|mark|confirm)\\w*\\s+(?:the\\s+)?order\\s+(?:\\w+\\s+)?manual+y\\b',
    '\\b(?:pag\\w*|transfier\\w*|deposit\\w*|envi\\w*)\\s+(?:\\S+\\s+){0,3}?(?:a|en|na|para)\\s+(?:esta|nuestra|mi|nossa|minha|essa)\\s+(?:cuenta|conta)\\b',
    '\\b(?:pay\\w*|vir\\w*)\\s+(?:\\S+\\s+){0,3}?sur\\s+(?:ce|notre|mon)\\s+compte\\b|\\b(?:zahl\\w*|uberweis\\w*)\\s+(?:\\S+\\s+){0,3}?auf\\s+(?:dieses|unser|mein)\\s+konto\\b',
    '(?:付|转|轉|汇|匯|打)(?:款|账|帳)?(?:到|至|进|進)(?:这个|這個|我的|我们的|我們的|下面的|以下)(?:银行)?(?:账户|帳戶|账号|帳號|卡)',
  ].join('|'),
  'u',
);
const LINK_EXPIRED = new RegExp(LINK_EXPIRED_SOURCES.join('|'), 'u');

/** The span of an ask to pay an account given after an expired or broken order link, or null. */
export function linkExpiredPayAsk(text: string): { start: number; end: number } | null {
  if (!LINK_EXPIRED_GATE.test(text)) return null;
  const reason = LINK_EXPIRED.exec(text);
  if (!reason) return null;
  const ask = PAY_TO_ACCOUNT.exec(text);
  return ask ? { start: ask.index, end: ask.index + ask[0].length } : null;
}
