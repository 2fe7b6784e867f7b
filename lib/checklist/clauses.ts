/**
 * Contract clauses a buyer asks the supplier to write into the Trade
 * Assurance order. Each page rule names the clause its findings call for
 * (Rule.clause). Blanks (___) are for the buyer's own figures: TradeGuard
 * never invents a specification.
 */
export const CLAUSES = {
  color:
    'Colour: Pantone ___ C (or RGB ___ / HEX #___), colour difference ΔE ≤ 2 against the approved sample.',
  size: 'Dimensions: ___ × ___ × ___ cm (L × W × H), tolerance ± ___ mm.',
  material:
    'Material: ___ (composition and grade, e.g. "100% SUS304 stainless steel"), confirmed by a third-party material test; a failed test is a breach of this order.',
  weight: 'Net weight per unit: ___ g (acceptable range ___–___ g).',
  quantity:
    'Quantity: exactly ___ pcs of each SKU (listed below); any shortfall is refunded at the unit price.',
  packaging:
    'Packaging: ___ pcs per inner polybag, ___ pcs per 5-ply export carton of ___ × ___ × ___ cm, shipping marks and labels per the attached file, palletised: yes / no.',
  'ship-date':
    'Shipment date: goods are shipped no later than ____-__-__ (YYYY-MM-DD); later shipment is a breach of this Trade Assurance order.',
  customization:
    'Logo and design: exactly as the attached design files (AI/PDF, version ___), with the Pantone colours and print size stated there; photos are for reference only.',
  inspection:
    'Inspection: pre-shipment inspection by a third party (SGS, Intertek, QIMA or equal) at AQL 2.5 major / 4.0 minor, paid by ___; the balance is due only after a passed report.',
  coverage: 'Coverage: post-delivery coverage for the full order amount.',
} as const satisfies Record<string, string>;
export type ClauseKey = keyof typeof CLAUSES;
