import type { Money } from '../model/money';
import type { OrderStatusKey } from '../model/order';

/**
 * How the amount an open order holds against the supplier's Trade Assurance
 * limit was judged. Said beside every figure, so the buyer can check it.
 */
export type AtRiskBasis =
  /** Not paid yet: the whole order total will be covered once paid. */
  | 'total-before-payment'
  /** The initial payment is made, the balance is due: the order total. */
  | 'total-part-paid'
  /** Paid and not yet delivered: the order total. */
  | 'paid-not-delivered'
  /** Delivered but not completed: the post-delivery window still holds the limit. */
  | 'delivered-not-completed'
  /** The order's status was not read: the order total. */
  | 'total-status-unknown';

/** One of the buyer's own open Trade Assurance orders with the supplier, as TradeGuard last read it. */
export interface OpenOrder {
  id: string;
  /** The order's page, to open it from the card, the popup or the side panel. */
  url: string;
  status: string | null;
  statusKey: OrderStatusKey | null;
  /** Null when the order page showed no total: the sum cannot be made ("could not check"). */
  amount: Money | null;
  basis: AtRiskBasis;
  /** When the order was placed (as the page said), to tell orders placed after a stated remaining amount. */
  createdAt: string | null;
  /** When TradeGuard last read the order. */
  seenAt: string;
}

/** "What is left of the limit" as the supplier's page stated it ("balance"), dated. */
export interface StatedRemaining {
  amount: Money;
  at: string;
  url: string;
}
