import { BUYERS_PROVIDER, PAID_TO_COURIER } from '../compose/compose';
import { anyOf, type ChatPattern } from '../match';

/**
 * A payment outside the order set as the condition of something the buyer is owed, or of an order the platform
 * "cannot take": "your refund is approved, send 15 usd handling to our finance first", "the reship fee is paid to the
 * forwarder first, link below", "régler les frais via ce lien avant le renvoi", "scan the QR to get your refund", "our
 * Trade Assurance limit is full, pay the rest by normal wire". Modelled on refund-scam write-ups (fake "verification"
 * and "handling" fees, QR codes sent to receive a refund) and on suppliers' stories of a full or exceeded Trade
 * Assurance limit (tests/fixtures/chat/round-20-cases.json names the pages read). Words over normalised text.
 */

/** Cheap necessary condition of OWED (plain stems, for the gate walk). */
const OWED_GATE =
  /refund|reimburs|back|reship|re-ship|resend|re-send|reembols|devolv|devoluc|estorn|reenvi|rembours|renvoi|reexpedi|rimbors|rispedi|erstatt|neuversand/;

/** What the buyer is owed: a refund, a reshipment or a resend, in en, es, pt, fr, it, de and Hinglish (folded). */
const OWED =
  /\b(?:refund\w*|reimburs\w*|(?:money|dollars?|usd|euros?|amount|funds?|payment)\s+(?:\w+\s+)?back|reship\w*|re-ship\w*|resend\w*|re-send\w*|reembols\w*|devolv\w*|devoluc\w*|estorn\w*|reenvi\w*|rembours\w*|renvoi\w*|reexpedi\w*|rimbors\w*|rispedi\w*|ruckerstatt\w*|erstatt\w*|neuversand\w*)\b/u;

/** Paying or sending money, in the same languages. */
const PAY =
  '(?:pay|paid|paying|send|sent|transfer\\w*|remit\\w*|wire|settle|pag(?!es?\\b|ina\\b)\\w*|abon\\w*|regl\\w*|pay[ae]\\w*|versa\\w*|zahl\\w*|bezahl\\w*|uberweis\\w*|bhej\\w*|bhejna|bhejo|kar\\s+do)';

/**
 * Paying, or sending a sum ("send 15 usd", "send the fee"): "we sent the replacement to the forwarder" is no payment.
 */
const PAY_MONEY =
  '(?:pay|paid|paying|transfer\\w*|remit\\w*|wire|settle|pag(?!es?\\b|ina\\b)\\w*|abon\\w*|regl\\w*|versa\\w*|zahl\\w*|bezahl\\w*|uberweis\\w*|(?:send|sent|bhej\\w*|envi\\w*|mand\\w*)\\s+(?:\\S+\\s+){0,2}?(?:\\$|us\\$|r\\$|€|\\d|usd|eur|rmb|rs\\b|rupees?|rupaya|money|dinero|dinheiro|fee|the\\s+fee|amount|handling|verification))';

/**
 * The seller's own side or a party it names, as a payee ("to our finance", "to the forwarder", "a nuestro agente"). An
 * account is a payee only as "our / my" account: "the refund is sent to the original account" is the buyer's.
 */
const SELLERS_PAYEE =
  '(?:(?:to|into|at|with)\\s+(?:our|my)\\s+(?:\\w+\\s+)?(?:finance|financ\\w+|accounting|accountant|cashier|forwarder|agent|colleague|manager|boss|wallet|account|acc)\\b|(?:to|with)\\s+(?:the|his|her|their)\\s+(?:\\w+\\s+)?(?:finance|financ\\w+|accounting|accountant|cashier|forwarder|agent)\\b|(?:a|al|ao|a\\s+la|au|an)\\s+(?:nuestr[oa]|nosso|nossa|notre|unser\\w*)\\s+(?:agente|financ\\w*|contab\\w*|transitario|despachante|transitaire|comptab\\w*|spediteur\\w*|buchhalt\\w*|cuenta|conta|compte|konto)\\b)';

/** A link, a QR or a mailbox where the fee is paid. */
const LINK_OR_QR = /https?:\/\/|www\.|\b(?:link|links|enlace|lien|qr)\b|@|\b(?:e-?mail|correo|courriel)\b/u;

/** A fee word: what the money is called. */
const FEE =
  '(?:fee|fees|charge|charges|cost|costs|handling|verification|processing|activation|unlock\\w*|release|taxa|taxas|tasa|tarifa|comision|frais|commission|commissione|tassa|gebuhr\\w*|kosten|shipping|postage|freight)\\b';

/** "first", "before", "until": the payment is what the refund waits for. */
const FIRST =
  "(?:first|before|beforehand|until|till|primero|antes|primeiro|d'abord|avant|prima|zuerst|vorher|pehle)\\b";

/** The Trade Assurance limit or the order's cap named as full or too small. */
const LIMIT_FULL =
  /\b(?:limit|quota|cap|ceiling|credit\s+line|limite|plafond|cupo|tope)\b[^.!?\n]{0,40}?\b(?:full|reached|exceed\w*|used\s+up|not\s+enough|too\s+(?:low|small)|over|lleno|alcanzado|agotado|excedido|atingido|esgotado|atteint|depasse)\b|\b(?:over|exceed\w*|above|beyond|pass\w*|supera\w*|depasse\w*|excede\w*)\s+(?:the\s+|our\s+|its\s+|el\s+|o\s+|le\s+|notre\s+|nuestro\s+|nosso\s+)?(?:\w+\s+){0,2}?(?:limit|quota|cap|limite|plafond|cupo)\b|\bcan'?t\s+take\s+(?:this|the|that)\s+(?:amount|sum|much)\b/u;

/** The rest of the money, paid another way than the order: "pay the remaining 12,400 by normal wire". */
const REST =
  '(?:rest|remain\\w*|remainder|balance|difference|excess|extra|other\\s+part|resto|restante|saldo|diferencia|diferenca|reste|solde|difference)';
/** "normal", "ordinary", "separate": the plain transfer, as against the order's. */
const PLAIN =
  '(?:a\\s+|an\\s+|the\\s+|normal\\s+|regular\\s+|usual\\s+|ordinary\\s+|direct\\s+|separate\\s+|simple\\s+|plain\\s+|normale?\\s+|simples?\\s+)*';
const WIRE =
  '(?:wire|t\\/?t|tt|bank\\s+transfer|transfer|bank|direct\\s+transfer|transferencia|transferencia\\s+bancaria|virement|bonifico|uberweisung)\\b';

/** After the scan: paying, sending or getting the money ("scan karke 1 rupaya bhejna", "scan to receive your refund"). */
const SCAN_TO_PAY =
  '[^.!?\\n]{0,80}?(?:\\bpay\\w*|\\bsend\\w*|\\btransfer\\w*|bhej\\w*|भेज|भुगतान|\\bdaal\\w*|\\brupa\\w*|\\bpaise|\\bpaisa|\\b(?:banking|bank|upi|wallet|payment)\\s+app|(?:\\breceive|\\bget|\\bclaim|\\bcollect)\\s+(?:\\S+\\s+){0,2}?(?:refund|money|compensation|cashback))';

/** A new or second order on the platform, its order page, or a link on the platform's own host (not a look-alike). */
const IN_A_PLATFORM_ORDER =
  /\b(?:in|on|through|via|with)\s+(?:the\s+|a\s+)?(?:new|same|second|separate|another)\s+(?:alibaba\s+|aliexpress\s+)?order\b|\border\s+page\b|(?<![\w-])(?:www\.|m\.|[a-z]{2}\.)?(?:alibaba|aliexpress)\.(?:com|us|ru)(?![\w.-]*\.[a-z])/u;

export const CONDITIONAL_PAYMENT_PATTERNS: readonly ChatPattern[] = [
  {
    // "your refund is approved … please send 15 usd handling to our finance", "the reship fee must be paid to the
    // forwarder first", "paga la tarifa a nuestro agente y le devolvemos": money to the seller's side in a message about
    // what the buyer is owed. A refund never needs the buyer to pay anyone of the seller's.
    kind: 'contextual',
    what: 'a refund that first needs a payment outside the platform',
    gate: OWED_GATE,
    gateAlso:
      /financ|accounting|accountant|cashier|forwarder|agent|colleague|manager|boss|wallet|account|acc|contab|transitario|despachante|transitaire|comptab|spediteur|buchhalt|cuenta|conta|compte|konto/,
    needs: OWED,
    needsIn: 'message',
    // "your forwarder" is the buyer's own; duties paid to the carrier itself are the carrier's.
    unless: new RegExp(`${BUYERS_PROVIDER.source}|${PAID_TO_COURIER.source}`, 'u'),
    // In the fee's own sentence: "the return parcel goes by DHL, pay them for the label" elsewhere in the message
    // must not excuse "send 15 usd handling to our finance first" (red team, stop 30).
    unlessIn: 'sentence',
    re: anyOf(
      // Not the seller's own past payment: "I already paid the shipping to our forwarder, no cost for you".
      `(?<!\\b(?:i|we|i've|we've|ive|weve)\\s+(?:(?:have|had|already|just|also)\\s+){0,2})\\b${PAY_MONEY}\\s+(?:\\S+\\s+){0,5}?${SELLERS_PAYEE}`,
      // "to our finance, send 15 usd": the payee named before the sum.
      `${SELLERS_PAYEE}\\s+(?:\\S+\\s+){0,3}?${PAY_MONEY}`,
    ),
  },
  {
    // "the reship fee is paid first, link below", "régler les frais du transporteur via ce lien", "pague a taxa primeiro
    // pelo link": a fee tied to the refund or the resend, with a link, a QR or a mailbox to pay it.
    kind: 'contextual',
    what: 'a refund that first needs a payment outside the platform',
    gate: OWED_GATE,
    needs: LINK_OR_QR,
    needsIn: 'message',
    // The fee paid in a new order on the platform, or at its own address, is the recommended route.
    unless: new RegExp(
      `${BUYERS_PROVIDER.source}|${PAID_TO_COURIER.source}|${IN_A_PLATFORM_ORDER.source}`,
      'u',
    ),
    // In the fee's own sentence: "the return parcel goes by DHL, pay them for the label" elsewhere in the message
    // must not excuse "send 15 usd handling to our finance first" (red team, stop 30).
    unlessIn: 'sentence',
    // The refund or the resend is named in the same sentence, before or after the fee (so the gate stays a shortcut:
    // "réglez les frais via le lien" alone, with nothing owed, is a customs-fee message, judged elsewhere).
    re: anyOf(
      ...[
        // "pay the fee first", "pagar la comisión del banco primero", "régler les frais … avant".
        `\\b${PAY}\\s+(?:\\S+\\s+){0,4}?${FEE}(?:\\s+\\S+){0,4}?\\s+${FIRST}`,
        // "the reship fee must be paid first", "la taxa é paga antes".
        `\\b${FEE}\\s+(?:\\S+\\s+){0,4}?(?:paid|payable|pago|paga|payes?|regles?|bezahlt)\\s+(?:\\S+\\s+){0,4}?${FIRST}`,
        // "régler les frais via ce lien", "pay the handling on the link below", "pague a taxa pelo link".
        `\\b${PAY}\\s+(?:\\S+\\s+){0,4}?${FEE}(?:\\s+\\S+){0,4}?\\s+(?:via|through|on|by|using|with|par|sur|por|pelo|pela|no|en|con|tramite|uber)\\s+(?:the|this|that|a|my|our|ce|cet|le|ma|notre|el|este|ese|o|esse|este|il|questo|den|diesen)\\s+(?:\\w+\\s+)?(?:link|lien|enlace|qr)\\b`,
      ].flatMap((fee) => [`${OWED.source}[^.!?\\n]{0,120}?${fee}`, `${fee}[^.!?\\n]{0,120}?${OWED.source}`]),
    ),
  },
  {
    // "bas QR bhej raha hoon, scan karke 1 rupaya bhejna hai", "scan the code I send to receive your refund": a QR to
    // scan in a message about a refund. A QR is a way to pay, never to be paid.
    kind: 'contextual',
    what: 'a refund that first needs a payment outside the platform',
    gate: /qr|क्यूआर/,
    gateAlso: /scan|स्कैन/,
    needs: OWED,
    needsIn: 'message',
    // Scanning must lead to paying, sending or getting the money: a QR to pair an app, open a manual or register a
    // warranty beside "refund if not compatible" is everyday after-sales talk (red team, stop 30).
    re: anyOf(
      // "to get the 40 dollars back, just scan the QR code": the money promised for the scan, before it.
      '\\bto\\s+(?:get|receive|claim|collect)\\b[^.!?\\n]{0,60}?\\bscan\\w*[^.!?\\n]{0,40}?\\bqr\\b',
      `(?:\\bqr\\b|क्यूआर)[^.!?\\n]{0,80}?(?:\\bscan\\w*|स्कैन)${SCAN_TO_PAY}`,
      `(?:\\bscan\\w*|स्कैन)[^.!?\\n]{0,40}?(?:\\bqr\\b|क्यूआर)${SCAN_TO_PAY}`,
    ),
  },
  {
    // "our Trade Assurance limit is full, pay the remaining 12,400 usd by normal wire", "the amount is over our limit,
    // the balance by T/T": the order is said to be unable to carry the money, and the rest goes by transfer.
    kind: 'contextual',
    what: 'a request to pay outside the platform',
    gate: /rest|remain|balance|difference|excess|extra|other part|resto|restante|saldo|diferencia|diferenca|reste|solde/,
    needs: LIMIT_FULL,
    needsIn: 'message',
    // The buyer's own card or bank limit ("the amount exceeds your card limit, pay the rest by wire") is about how the
    // buyer pays the order, not a limit of the order's protection.
    unless:
      /\b(?:card|credit\s+card|debit\s+card|your|ur|daily|bank|transaction|paypal)\s+(?:\w+\s+)?(?:limit|quota|cap)\b/u,
    unlessIn: 'message',
    re: anyOf(
      `\\b${PAY}\\s+(?:\\S+\\s+){0,2}?(?:the\\s+|el\\s+|o\\s+|le\\s+|la\\s+)?${REST}\\b[^.!?\\n]{0,50}?\\b(?:by|via|through|with|as|using|por|con|par|pelo|via|en|per)\\s+${PLAIN}${WIRE}`,
      `\\b${REST}\\s+(?:\\S+\\s+){0,4}?(?:by|via|through|por|par|pelo)\\s+${PLAIN}${WIRE}`,
    ),
  },
  {
    // "the shipping you send separately by bank transfer", "a separate transfer for the freight": part of the money (the
    // freight, the mould) split off the order and paid by plain transfer. The platform or its checkout named in the
    // clause keeps it there; "I put only the goods in the order" does not (it says what the order leaves out).
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /separate/,
    unless:
      /\b(?:alibaba|aliexpress|citibank|order\s+page|trade\s+assurance|escrow|checkout|platform|(?:in|on|through|via)\s+(?:the\s+)?(?:same\s+|new\s+|second\s+|sample\s+)?order)\b(?!\s+(?:only|except))/u,
    unlessIn: 'sentence',
    re: anyOf(
      `\\b${PAY}\\s+(?:\\S+\\s+){0,3}?separately\\s+(?:by|via|through|with|as|using|por|par|pelo|per)\\s+${PLAIN}${WIRE}`,
      `\\bseparate\\s+(?:bank\\s+)?(?:transfer|payment|wire|remittance|t\\/?t)\\s+(?:for|of)\\s+(?:the\\s+)?(?:shipping|freight|postage|delivery|logistics|mou?ld|tooling|sample)\\b`,
    ),
  },
];

/**
 * "our finance changed to the Shenzhen branch account", "payments moved to our HK company's account", "la cobranza pasó
 * a la cuenta de la sucursal": the receiving side said to have moved to another account — a new payee in all but the
 * words "new account".
 */
export const PAYEE_MOVED_PATTERNS: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    negationInside: true,
    what: 'a changed bank account or beneficiary',
    gate: /changed|moved|switched|shifted|cambi|paso|pasaron|mudou|mudaram|passou|passaram|change/,
    re: anyOf(
      '\\b(?:finance|financial\\s+(?:dept|department)|payments?|receiving|collections?|billing|invoicing|remittances?)\\s+(?:(?:has|have|was|were|is|are|got)\\s+)?(?:been\\s+|now\\s+|just\\s+)?(?:changed|moved|switched|shifted)\\s+to\\s+(?:the\\s+|our\\s+|a\\s+|another\\s+|new\\s+)?(?:[\\w-]+\\s+){0,3}?(?:account|acc|bank|company|entity)\\b',
      '\\b(?:cobranza|cobros|pagos|finanzas|recebimentos?|pagamentos|financeiro|paiements|encaissements)\\s+(?:\\w+\\s+)?(?:cambi\\w+|paso|pasaron|mudou|mudaram|passou|passaram|change|changent)\\s+(?:a|para|vers|sur)\\s+(?:la\\s+|el\\s+|a\\s+|o\\s+|le\\s+)?(?:nueva\\s+|nova\\s+|nouveau\\s+)?(?:cuenta|conta|compte)\\b',
    ),
  },
];
