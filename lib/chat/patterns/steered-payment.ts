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

/** Where a top-up goes: the seller's own site or system, a sign-up there, or money by bank or crypto. */
const TOP_UP_MEANS =
  '\\b(?:bank|wire|transfer|crypto\\w*|usdt|btc|bitcoin|eth|binance|transferencia|transferencia\\s+bancaria|cripto\\w*|virement|uberweisung|bonifico|przelew\\w*|havale|kripto)\\b|(?<![\\p{L}])(?:крипт\\p{L}*|перевод\\p{L}*)';
const TOP_UP_WHERE = new RegExp(
  [
    '\\b(?:our|my)\\s+(?:own\\s+)?(?:site|website|web\\s?shop|shop|store|platform|app|system|portal)\\b|\\b(?:register|sign\\s?up|create\\s+an?\\s+account)\\b',
    '\\b(?:nuestr[oa]|nosso|nossa|notre|unser\\w*|nostr[oa]|kami|bizim)\\s+(?:\\w+\\s+)?(?:sitio|web|pagina|site|tienda|loja|boutique|shop|website|negozio|plataforma|plateforme|plattform|piattaforma|situs|aplikasi|siteye|sitemize)\\b|\\b(?:registr\\w*|inscri\\w*|cadastr\\w*|daftar)\\b',
    '(?<![\\p{L}])(?:наш\\p{L}*\\s+(?:сайт|платформ|приложен)\\p{L}*|зарегистр\\p{L}*)|我们的?(?:网站|網站|平台|系统)|我們的?(?:網站|平台|系統)|注册|註冊',
    TOP_UP_MEANS,
  ].join('|'),
  'u',
);

/**
 * A product's users topping up, told as its feature (s52nchat): "the terminal lets customers top up their balance",
 * "permite a los clientes recargar su saldo", "ermöglicht Kunden das Aufladen". Nobody asks the buyer to pay in.
 */
const TOP_UP_BY_USERS =
  /\b(?:lets|let|allows?|enables?|helps?|permite\w*|permet\w*|ermoglich\w*|erlaub\w*|consent\w*|permett\w*|umozliwia\w*|pozwala\w*)\s+(?:\w+\s+){0,2}?(?:customers?|users?|clients?|clientes|usuarios|utilisateurs|kunden|clienti|utenti|klient\w*|uzytkownik\w*|players?|shoppers?|members?|guests?|passengers?|people)\b|\b(?:customers|users|clients|clientes|usuarios|kunden|clienti|shoppers|players|passengers)\s+(?:can|could|may|puede\w*|peuvent|konnen|possono|moga)\s+(?:\w+\s+)?(?:top|recharg|recarg|reload|auflad|ricaric|doladow)/u;

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
  {
    // Stop 52: a wallet on the seller's own site topped up by bank or crypto ("register on our site, top up your wallet by
    // bank or crypto", "recargue su saldo en nuestra web por transferencia", "rechargez votre solde par crypto",
    // "пополните баланс на нашем сайте", "在我们网站充值"): the money goes into the seller's system before any order,
    // where no platform protects it. A top-up named with no site of the seller's, no register and no bank or crypto
    // ("top up your phone credit") is left alone.
    kind: 'contextual',
    what: "a purchase moved to the seller's other shop, own site or another marketplace",
    gate: /top|recharg|recarg|fund|deposit|auflad|laden|пополн|充值|isi|yukle|nap/,
    needs: TOP_UP_WHERE,
    needsIn: 'message',
    unless: TOP_UP_BY_USERS,
    unlessIn: 'sentence',
    re: anyOf(
      // The buyer told to top up (s52nchat): an imperative, "you", or "your wallet". "The POS terminal lets customers top
      // up their balance by card" is a product's feature, told of its users.
      `(?:(?:^|[.!?:;,]\\s*|\\b(?:please|pls|kindly|you|then|and|first|just|must|need\\s+to|can|to)\\s+)(?:top[\\s-]?up|recharge|reload|fund|deposit\\s+(?:money\\s+)?(?:in)?to)\\s+(?:the\\s+|an?\\s+)?(?!(?:their|his|her|its)\\b)(?:\\w+\\s+)?|\\b(?:top[\\s-]?up|recharge|reload|fund|deposit\\s+(?:money\\s+)?(?:in)?to)\\s+your\\s+(?:\\w+\\s+)?)(?:wallet|balance|account|credit)\\b(?:[^.!?\\n]{0,30}?${TOP_UP_MEANS})?`,
      `\\b(?:recargu?e\\w*|recarga\\w*|recarreg\\w*|recharg\\w*|ricaric\\w*|laden\\s+sie\\s+(?:ihr|ihre|das)|aufladen|isi\\s+(?:ulang\\s+)?saldo|top\\s?up\\s+saldo|bakiye\\w*\\s+yukle\\w*|nap\\s+(?:tien|vi))\\b[^.!?\\n]{0,40}?(?:${TOP_UP_MEANS}|saldo|solde|guthaben|wallet|carteira|monedero|portefeuille|portafoglio|bakiye|vi)`,
      `(?<![\\p{L}])пополн\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:баланс|кошел[её]к|счет|сч[её]т)\\p{L}*`,
      '(?:在|到)?(?:我们|我們|我)的?(?:网站|網站|平台|系统|系統|app)\\S{0,10}充值|充值\\S{0,10}(?:钱包|錢包|余额|餘額)',
    ),
  },
];
