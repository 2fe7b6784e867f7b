import { once, type TextContext } from './text-context';

/**
 * A shop's own wallet or QR code said to serve domestic customers only, with buyers from abroad sent to the
 * platform: "我們的微信支付、支付寶收款碼只限國內客戶使用，海外買家請直接在阿里巴巴國際站下單付款", "our WeChat Pay and Alipay
 * codes are for customers in China only, overseas buyers please pay through the Alibaba order", "Bizum solo para
 * clientes nacionales; clientes internacionales, por favor paguen en la plataforma". The wallets are named to be
 * set aside, not paid: modelled on Chinese and Taiwanese shops' notices to foreign buyers. It holds only with no
 * number, address or link in the message (nothing to pay to), no "but" after the domestic limit and no other way
 * offered ("or", "或者", "skip the order"), and it covers only the wallets named before the limit in its own clause:
 * "only for domestic customers: pay by Western Union to our boss" still asks for Western Union.
 */
const DOMESTIC_ONLY = new RegExp(
  [
    '(?:只限|仅限|僅限|只供|仅供|僅供|只对|只對|只适用于|只適用於)\\S{0,3}(?:国内|國內|大陆|大陸|内地|內地|本地|台灣|台湾)',
    '(?:国内|國內|大陆|大陸|内地|內地)(?:客户|客戶|买家|買家|顾客|顧客)(?:专用|專用|使用)',
    '\\b(?:domestic|local|chinese|mainland|china)\\s+(?:customers?|clients?|buyers?)\\s+only\\b',
    '\\bonly\\s+(?:for|to)\\s+(?:our\\s+)?(?:domestic|local|chinese|mainland)\\s+(?:customers?|clients?|buyers?)\\b',
    '\\b(?:only|just)\\s+(?:for|to)\\s+(?:our\\s+)?(?:customers?|clients?|buyers?)\\s+in\\s+(?:china|the\\s+mainland)\\b',
    '\\bfor\\s+(?:our\\s+)?(?:customers?|clients?|buyers?)\\s+in\\s+(?:china|the\\s+mainland)\\s+only\\b',
    '\\bsolo\\s+(?:para|a)\\s+clientes\\s+(?:nacionales|locales|de\\s+china)\\b',
    '\\b(?:uniquement|seulement)\\s+pour\\s+les\\s+clients\\s+(?:chinois|locaux|nationaux)\\b',
    '\\bnur\\s+fur\\s+(?:inlandische|chinesische|lokale)\\s+kunden\\b',
    '(?<![\\p{L}])только\\s+для\\s+(?:местных|китайских|внутренних)\\s+(?:клиент|покупател)\\p{L}*',
  ].join('|'),
  'u',
);
/** The buyers abroad sent to the platform to order or pay. */
const ABROAD_TO_PLATFORM = new RegExp(
  [
    '(?:海外|国外|國外|外国|外國|境外|国际|國際)\\S{0,6}(?:阿里|平台|國際站|国际站|速卖通|速賣通|订单|訂單)\\S{0,10}(?:下单|下單|付款|支付|购买|購買)',
    '\\b(?:overseas|foreign|international|other)\\s+(?:customers?|clients?|buyers?)\\b[^.!?\\n]{0,60}?\\b(?:alibaba|aliexpress|platform|trade\\s+assurance|the\\s+order)\\b',
    '\\bclientes\\s+(?:internacionales|extranjeros)\\b[^.!?\\n]{0,60}?\\b(?:alibaba|aliexpress|plataforma|pedido)\\b',
    '\\bclients\\s+(?:internationaux|etrangers)\\b[^.!?\\n]{0,60}?\\b(?:alibaba|aliexpress|plateforme|commande)\\b',
    '\\b(?:auslandische|internationale)\\s+kunden\\b[^.!?\\n]{0,60}?\\b(?:alibaba|aliexpress|plattform|bestellung)\\b',
    '(?<![\\p{L}])(?:иностранн|зарубежн|международн)\\p{L}*\\s+(?:клиент|покупател)\\p{L}*[^.!?\\n]{0,60}?(?:alibaba|aliexpress|платформ\\p{L}*|заказ\\p{L}*)',
  ].join('|'),
  'u',
);
/**
 * Something to pay to or write to (digits of an account or a phone, an address, a link), a "but" after, or another
 * way offered ("or", "otherwise", "或者", "也可以", "skip the order").
 */
const SOMETHING_TO_PAY =
  /\d{5,}|\d{3,}[\s-]\d{3,}|@|https?:\/\/|www\.|\b(?:but|however|pero|mais|aber|ma|но|or|otherwise|else|skip|ou|oder|или|sinon|sino|altrimenti)\b|但是|不过|不過|可是|或者|或是|或|也可以|也行|亦可|直接(?:转|轉|汇|匯|付)|不用走|跳过|跳過/u;
/**
 * The platform's own checkout methods listed after the platform ("pay through the Alibaba order by card or T/T"):
 * that "or" chooses between the order's methods and offers no other way, so it is set aside before the test above.
 * The list must close its sentence: a payee or anything else after it ("or T/T directly to us", "(send to my personal
 * account)", "and we refund the fee if you send T/T direct") keeps the "or" an offer.
 */
const CHECKOUT_METHOD =
  '(?:credit\\s+|debit\\s+)?(?:card|t\\/?t|bank\\s+transfer|wire\\s+transfer|apple\\s+pay|google\\s+pay)';
const PLATFORM_METHOD_LIST = new RegExp(
  `(\\b(?:alibaba|aliexpress|platform|trade\\s+assurance)\\b[^.!?\\n]{0,40}?\\b(?:by|with|via|using)\\s+)${CHECKOUT_METHOD}(?:\\s*,\\s*${CHECKOUT_METHOD})*\\s+(?:or|and)\\s+${CHECKOUT_METHOD}\\b(?=\\s*(?:[.!。！]|$))`,
  'g',
);
/** What ends the clause of the domestic limit: the wallets it sets aside stand before it in that clause. */
const CLAUSE_END = /[.!?。！？;；\n]/u;

/**
 * Where the domestic limit starts, when the message is such a notice, else -1. Only a wallet named before that
 * point, in the same clause, is set aside by it.
 */
export function domesticLimitAt(tc: TextContext): number {
  return once(tc, 'walletsKeptDomestic', () => {
    const text = tc.norm.text;
    const limit = DOMESTIC_ONLY.exec(text);
    if (!limit || !ABROAD_TO_PLATFORM.test(text)) return -1;
    if (SOMETHING_TO_PAY.test(text.replace(PLATFORM_METHOD_LIST, '$1the order methods'))) return -1;
    return limit.index;
  });
}

/** Whether the wallet found at [start, end) is one the domestic limit sets aside. */
export function walletKeptDomestic(tc: TextContext, start: number, end: number): boolean {
  const at = domesticLimitAt(tc);
  return at >= 0 && end <= at && !CLAUSE_END.test(tc.norm.text.slice(start, at));
}
