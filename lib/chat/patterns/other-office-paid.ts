import { anyOf, type ChatPattern } from '../match';

/**
 * Money taken by another of the seller's places — an office or branch in another city or country, a dealer, a
 * warehouse — instead of the order: "our Istanbul office will receive the second payment", "the new PI from our
 * Turkey branch, they receive the balance", "buy the spare parts directly from our dealer in Mersin, payment goes to
 * them", "order directly from our Almaty warehouse, pay in cash or to a card". Read as the place, with a possessive of
 * the seller's, governing a verb of receiving money, or as a purchase made "directly" from that place with a payment
 * word in the same sentence: the buyer's own forwarder or agent is not the seller's place, and goods received or
 * shipped by an office move no money.
 * An exchange office (Persian "صرافی", Arabic "صرافة", Turkish "döviz bürosu") named as the way to pay is the same
 * move: the money goes through a cash desk the order never sees.
 * Words over normalised text (lower case, Latin accents folded, zero-width joiners dropped, Bengali marks dropped).
 */

// ── English ──
/** A place of the seller's that can take money. */
const EN_PLACE =
  '(?:office|branch|dealer|dealers|distributor|reseller|warehouse|showroom|subsidiary|representative\\s+office|partner\\s+company|sister\\s+company)';
/** Money as what is received ("the balance", "the second payment", "the deposit"), not goods or documents. */
/**
 * What keeps the money word from being money the office takes (red team, stop 46):
 * - a paper about the money ("the payment notification", "the transfer slip"): the office is told, not paid;
 * - "the transfer of the goods / of the cargo": goods moved, no money;
 * - the platform in the same clause as the way the money goes ("accept payment only through Trade Assurance", "…once
 *   you pay on Alibaba"), unless a "not", "outside" or "instead of" turns it away ("…, not through Alibaba").
 */
const EN_NOT_MONEY_TAKEN =
  '(?!\\s+(?:notifications?|notices?|confirmations?|receipts?|slips?|proofs?|records?|advices?|screenshots?|copy|copies|documents?|details)\\b)' +
  '(?!\\s+of\\s+(?:the\\s+|your\\s+|our\\s+)?(?:goods|cargo|shipments?|containers?|products?|items?|machines?|parts|pallets?|parcels?|orders?|ownership|documents?|title)\\b)' +
  '(?!(?:(?!\\b(?:not|outside|instead|without|never|than|off)\\b)[^.!?;,\\n]){0,60}?\\b(?:through|via|on|in|by|using|with)\\s+(?:the\\s+)?(?:alibaba|aliexpress|trade\\s+assurance|platform)\\b)';
const EN_MONEY_TAKEN =
  '(?:the\\s+|your\\s+)?(?:(?:second|final|rest|remaining|next|last)\\s+)?(?:balance|payment|payments|money|deposit|remainder|funds|amount|transfer|rest\\s+of\\s+the\\s+(?:payment|money|amount))\\b' +
  EN_NOT_MONEY_TAKEN;
const EN_RECEIVE = '(?:receive|receives|collect|collects|take|takes|accept|accepts|handle|handles)';

// ── Arabic: "مكتبنا / فرعنا / وكيلنا … سيستلم الدفعة" ──
const AR_PLACE =
  '(?:مكتبنا|فرعنا|وكيلنا|موزعنا|مستودعنا|مخزننا|معرضنا|شركتنا\\s+(?:الشقيقة|الأم|الام|الفرعية))';
const AR_RECEIVE = '(?:سيستلم|يستلم|ستستلم|تستلم|سيستقبل|يستقبل|سيقبض|يقبض|سيأخذ|يأخذ|سيتسلم|يتسلم)';
const AR_MONEY = '(?:الدفعة|الدفعه|الدفعات|المبلغ|الرصيد|الباقي|المتبقي|الفلوس|المال|العربون|التحويل|القسط)';

// ── Turkish: "bayimizden / şubemizden / depomuzdan direkt alın … ödeme de onlara", "ofisimiz ödemeyi alacak" ──
const TR_PLACE = '(?:bayi|sube|ofis|distributor|depo|temsilcilik|magaza)(?:miz|imiz|muz|umuz)';

// ── Persian and Kazakh ──
const FA_PLACE = '(?:انبار|دفتر|شعبه|نمایندگی|فروشگاه)\\s+ما';
/** The buyer buying or ordering: "سفارش دهید", "بخرید", "تهیه کنید". */
const FA_BUY = '(?:سفارش|بخرید|بخرین|خرید|تهیه)';
const TR_BUY =
  '(?:al(?:in|iniz|abilir|abilirsiniz|manizi|mak)\\w*|siparis\\w*|satin\\s+al\\w*|temin\\s+\\w+)';
const FA_PAY = '(?:پرداخت|واریز|بپردازید|بپردازین|پول|تسویه)';
const KK_PLACE = '(?:қойма|кеңсе|филиал|дилер|дүкен)\\p{L}*';

/** A payment word somewhere in the sentence of a direct purchase: the purchase is where the money goes. */
const PAYMENT_WORD =
  /\b(?:pay|paid|payment|payments|cash|invoice|odeme\w*|ode(?:yin|yiniz|rsiniz|nir)|para\w*|fatura\w*|nakit)\b|پرداخت|واریز|صرافی|فاکتور|پول|(?<![\p{L}])(?:төле|ақша|қолма)\p{L}*/u;

export const OTHER_OFFICE_PAID: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: "a related company's account (parent, sister company, branch in another territory)",
    gate: /office|branch|dealer|distributor|reseller|warehouse|showroom|subsidiar|company|مكتبنا|فرعنا|وكيلنا|موزعنا|مستودعنا|مخزننا|معرضنا|شركتنا|bayi|sube|ofis|depo|temsilcilik|magaza/,
    // Payouts the platform makes to the seller's office are the order's own ("receive the payment from Alibaba").
    unless: /\bfrom\s+(?:alibaba|the\s+platform|trade\s+assurance)\b|من\s+(?:علي\s?بابا|المنصة)/u,
    re: anyOf(
      // en: "our Istanbul office will receive the second payment", "our Turkey branch (…), they will receive the balance".
      `\\bour\\s+(?:[\\w'-]+\\s+){0,3}?${EN_PLACE}\\b[^.!?\\n]{0,80}?\\b(?:(?:will|can|shall|would|is\\s+going\\s+to)\\s+)?${EN_RECEIVE}\\s+${EN_MONEY_TAKEN}`,
      // en: "pay the balance to our dealer in Izmir", not the seller telling what it pays ("we pay our dealer").
      `(?<!\\b(?:we|i|we'?ll|i'?ll)\\s+(?:\\w+\\s+)?)\\b(?:pay|transfer|send|wire|remit|deposit)\\s+(?:\\S+\\s+){0,4}?to\\s+our\\s+(?:[\\w'-]+\\s+){0,2}?${EN_PLACE}\\b`,
      // ar: "مكتبنا في إسطنبول سيستلم الدفعة الثانية", "ادفع الباقي لفرعنا في دبي".
      `${AR_PLACE}\\s+(?:\\S+\\s+){0,4}?${AR_RECEIVE}\\s+(?:\\S+\\s+)?${AR_MONEY}`,
      `(?<![\\p{L}])(?:ادفع|ادفعوا|ادفعي|حول|حولوا|حولي|أرسل|ارسل|سدد|سددوا)\\s+(?:\\S+\\s+){0,4}?(?:ل|الى\\s+|إلى\\s+|إلى\\s+حساب\\s+|الى\\s+حساب\\s+|لحساب\\s+)${AR_PLACE}`,
      // tr: "ödemeyi İzmir şubemize yapın", "ofisimiz bakiyeyi alacak".
      `\\bodeme\\w*\\s+(?:\\S+\\s+){0,3}?${TR_PLACE}(?:a|e|ya|ye|na|ne)\\b`,
      `\\b${TR_PLACE}\\s+(?:\\S+\\s+){0,2}?(?:odeme\\w*|bakiye\\w*|parayi|kalani|depozito\\w*)\\s+(?:\\S+\\s+)?(?:alacak|alir|tahsil)`,
      // tr: "Türkiye ofisimizin IBAN'ına TL ile ödeyebilirsiniz", "şubemizin hesabına havale yapın" (stop 48): the
      // place's own account or IBAN, then a verb of paying or sending.
      `\\b${TR_PLACE}(?:in|un|nin|nun)\\s+(?:iban|hesab|hesap|banka\\s+hesab)\\S*\\s+(?:[^\\s,.;!?]+\\s+){0,3}?(?:ode\\w*|yatir\\w*|gonder\\w*|havale\\w*|transfer\\w*|eft\\w*)`,
      `\\bodeme\\w*\\s+(?:\\S+\\s+){0,3}?${TR_PLACE}(?:in|un|nin|nun)\\s+(?:iban|hesab|hesap)\\S*(?:a|e|ya|ye|na|ne)\\b`,
    ),
  },
  {
    kind: 'explicit',
    what: "a related company's account (parent, sister company, branch in another territory)",
    gate: /direct|direk|dogrudan|مستقیم|тікелей/,
    needs: PAYMENT_WORD,
    needsIn: 'message',
    unless: /\bfrom\s+(?:alibaba|the\s+platform|trade\s+assurance)\b/u,
    re: anyOf(
      // en: "buy the spare parts directly from our dealer in Mersin".
      `\\b(?:buy|order|purchase|get|take)\\s+(?:\\S+\\s+){0,4}?direct(?:ly)?\\s+(?:from|at|through)\\s+our\\s+(?:[\\w'-]+\\s+){0,2}?${EN_PLACE}\\b`,
      // tr: "Mersin'deki bayimizden direkt alabilirsiniz", "depomuzdan doğrudan sipariş verin".
      // The buyer buys or orders ("alın", "sipariş verin"); the seller shipping from its depot moves no money.
      `\\b${TR_PLACE}(?:dan|den|tan|ten)\\s+(?:\\S+\\s+){0,2}?(?:direkt|direk|dogrudan)\\s+(?:\\S+\\s+)?${TR_BUY}`,
      `\\b(?:direkt|direk|dogrudan)\\s+(?:\\S+\\s+){0,2}?${TR_PLACE}(?:dan|den|tan|ten)\\s+(?:\\S+\\s+)?${TR_BUY}`,
      // fa: "مستقیم از انبار ما سفارش دهید".
      `(?:مستقیم\\s+از\\s+(?:\\S+\\s+){0,2}?${FA_PLACE}|از\\s+${FA_PLACE}\\s+(?:\\S+\\s+){0,2}?مستقیم)\\s+(?:\\S+\\s+){0,2}?${FA_BUY}`,
      // kk: "тікелей біздің Алматы қоймасынан алыңыз".
      `(?<![\\p{L}])тікелей\\s+(?:\\S+\\s+){0,3}?${KK_PLACE}\\s+(?:\\S+\\s+)?(?:ал|сатып\\s+ал|тапсырыс)\\p{L}*`,
    ),
  },
  {
    // The purchase sent to another seller of the goods — the seller's dealer, distributor, reseller or agent — with the
    // money or the way to reach them said in the message (stop 50): "for your country please buy from our official
    // distributor, they accept cash on delivery, contact Mr Ahmed +971…", "order it through our local dealer, pay him
    // cash", "get them from our reseller in Lagos, no need to order on Alibaba, call 0803…". Without a payment, a
    // number or the order set aside ("our distributor in Dubai also stocks it") nothing is asked; the buyer's own agent
    // is not the seller's side; an anchor in the clause ("through our distributor's Alibaba store") keeps it here.
    kind: 'contextual',
    what: 'an agent or intermediary to be paid instead of the order',
    gate: /dealer|distributor|reseller|agent|wholesaler|retailer|importer|partner/,
    needs:
      /\b(?:pay|paid|payment|cash|cod|invoice|price|transfer|deposit|no\s+need\s+(?:to\s+)?(?:order|place)|(?:don'?t|do\s+not)\s+(?:need\s+to\s+)?(?:order|place)|outside)\b|\+?\d(?:[\s-]?\d){7,}/u,
    needsIn: 'message',
    re: anyOf(
      `(?<!\\b(?:we|i)\\s+(?:\\w+\\s+)?)\\b(?:buy|order|purchase|get)\\s+(?:\\S+\\s+){0,3}?(?:from|at|through|via|with)\\s+(?:our|my)\\s+(?:[\\w'-]+\\s+){0,2}?(?:dealers?|distributors?|resellers?|agents?|wholesalers?|retailers?|importers?|partners?)\\b(?!\\s*(?:'s\\s+)?(?:alibaba|aliexpress)\\b)`,
    ),
  },
  {
    kind: 'explicit',
    what: 'another way to pay, away from the order',
    gate: /صرافی|صرافة|صرافه|doviz|exchange/,
    re: anyOf(
      // fa: "پرداخت هم با صرافی در تهران", "از طریق صرافی واریز کنید".
      `${FA_PAY}\\s+(?:\\S+\\s+){0,4}?صرافی|صرافی\\s+(?:\\S+\\s+){0,4}?${FA_PAY}`,
      // ar: "ادفع عن طريق محل صرافة", "التحويل عبر صرافة".
      '(?:ادفع|الدفع|حول|التحويل|سدد|السداد)\\s+(?:\\S+\\s+){0,4}?(?:صرافة|صرافه|محل\\s+صرافة)',
      // tr / en: "ödemeyi döviz bürosundan yapın", "pay through an exchange office in Tehran".
      '\\bodeme\\w*\\s+(?:\\S+\\s+){0,3}?doviz\\s+buro\\w*|\\bdoviz\\s+buro\\w*\\s+(?:\\S+\\s+){0,3}?(?:ode\\w*|yatir\\w*|gonder\\w*)',
      '\\b(?:pay|payment|transfer|send)\\s+(?:\\S+\\s+){0,4}?(?:an?|the|our)\\s+(?:money\\s+)?exchange\\s+(?:office|house|shop|bureau)\\b',
    ),
  },
  {
    kind: 'explicit',
    what: 'an agent or intermediary to be paid instead of the order',
    gate: /cash|نقدا|كاش|nakit|elden/,
    // The seller's visiting person (engineer, technician, installer) is who "him" is; a carrier's driver for duties is
    // read elsewhere (paid-to-driver-at-delivery).
    needs:
      /\b(?:our|my)\s+(?:\w+\s+)?(?:engineers?|technicians?|installers?|workers?|staff|team|fitters?|mechanics?)\b|(?:مهندسنا|فنينا|الفني\s+لدينا|مهندس\s+الشركة)|\b(?:muhendis|teknisyen|usta)(?:imiz|umuz|lerimiz)\b/u,
    needsIn: 'message',
    re: anyOf(
      // en: "you can give him in cash USD", "pay them the fee in cash when they arrive".
      '\\b(?:give|pay|hand)\\s+(?:him|her|them)\\s+(?:\\S+\\s+){0,3}?(?:in\\s+)?cash\\b',
      // ar: "ادفع له نقدا عند الوصول".
      '(?<![\\p{L}])(?:ادفع|ادفعوا|تدفع|تدفعون|اعطه|أعطه|اعطيه|سلمه|تعطيه)\\s+(?:له\\s+|لهم\\s+)?(?:\\S+\\s+){0,3}?(?:نقدا|كاش)',
      // tr: "kendisine elden / nakit ödeyin".
      '\\b(?:kendisine|ona|onlara)\\s+(?:\\S+\\s+){0,3}?(?:elden|nakit)\\s+(?:ode\\w*|ver\\w*)',
    ),
  },
];
