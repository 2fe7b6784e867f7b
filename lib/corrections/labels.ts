import type { MessageKey } from '../i18n/keys';
import type { CorrectableFact } from '../model/correction';

/** The correctable facts' names and whose they are: what the forms need, without the rules behind them. */
export const FACT_LABEL: Record<CorrectableFact, string> = {
  taLimit: 'Trade Assurance limit',
  orderTotal: 'Order total',
  paymentAmount: 'Amount being paid',
  paymentMethod: 'Payment method',
  shippingMethod: 'Shipping method',
  shipBy: 'Ship by',
};

/** The same names in the buyer's language. */
export const FACT_LABEL_KEY: Record<CorrectableFact, MessageKey> = {
  taLimit: 'facts.taLimit',
  orderTotal: 'facts.orderTotal',
  paymentAmount: 'facts.amountBeingPaid',
  paymentMethod: 'facts.paymentMethod',
  shippingMethod: 'facts.shippingMethod',
  shipBy: 'facts.shipBy',
};

/** The TA limit is the supplier's (one limit for all their orders); the rest belong to one order. */
export const FACT_SCOPE: Record<CorrectableFact, 'supplier' | 'order'> = {
  taLimit: 'supplier',
  orderTotal: 'order',
  paymentAmount: 'order',
  paymentMethod: 'order',
  shippingMethod: 'order',
  shipBy: 'order',
};
