import { anyOf, type ChatPattern } from '../match';

/**
 * A payment steered off the checkout without naming a service, as sellers write in short chat English: "pay out
 * side cheap 20%", "scan and pay in the green app, cheaper than the card at checkout", "pay by e-wallet, then we mark
 * the order as paid manually". Modelled on buyers' reports (tests/fixtures/chat/indirect-stop28.json names them).
 */

/** A saving or a way round the fee, which is what "outside" is offered for. */
const SAVING =
  /\b(?:cheap\w*|discount\w*|off|save|saving|less|lower|better\s+price|special\s+price|no\s+(?:fee|commission)|fee|fees|commission|direct\w*)\b|%/;
/** Someone at the seller's end setting the order to paid by hand: the money went somewhere the order never saw. */
const BY_HAND =
  /\b(?:manual\w*|by\s+hand|ourselves|myself|(?:on|from)\s+(?:our|my)\s+(?:side|end)|in\s+(?:our\s+)?(?:backend|back\s+office)|e-?wallet|gcash|maya|paymaya|dana|ovo|gopay|momo|zalopay)\b/;

/** A refund, in en, es, pt and fr (folded). */
const REFUND = '(?:refund|reimburs|money\\s+back|reembols|estorn|devoluc|rembours)\\w*';
/** Paying a fee: pay, send, settle, pagar, abonar, payer, régler (folded). */
const PAY_FEE = '(?:pay|paid|send|settle|transfer|pag|abon|pay[ae]|regl|regul|acquitt)\\w*';
const FEE =
  '(?:fee|fees|charge|charges|cost|costs|shipping|postage|taxa|taxas|tasa|tarifa|comision|frais|commission)\\b';
/** Where the fee goes: a link, or the seller's own side (finance, our account, me). */
const FEE_PAID_OFF_ORDER =
  /https?:\/\/|www\.|\b(?:link|enlace|lien|finance|financ\w*|accounting|our\s+account|my\s+account|nuestra\s+cuenta|nossa\s+conta|notre\s+compte|to\s+(?:me|us))\b/;

export const STEERED_PAYMENT_PATTERNS: readonly ChatPattern[] = [
  {
    // "we cannot refund until you pay the re-shipping fee on the link", "el reembolso no se puede hacer hasta que pague
    // la tarifa", "your refund is ready but finance needs a processing fee first, pay it via this link": the refund held
    // back for a payment. The "not" is part of the condition ("not … until"), so it sits inside the match.
    kind: 'contextual',
    what: 'a refund that first needs a payment outside the platform',
    gate: /refund|reimburs|money back|reembols|estorn|devoluc|rembours/,
    needs: FEE_PAID_OFF_ORDER,
    needsIn: 'message',
    re: anyOf(
      `\\b(?:cannot|can'?t|won'?t|will\\s+not|can\\s+not|unable\\s+to|not\\s+(?:able|possible)\\s+to)\\s+(?:\\w+\\s+){0,3}?${REFUND}\\s+(?:\\w+\\s+){0,4}?(?:until|unless|before|till)\\s+(?:you\\s+)?(?:\\w+\\s+)?${PAY_FEE}`,
      `\\b${REFUND}\\s+(?:\\w+\\s+){0,4}?(?:no|nao)\\s+(?:\\w+\\s+){0,4}?(?:hasta\\s+que|ate\\s+que|enquanto)\\s+(?:usted\\s+|voce\\s+|nao\\s+)?(?:\\w+\\s+)?${PAY_FEE}`,
      `\\b${REFUND}\\b[^.!?;]{0,80}?\\b${FEE}[^.!?;]{0,30}?\\b(?:first|before|antes|primero|primeiro|d'abord)\\b[^.!?;]{0,20}?\\b${PAY_FEE}`,
      `\\b${REFUND}\\b[^.!?;]{0,80}?\\b${FEE}\\s+(?:\\w+\\s+){0,2}?first\\b`,
    ),
  },
  {
    // "pay out side cheap 20%", "if you pay outside, 10% less": outside of nothing named is outside the order.
    kind: 'contextual',
    what: 'a request to pay outside the platform',
    gate: /outside|out side|offline|off line/,
    needs: SAVING,
    needsIn: 'message',
    re: anyOf(
      '\\bpa(?:y|id|ying|yment)\\s+(?:(?:it|us|me|the\\s+\\w+)\\s+)?(?:out\\s?side|off\\s?line)\\b(?!\\s+(?:of\\s+)?(?:china|the\\s+(?:country|eu|us|uk|usa)|your\\s+country|europe))',
    ),
  },
  {
    // "scan and pay in the green app", "pay me on the blue app": a wallet called by its colour.
    kind: 'contextual',
    what: 'a request to pay outside the platform',
    gate: /green|blue/,
    re: anyOf(
      '\\b(?:pa(?:y|id|ying|yment)|scan|transfer|send\\s+(?:the\\s+)?money)\\w*\\s+(?:\\w+\\s+){0,3}?(?:in|on|via|with|through|by|using)\\s+(?:the\\s+|my\\s+|our\\s+)?(?:green|blue)\\s+(?:\\w+\\s+)?(?:app|wallet|application)\\b',
    ),
  },
  {
    // "after you send by e-wallet we mark the order as paid manually", "I change the status to paid by hand".
    kind: 'contextual',
    what: 'a request to pay outside the platform',
    gate: /paid/,
    needs: BY_HAND,
    needsIn: 'message',
    re: anyOf(
      // The seller sets it ("we", "I"): an order whose status "changes to paid" after a transfer on Alibaba is the platform.
      "\\b(?:we|i)(?:'ll|\\s+will|\\s+can|\\s+shall|\\s+then|\\s+just){0,2}\\s+(?:manually\\s+)?(?:mark|set|update|change|switch|put|confirm)\\w*\\s+(?:\\w+\\s+){0,3}?(?:as|to|into)\\s+['\"]?paid\\b",
    ),
  },
];
