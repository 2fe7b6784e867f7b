import { once, type TextContext } from './text-context';

/**
 * A shop's own wallet or QR code said to serve domestic customers only, with buyers from abroad sent to the
 * platform: "我們的微信支付、支付寶收款碼只限國內客戶使用，海外買家請直接在阿里巴巴國際站下單付款", "our WeChat Pay and Alipay
 * codes are for customers in China only, overseas buyers please pay through the Alibaba order", "Bizum solo para
 * clientes nacionales; clientes internacionales, por favor paguen en la plataforma". The wallets are named to be
 * set aside, not paid: modelled on Chinese and Taiwanese shops' notices to foreign buyers. It holds only with no
 * number, address or link in the message (nothing to pay to) and no "but" after the domestic limit.
 */
const DOMESTIC_ONLY = new RegExp(
  [
    '(?:只限|仅限|僅限|只供|仅供|僅供|只对|只對|只适用于|只適用於)\\S{0,3}(?:国内|國內|大陆|大陸|内地|內地|本地|台灣|台湾)',
    '(?:国内|國內|大陆|大陸|内地|內地)(?:客户|客戶|买家|買家|顾客|顧客)(?:专用|專用|使用)',
    '\\b(?:domestic|local|chinese|mainland|china)\\s+(?:customers?|clients?|buyers?)\\s+only\\b',
    '\\bonly\\s+(?:for|to)\\s+(?:our\\s+)?(?:domestic|local|chinese|mainland)\\s+(?:customers?|clients?|buyers?)\\b',
    '\\b(?:only|just)\\s+(?:for|to)\\s+(?:our\\s+)?(?:customers?|clients?|buyers?)\\s+in\\s+(?:china|the\\s+mainland)\\b',
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
/** Something to pay to or write to: digits of an account or a phone, an address, a link, or a "but" after. */
const SOMETHING_TO_PAY =
  /\d{5,}|\d{3,}[\s-]\d{3,}|@|https?:\/\/|www\.|\b(?:but|however|pero|mais|aber|ma|но)\b|但是|不过|不過|可是/u;

export function walletsKeptDomestic(tc: TextContext): boolean {
  return once(tc, 'walletsKeptDomestic', () => {
    const text = tc.norm.text;
    return DOMESTIC_ONLY.test(text) && ABROAD_TO_PLATFORM.test(text) && !SOMETHING_TO_PAY.test(text);
  });
}
