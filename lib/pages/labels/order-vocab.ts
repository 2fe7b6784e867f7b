import type { Coverage, OrderStatusKey } from '../../model/order';
import type { ShippingMethod } from '../../model/timeline';

/**
 * Words that name an order's state, shipping mode and coverage, in the five
 * UI languages. Alibaba TA statuses are from research/alibaba-pages.md (shared material);
 * AliExpress statuses are the `statusText` values seen in the 2026 MTOP
 * captures (maxwellmezadre/aliexpress-mcp, en_US and pt_BR).
 */

/** Ordered: the first pattern that matches wins, so specific wordings come before generic ones. */
const STATUS_PATTERNS: [RegExp, OrderStatusKey][] = [
  [
    /dispute|litige|disputa|streitfall|reclama|refund (in progress|request)|remboursement en cours|reembolso en curso/,
    'in_dispute',
  ],
  [/refunded|rembours[ée]|reembolsad|erstattet/, 'refunded'],
  [/cancel|closed|annul|ferm[ée]|cerrad|storniert|geschlossen|expired|expir/, 'cancelled'],
  [
    /initial payment|first payment|deposit|paiement initial|acompte|pago inicial|anzahlung|pagamento inicial/,
    'awaiting_initial_payment',
  ],
  [/balance|remaining|solde|saldo|restzahlung|restbetrag/, 'awaiting_balance'],
  [
    /to pay|awaiting payment|unpaid|paiement en attente|en attente de paiement|pendiente de pago|zahlung ausstehend|aguardando pagamento|a ser pago/,
    'awaiting_payment',
  ],
  [
    /completed|complete|finished|in review|termin[ée]|complet|finalizad|abgeschlossen|conclu[ií]d|finalizado/,
    'completed',
  ],
  [/delivered|livr[ée]|entregad|zugestellt|entregue/, 'delivered'],
  [
    /shipment started|shipped|awaiting receipt|track package|exp[ée]dition commenc|suivre le colis|env[ií]o iniciado|versand begonnen|envio iniciado|awaiting delivery|processed|exp[ée]di[ée]|enviad|versendet|versandt|aguardando a entrega|in transit|en transit|en tr[aá]nsito|em tr[aâ]nsito/,
    'shipped',
  ],
  [
    /to ship|awaiting shipment|waiting for supplier to ship|processing|en cours de traitement|en attente d'exp[ée]dition|pendiente de env[ií]o|procesando|versand ausstehend|in bearbeitung|processando|aguardando envio/,
    'awaiting_shipment',
  ],
];

export function statusKeyFromText(text: string | null | undefined): OrderStatusKey | null {
  const t = (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!t) return null;
  for (const [pattern, key] of STATUS_PATTERNS) if (pattern.test(t)) return key;
  return null;
}

/** Named carriers count as express; parcel post as post. Order matters: "express sea" is rare, "sea" wins over nothing. */
const SHIPPING_PATTERNS: [RegExp, ShippingMethod][] = [
  [
    /\b(sea|ocean|by ship|vessel|container|lcl|fcl)\b|seefracht|seeweg|maritim|mar[ií]tim|fret maritime|par mer|voie maritime|marítimo|mar[ií]timo|por mar|navio/,
    'sea',
  ],
  [
    /\bair\b|air ?freight|airfreight|by air|luftfracht|fret a[ée]rien|a[ée]rien|a[ée]reo|por avi[oó]n|flugzeug/,
    'air',
  ],
  [
    /\b(land|truck|rail|railway|train|road)\b|terrestre|ferroviaire|ferrocarril|ferrovi|lkw|bahn|stra[sß]e|cami[oó]n|caminh[aã]o/,
    'land',
  ],
  [
    /express|courier|\bdhl\b|\bfedex\b|\bups\b|\btnt\b|\bems\b|\baramex\b|kurier|coursier|mensajer|expresso/,
    'express',
  ],
  [
    /\bpost\b|postal|parcel post|china post|la poste|correos|correios|\bpost(e|a)\b|deutsche post|paketpost/,
    'post',
  ],
];

export function shippingMethodFromText(text: string | null | undefined): ShippingMethod | null {
  const t = (text ?? '').toLowerCase();
  if (!t.trim()) return null;
  for (const [pattern, method] of SHIPPING_PATTERNS) if (pattern.test(t)) return method;
  return null;
}

export function coverageFromText(text: string | null | undefined): Coverage | null {
  const t = (text ?? '').toLowerCase();
  if (
    /pre[- ]?shipment|avant (l'|l’)?exp[ée]dition|pr[ée]-?exp[ée]dition|antes del env[ií]o|pre-?env[ií]o|vor (dem )?versand|pr[ée]-?envio|antes do envio/.test(
      t,
    )
  ) {
    return 'pre-shipment';
  }
  if (
    /post[- ]?delivery|apr[èe]s (la )?livraison|despu[ée]s de la entrega|post-?entrega|nach (der )?lieferung|p[óo]s-?entrega|ap[óo]s a entrega/.test(
      t,
    )
  ) {
    return 'post-delivery';
  }
  return null;
}

const INCOTERM =
  /\b(EXW|FCA|FAS|FOB|CFR|CNF|CIF|CPT|CIP|DAP|DPU|DAT|DDP|DDU)\b(?:[ \t]+((?:[A-Z][\w.-]*)(?:[ \t]+[A-Z][\w.-]*){0,2}))?/;

/** "FOB Ningbo" from "Trade terms: FOB Ningbo" or {"tradeTerms":"FOB","port":"Ningbo"}. */
export function tradeTermsFromText(text: string | null | undefined): string | null {
  const m = INCOTERM.exec(text ?? '');
  if (!m) return null;
  const place = m[2]?.replace(/[.,;]+$/, '');
  return place ? `${m[1]} ${place}` : (m[1] as string);
}
