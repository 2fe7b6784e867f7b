import type { TrackedOrderSummary } from '../../lib/messaging/protocol';

export interface TrackedOrdersProps {
  orders: TrackedOrderSummary[];
}

/** The buyer's tracked orders; when there are none, what will appear here and how. */
export function TrackedOrders({ orders }: TrackedOrdersProps) {
  if (orders.length === 0) {
    return (
      <div className="tg-empty" data-testid="orders-empty">
        <p>
          <strong>No tracked orders yet.</strong>
        </p>
        <p>
          Open one of your Trade Assurance orders on biz.alibaba.com, or an order on AliExpress, and
          TradeGuard adds it here by itself. Each order then shows a countdown to every dispute deadline — the
          claim window after delivery, the supplier's response time, the agreed shipment date — with reminders
          before they close.
        </p>
        <p className="tg-muted">Everything stays on this computer.</p>
      </div>
    );
  }
  return (
    <ul data-testid="orders-list">
      {orders.map((o) => (
        <li key={`${o.marketplace}:${o.orderId}`}>
          {o.title} <span className="tg-muted">#{o.orderId}</span>
        </li>
      ))}
    </ul>
  );
}
