import { once, type TextContext } from './text-context';

/**
 * A wallet or account the seller has, said to serve another sales channel only, with this buyer kept on the
 * platform: "yes, we have a Payoneer account but it's only for our Amazon store income, not for Alibaba customers.
 * For your order please keep paying in the Alibaba order". It answers the buyer's question by setting the wallet
 * aside — the same notice as a wallet kept for domestic buyers (domestic-only-wallets.ts), with a marketplace or an
 * offline trade as the other channel. It holds only when the buyer is sent to the platform's order in the message,
 * and nothing after the limit offers the wallet after all: "…for Amazon, but for you it's ok, pay Payoneer", "or",
 * "directly", "to me", a number, an address or a link. Only the wallets named before the limit, in its sentence.
 */
const OTHER_CHANNEL_ONLY = new RegExp(
  [
    '\\b(?:only|just|solely|exclusively)\\s+(?:used\\s+)?(?:for|to\\s+(?:receive|collect))\\s+(?:our\\s+|the\\s+|my\\s+)?(?:amazon|ebay|etsy|shopify|walmart|taobao|tmall|temu|shein|lazada|shopee|mercado\\s+libre|offline|retail|domestic|local)\\b[^.!?\\n]{0,30}?\\b(?:store|shop|sales|income|business|orders?|customers?|clients?|buyers?|payouts?|withdrawals?)\\b',
    '\\b(?:solo|solamente|unicamente)\\s+(?:para|lo\\s+usamos\\s+para)\\s+(?:nuestra\\s+|la\\s+)?(?:tienda\\s+de\\s+)?(?:amazon|ebay|etsy|shopify|mercado\\s+libre)\\b',
    '(?:只|仅|僅)(?:用于|用於|用在|限于|限於)\\S{0,4}(?:亚马逊|亞馬遜|amazon|ebay|淘宝|淘寶|天猫|天貓)',
  ].join('|'),
  'u',
);
/** The buyer sent to the platform's order to pay: "keep paying in the Alibaba order", "请在阿里订单付款". */
const PAY_ON_PLATFORM = new RegExp(
  [
    '\\b(?:pay|paying|payment|order|place)\\w*\\s+(?:\\w+\\s+){0,3}?(?:in|through|via|on|at|from)\\s+(?:the\\s+|your\\s+)?(?:alibaba|aliexpress|trade\\s+assurance)(?:\\s+(?:order|checkout|platform))?\\b',
    '\\bpag\\w*\\s+(?:\\w+\\s+){0,3}?(?:en|por|desde)\\s+(?:el\\s+pedido\\s+de\\s+|la\\s+plataforma\\s+de\\s+)?(?:alibaba|aliexpress)\\b',
    '(?:阿里|平台|订单|訂單)\\S{0,6}(?:付款|支付|下单|下單)',
  ].join('|'),
  'u',
);
const PAY_ON_PLATFORM_G = new RegExp(PAY_ON_PLATFORM.source, 'gu');
/** A payment or a sending asked for, in the languages of the limit. */
const PAY_ASKED =
  /\b(?:pay|send|sent|transfer|wire|remit|deposit|use|using|pag\w*|envi\w*|transf\w*|deposit\w*|us[ae]\w*)\b|付|转|轉|汇|匯|打款/u;
/** After the limit: the wallet offered after all, or something to pay to. */
const OFFERED_AFTER =
  /\d{5,}|\d{3,}[\s-]\d{3,}|@|https?:\/\/|www\.|\b(?:but|however|though|except|exception|anyway|still|or|otherwise|else|directly|direct|pero|sino|excepto|o)\b|\bfor\s+you\b|\b(?:to|into)\s+(?:me|us|my|our)\b|但是|不过|不過|可是|或者|例外|直接|给我|給我/u;
const SENTENCE_END = /[.!?。！？\n]/u;
/**
 * The limit must answer the buyer by setting the wallet aside: refused to this buyer after it ("…, not for Alibaba
 * customers", "no para clientes de Alibaba", "不用于阿里订单"), or said of a wallet the seller only owns ("we do have a
 * Wise account, but it is only for…", "tenemos Payoneer, pero solo para…"). "Send the deposit via Payoneer, which we
 * use only for our Amazon store" states a limit it then breaks (red team, stop 37).
 */
const REFUSED_AFTER =
  /\bnot\s+(?:used\s+)?(?:for|with|to\s+(?:receive|collect)\s+from)\s+(?:our\s+|the\s+|any\s+)?(?:alibaba|aliexpress|you|your|platform|b2b|wholesale|customers?|buyers?|clients?|orders?)\b|\bno\s+(?:es\s+|lo\s+usamos\s+)?(?:para|con)\s+(?:los\s+|el\s+|usted|ti|clientes|compradores|pedidos|alibaba)|不(?:用于|用於|接受|对|對|收)/u;
const ONLY_OWNED_BEFORE =
  /\b(?:we\s+(?:do\s+)?(?:have|got|own|use)|yes,?\s+(?:we|our)|tenemos|si,?\s+tenemos|usamos)\b[^.!?\n]{0,60}\b(?:but|pero|though|although|aunque)\b|我们有|我們有|有的?，?但/u;
/** A payment or a sending asked for before the limit, on the wallet itself: "Send the deposit via Payoneer, which…". */
const ASKED_BEFORE =
  /\b(?:pay|send|transfer|wire|remit|deposit\w*|use|please|pls|plz|pag\w*|envi\w*|transfi\w*|usa|use\w*|por\s+favor)\b|请|請|打到|打款|转到|轉到|汇到|付到/u;
/**
 * The wallets a seller keeps for its marketplace payouts: only such a name is set aside ("Western Union, our Payoneer
 * is only for Amazon" still asks for Western Union).
 */
const WALLET_NAME =
  /^(?:(?:our|my|the)\s+)?(?:company\s+)?(?:payoneer|wise|transferwise|paypal|skrill|neteller|airwallex|pingpong|lianlian|worldfirst|world\s+first|revolut|stripe)(?:\s+account)?$|^(?:payoneer|wise|paypal|airwallex|pingpong|worldfirst)\b/u;

/** Where the limit starts and ends, when the message is such a notice, else [-1, -1]. */
function otherChannelLimitAt(tc: TextContext): [number, number] {
  return once(tc, 'walletsKeptForOtherChannel', () => {
    const text = tc.norm.text;
    const limit = OTHER_CHANNEL_ONLY.exec(text);
    if (!limit || !PAY_ON_PLATFORM.test(text)) return [-1, -1];
    const after = text.slice(limit.index + limit[0].length);
    const head = text.slice(0, limit.index);
    const sentenceBefore = head.slice(Math.max(...[...'.!?。！？\n'].map((c) => head.lastIndexOf(c))) + 1);
    if (ASKED_BEFORE.test(sentenceBefore)) return [-1, -1];
    if (!REFUSED_AFTER.test(after) && !ONLY_OWNED_BEFORE.test(sentenceBefore)) return [-1, -1];
    if (OFFERED_AFTER.test(after)) return [-1, -1];
    // "…so send the deposit to it and pay the balance in the Alibaba order": a payment asked for after the limit,
    // other than the platform's own, offers the wallet after all.
    if (PAY_ASKED.test(after.replace(PAY_ON_PLATFORM_G, ' '))) return [-1, -1];
    return [limit.index, limit.index + limit[0].length];
  });
}

/**
 * Whether the wallet found at [start, end) is one set aside for another sales channel: named before the limit in its
 * sentence, or the other channel the limit itself names ("solo para nuestra tienda de Amazon").
 */
export function walletKeptForOtherChannel(tc: TextContext, start: number, end: number): boolean {
  const [at, to] = otherChannelLimitAt(tc);
  if (at < 0) return false;
  if (start >= at && end <= to) return true;
  const text = tc.norm.text;
  return end <= at && WALLET_NAME.test(text.slice(start, end)) && !SENTENCE_END.test(text.slice(start, at));
}
