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
  'iu',
);

interface Tier {
  start: number;
  end: number;
  low: number;
  high: number;
  counted: boolean;
}

function tiersOf(line: string): Tier[] {
  const tiers: Tier[] = [];
  for (const m of line.matchAll(TIER)) {
    const low = Number(m[1] ?? m[3] ?? m[4] ?? m[5]);
    const high = m[2] !== undefined ? Number(m[2]) : Number.POSITIVE_INFINITY;
    tiers.push({ start: m.index, end: m.index + m[0].length, low, high, counted: m[6] !== undefined });
  }
  return tiers;
}

/** The findings that the ordered quantity's tier settles, dropped; all others kept. */
export function withoutSettledLeadTimeTiers(findings: Finding[], line: string): Finding[] {
  if (!findings.some((f) => f.rule === 'vague-ship-date' || f.rule === 'vague-quantity')) return findings;
  if (!LEAD_TIME.test(line)) return findings;
  const ordered = ORDERED.exec(line);
  if (!ordered) return findings;
  const tiers = tiersOf(line).filter(
    (t) => t.end <= ordered.index || t.start >= ordered.index + ordered[0].length,
  );
  if (tiers.length < 2) return findings;
  const qty = Number(ordered[1]);
  const picked = tiers.find((t) => t.low <= qty && qty <= t.high);
  if (!picked?.counted) return findings;
  const from = tiers[0]?.start ?? 0;
  const to = tiers[tiers.length - 1]?.end ?? 0;
  return findings.filter(
    (f) =>
      !(f.rule === 'vague-ship-date' || f.rule === 'vague-quantity') ||
      !f.span ||
      f.span.start < from ||
      f.span.end > to,
  );
}
