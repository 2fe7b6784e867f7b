/**
 * Contract clauses a buyer asks the supplier to write into the Trade
 * Assurance order. Each page rule names the clause its findings call for
 * (Rule.clause). Blanks (___) are for the buyer's own figures: TradeGuard
 * never invents a specification. The words live in locales/<lang>.json
 * ("clauses.<key>"); the supplier gets them in English too.
 */
import type { MessageKey } from '../i18n/keys';
import { english } from '../i18n/translate';

export const CLAUSE_KEY = {
  color: 'clauses.color',
  size: 'clauses.size',
  material: 'clauses.material',
  weight: 'clauses.weight',
  quantity: 'clauses.quantity',
  packaging: 'clauses.packaging',
  'ship-date': 'clauses.shipDate',
  customization: 'clauses.customization',
  performance: 'clauses.performance',
  inspection: 'clauses.inspection',
  coverage: 'clauses.coverage',
} as const satisfies Record<string, MessageKey>;
export type ClauseKey = keyof typeof CLAUSE_KEY;

/** The English wording (what the command line and the supplier read). */
export const CLAUSES = Object.fromEntries(
  Object.entries(CLAUSE_KEY).map(([k, key]) => [k, english.t(key)]),
) as Record<ClauseKey, string>;
