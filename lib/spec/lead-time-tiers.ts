/**
 * "lead time 1-5 sets: 30 days, 6-20 sets: 45 days, >20 sets: negotiable. Buyer orders 3 sets": a supplier's table of
 * lead times by order size, on a line that also says how many are ordered. The order falls in one tier, and that tier
 * counts its days, so the lead time of this order is stated; the other tiers and their ranges are the supplier's
 * general terms, not open values of this order. Without the ordered quantity, or when it falls in a tier with no
 * count of days ("negotiable"), nothing is settled and the findings stand.
 */
import type { Finding } from '../model/finding';

const LEAD_TIME =
  /lead[- ]?time|delivery (?:time|period)|production time|Lieferzeit|Lieferfrist|plazo de entrega|tiempo de entrega|prazo de entrega|délai(?: de livraison)?|tempi di consegna|交期|交货期|生产周期/iu;
const UNIT = String.raw`(?:sets?|pcs|pieces?|units?|pairs?|cartons?|ctns?|Stück|Stk\.?|Sätze|piezas|unidades|juegos|peças|pièces|pezzi|件|套|台|个)`;
const DAYS = String.raw`\d{1,3}(?:\s{0,2}[-–~]\s{0,2}\d{1,3})?\s{0,2}(?:(?:working |business |calendar )?days?|weeks?|Tage|Arbeitstage|Wochen|días(?: hábiles)?|dias(?: úteis)?|jours|giorni|天|周)`;
const TIER = new RegExp(
  String.raw`(?:(\d{1,6})\s{0,2}[-–~]\s{0,2}(\d{1,6})|[>≥]\s{0,2}(\d{1,6})|(\d{1,6})\s{0,2}\+|(?:over|above|more than|über|más de|mais de|plus de)\s(\d{1,6}))\s{0,2}${UNIT}\s{0,2}[:：=]?\s{0,2}(${DAYS})?`,
  'giu',
);
const ORDERED = new RegExp(
  String.raw`(?:orders?|ordered|order (?:quantity|qty)|PO (?:quantity|qty)|quantity ordered|bestellt|Bestellmenge|pedido|encomenda|commande|ordina|订购|订单数量|下单)\D{0,14}?(\d{1,6})\s{0,2}${UNIT}`,
  'giu',
);

interface Tier {
  start: number;
  end: number;
  low: number;
  high: number;
  counted: boolean;
  /** Where the tier's days begin (its end when it counts none). */
  daysFrom: number;
}

function tiersOf(line: string): Tier[] {
  const tiers: Tier[] = [];
  for (const m of line.matchAll(TIER)) {
    const low = Number(m[1] ?? m[3] ?? m[4] ?? m[5]);
    const high = m[2] !== undefined ? Number(m[2]) : Number.POSITIVE_INFINITY;
    tiers.push({
      start: m.index,
      end: m.index + m[0].length,
      low,
      high,
      counted: m[6] !== undefined,
      daysFrom: m.index + m[0].length - (m[6]?.length ?? 0),
    });
  }
  return tiers;
}

/** "about 60 pcs", "approx. 20 days", "20 days approx", "ca. 3 Wochen": a figure its writer leaves approximate. */
const APPROX =
  /\b(?:about|approx(?:\.|imately)?|around|roughly|circa|ca\.|etwa|ungefähr|aprox(?:\.|imadamente)?|environ|cerca de|circa)(?![\p{L}])|~|约|左右/iu;
/** A day range so wide it leaves the date open ("30-90 days"), not a short window ("10-12 days"). */
function wideRange(text: string): boolean {
  const m = /(\d{1,3})\s{0,2}[-–~]\s{0,2}(\d{1,3})/u.exec(text);
  if (!m) return false;
  const low = Number(m[1]);
  const high = Number(m[2]);
  return high - low >= 10 || high >= low * 1.5;
}

/**
 * Only the tiers the order does NOT fall in are the supplier's general terms; their findings are dropped. The chosen
 * tier's own findings stay when its days are approximate or a wide range, and anything about the order itself ("order
 * about 60 pcs") or outside the table stays.
 */
export function withoutSettledLeadTimeTiers(findings: Finding[], line: string): Finding[] {
  if (!findings.some((f) => f.rule === 'vague-ship-date' || f.rule === 'vague-quantity')) return findings;
  if (!LEAD_TIME.test(line)) return findings;
  // "Minimum order 100 pcs", "MOQ": the supplier's floor, not what this buyer orders.
  const ordered = [...line.matchAll(ORDERED)].find(
    (m) =>
      !/(?:minimum|min\.?|MOQ|Mindest\p{L}*|m[ií]nim[oa])\s{0,2}$/iu.test(
        line.slice(Math.max(0, m.index - 12), m.index),
      ),
  );
  if (!ordered) return withoutTierKeys(findings, tiersOf(line));
  if (APPROX.test(ordered[0])) return findings;
  const orderFrom = ordered.index;
  const orderTo = ordered.index + ordered[0].length;
  const tiers = tiersOf(line).filter((t) => t.end <= orderFrom || t.start >= orderTo);
  if (tiers.length < 2) return findings;
  const qty = Number(ordered[1]);
  const picked = tiers.find((t) => t.low <= qty && qty <= t.high);
  if (!picked?.counted) return findings;
  // Each tier reaches to the next tier, the order or a full stop, whichever comes first.
  const regions = tiers.map((t, i) => {
    const next = tiers[i + 1]?.start ?? line.length;
    const stops = [next, t.start < orderFrom ? orderFrom : line.length];
    const stop = line.slice(t.end).search(/[.;；。](?!\d)/u);
    if (stop >= 0) stops.push(t.end + stop);
    return { tier: t, from: t.start, to: Math.min(...stops) };
  });
  const chosen = regions.find((r) => r.tier === picked);
  const chosenOpen =
    !!chosen &&
    (APPROX.test(line.slice(chosen.from, chosen.to)) || wideRange(line.slice(picked.daysFrom, chosen.to)));
  return findings.filter((f) => {
    if (!(f.rule === 'vague-ship-date' || f.rule === 'vague-quantity') || !f.span) return true;
    if (f.span.end > orderFrom && f.span.start < orderTo) return true;
    const region = regions.find((r) => f.span && f.span.start >= r.from && f.span.end <= r.to);
    if (!region) return true;
    if (region.tier !== picked) return false;
    return chosenOpen && f.rule === 'vague-ship-date';
  });
}

/**
 * "Lead time: 1-500 pcs 10 days, 501-3000 pcs 18 days": with no ordered quantity on the line, which tier applies is
 * still open (the days stay judged as they are), but a tier's quantity range is the key of a row in the supplier's
 * table, not a count of this order left open. Only keys whose own row counts its days are set aside: "6-20 sets:
 * negotiable" is a row with no terms, and a lone range is no table.
 */
function withoutTierKeys(findings: Finding[], tiers: Tier[]): Finding[] {
  if (tiers.length < 2) return findings;
  const keys = tiers.filter((t) => t.counted);
  return findings.filter(
    (f) =>
      f.rule !== 'vague-quantity' ||
      !f.span ||
      !keys.some((k) => f.span && k.start <= f.span.start && f.span.end <= k.daysFrom),
  );
}
