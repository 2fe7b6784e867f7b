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
  '(?<![\\p{L}])ссылк\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?(?:истекл\\p{L}*|устарел\\p{L}*|не\\s+работает|недействительн\\p{L}*)',
];
export const LINK_EXPIRED_GATE =
  /expir|invalid|closed|timed|not\s+(?:valid|working|available)|caduc|vencid|valide|abgelaufen|ungultig|scadut|kadaluarsa|kedaluwarsa|mati|过期|過期|失效|打不|истекл|устарел|не\s+работает|недействительн/u;
