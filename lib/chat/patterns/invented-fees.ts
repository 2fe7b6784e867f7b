import { anyOf, type ChatPattern } from '../match';

/**
 * A fee that no carrier, customs office or marketplace charges, demanded to free a parcel or an order (stop 43): an
 * "anti-money-laundering certificate", an "anti-terrorism clearance", a "diplomatic clearance / delivery fee". These
 * are the advance-fee fraud's own inventions (consumer and postal warnings list them: the parcel "held by a
 * diplomat", the "AML certificate" a bank or a courier supposedly needs); a real duty is charged by the carrier on
 * its bill or its own site. Whatever channel the message then names, the money goes to the writer. Folded text.
 */

/** The invented certificate or clearance, in the languages read. */
const INVENTED =
  '\\b(?:anti[\\s-]?money[\\s-]?laundering|aml|anti[\\s-]?terroris[mt]\\w*|non[\\s-]?terroris[mt]\\w*|diplomatic)\\s+(?:\\w+\\s+){0,2}?(?:certificate|clearance|fee|fees|charge|charges|permit|tax|stamp|delivery|agent)s?\\b' +
  '|\\b(?:certificado|certificat|certificato|zertifikat|sertifikat|sertifika|certyfikat)\\w*\\s+(?:\\w+\\s+){0,2}?(?:anti[\\s-]?(?:lavado|blanqueo|blanchiment|riciclaggio|lavagem|pencucian|terror\\w*)|antilavado|antiblanqueo|aml|anti-?geldwasche)\\w*' +
  '|\\b(?:geldwasche\\w*|anti-?geldwasche\\w*)[\\s-]?(?:zertifikat|bescheinigung|gebuhr)\\w*' +
  '|\\b(?:tasa|taxa|tarifa|cargo|frais|tassa|gebuhr|biaya|yuran|caj|phi)\\s+(?:de\\s+|di\\s+|fur\\s+)?(?:\\w+\\s+)?(?:diplomati\\w*|ngoai\\s+giao)\\b' +
  '|(?<![\\p{L}])(?:сертификат\\p{L}*\\s+(?:о\\s+|об\\s+)?(?:\\p{L}+\\s+)?(?:отмыван|легализац)\\p{L}*|дипломатическ\\p{L}*\\s+(?:сбор|пошлин|растаможк|доставк)\\p{L}*)' +
  '|反洗钱(?:证书|證書|证明|费|費)|反洗錢(?:證書|費)|外交(?:清关|清關|费|費)|マネーロンダリング(?:防止)?(?:証明|証書)|外交(?:通関|手数料)|자금세탁\\s?방지\\s?(?:증명서|인증서|수수료)|외교\\s?(?:통관|수수료)';

/**
 * Paying, in the languages read (folded). A payment named as going through the platform ("payment by Trade
 * Assurance as usual") demands nothing of the writer's own: the invented certificate then is only a boast.
 */
const PAYING =
  /\b(?:pay\w*(?!\s+(?:\w+\s+)?(?:through|by|via|on|in|with)\s+(?:the\s+)?(?:alibaba|aliexpress|trade\s+assurance|platform|order)\b)|paid|send|transfer\w*|wire|remit\w*|deposit\w*|pag\w*|paie\w*|payer|regle[rz]|zahl\w*|bezahl\w*|uberweis\w*|bayar\w*|odeme\w*|oplat\w*|thanh\s+toan|chuyen\s+khoan|must\s+be\s+paid|required|fee|fees|usd|\$)\b|оплат|付款|支付|缴|繳|支払|払|결제|납부|송금/u;

/** A warning about the trick: "scammers ask for an AML certificate fee", "there is no such fee". */
const WARNED =
  /\b(?:scam\w*|fraud\w*|fake|beware|never|no\s+such|does\s+not\s+exist|estafa\w*|fraude\w*|arnaque\w*|betrug\w*|truffa\w*|golpe\w*|penipu\w*|lua\s+dao)\b|诈骗|詐騙|詐欺|사기|мошенн/u;

export const INVENTED_FEE: ChatPattern = {
  kind: 'explicit',
  what: 'a fee no carrier or customs office charges',
  gate: /laundering|aml|terroris|diplomat|certificad|certificat|zertifikat|sertifik|certyfikat|geldwasche|ngoai giao|сертификат|дипломат|反洗|外交|マネーロンダリング|자금세탁|외교/,
  needs: PAYING,
  needsIn: 'message',
  // In the demand's own sentence: a warning elsewhere in the message cannot cover it.
  unless: WARNED,
  unlessIn: 'sentence',
  re: anyOf(INVENTED),
};
