/**
 * Every page rule's id, as a type. Ids are public (the command line's JSON,
 * the README's rule table, stored findings): never rename one, only add.
 * The registry test holds this list and lib/rules/registry.ts to each other.
 */
export const PAGE_RULE_IDS = [
  'ta-limit-below-order',
  'ta-limit-remaining-below-order',
  'ta-limit-unknown',
  'ta-not-offered',
  'ta-covered-amount-short',
  'ta-coverage-pre-shipment',
  'ta-order-below-minimum',
  'payment-method-limit',
  'payment-method-not-covered',
  'payment-not-designated-account',
  'sample-order-quality-not-covered',
  'vague-color',
  'vague-size',
  'vague-material',
  'vague-weight',
  'vague-quantity',
  'vague-packaging',
  'vague-ship-date',
  'vague-customization',
  'vague-performance',
  'missing-color',
  'missing-size',
  'missing-material',
  'missing-packaging',
  'missing-ship-date',
  'missing-inspection',
  'supplier-new',
  'supplier-low-response',
  'supplier-low-on-time',
  'supplier-not-verified',
] as const;
export type PageRuleId = (typeof PAGE_RULE_IDS)[number];
