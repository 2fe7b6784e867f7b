import { anyOf, type ChatPattern } from '../match';
import { PLATFORM_HOST } from '../platform-host';

/**
 * A page offered as the platform's own on an address that only borrows its name: "the trade assurance link has an
 * error today, pay here, it is the same Alibaba secure page: alibaba-tradepay.com/…", "支付页面: aliexpress-pay.cc/…"
 * (modelled on Escrow.com's description of fake escrow sites that "claim to be affiliated" with the real one, and on
 * Chinese shopping-fraud warnings where the seller says the platform's payment is broken and sends another page).
 * The name of the platform, of its wallet or of Trade Assurance inside a host that is not one of the platform's
 * (platform-host.ts: "trade.alibaba.com", "m.alibaba.com", "a.aliexpress.com" and "aliexpress.ru" are the platform;
 * "alibaba.com.secure-pay.top" and "secure-alibaba.net" are not) is the classic phishing ask. It is wrong whatever
 * the message says of the order, so no platform anchor cancels it (the platform's name is the lure); a "not" still
 * does ("do not pay on alibaba-tradepay.com, it is fake").
 */

/** The platform's group sites that are not shops and take no order payments, but are its own. */
const GROUP_SITES =
  '(?:[a-z0-9-]+\\.)*(?:alibabacloud|alibabagroup|alipayplus|alibaba-inc|aliyun)\\.com(?![\\w.-]*\\.[a-z])';

// Not 1688, taobao or tmall: "1688" is a lucky number in countless Chinese company domains (www.jinli1688.com), and
// a maker's own site named in a message about the order is no payment page (the red team's case, stop 35).
const BORROWED_NAME = '(?:alibaba|aliexpress|alipay|ali-?express|trade-?assurance)';

/**
 * A host (with or without its scheme) that carries a borrowed name and is not the platform's. Every repeat is bounded
 * (labels, their count, the letters around the name): unbounded, a 60,000-letter "alibabaalibaba…" cost quadratic time.
 */
const LOOK_ALIKE_HOST = `(?<![\\w@.\\/-])(?:https?:\\/\\/)?(?!(?:https?:\\/\\/)?${PLATFORM_HOST})(?!(?:https?:\\/\\/)?${GROUP_SITES})(?:[a-z0-9-]{1,63}\\.){0,4}[a-z0-9-]{0,40}${BORROWED_NAME}[a-z0-9-]{0,40}(?:\\.[a-z0-9-]{1,63}){0,4}\\.[a-z]{2,24}(?=[/:?#\\s)\\],!]|\\.(?:\\s|$)|$)`;

/** Paying, the order or its protection, in the languages read (folded): what the page is offered for. */
const OFFERED_FOR =
  /\b(?:pay\w*|checkout|cashier|order|secure|safe|escrow|protect\w*|assurance|verify|confirm|deposit|balance|invoice|pag\w*|paie\w*|payer|zahl\w*|bezahl\w*|bestell\w*|platn\w*|betaal\w*|odeme\w*|siparis\w*|thanh\s+toan|pembayaran|bayar|oplat\w*)\b|付款|支付|订单|訂單|信保|担保|擔保|支払|決済|注文|결제|입금|주문|دفع|طلب|оплат|заказ/u;

export const PLATFORM_LOOK_ALIKE: ChatPattern = {
  kind: 'explicit',
  what: "a payment page on a look-alike of the platform's address",
  // The name inside a host, "…name….label": every match holds it, most mentions of the platform's name do not.
  gate: new RegExp(`${BORROWED_NAME}[a-z0-9-]{0,40}\\.[a-z0-9-]`),
  needs: OFFERED_FOR,
  needsIn: 'message',
  re: anyOf(LOOK_ALIKE_HOST),
};
