/** The side panel before any order is tracked: what will appear here, and how. */
export function NoTrackedOrders() {
  return (
    <div className="tg-empty" data-testid="orders-empty">
      <p>
        <strong>No tracked orders yet.</strong>
      </p>
      <p>
        Open one of your Trade Assurance orders on biz.alibaba.com, or an order on AliExpress, and TradeGuard
        adds it here by itself. Each order then shows a countdown to every dispute deadline — the claim window
        after delivery, the supplier's response time, the agreed shipment date — with reminders before they
        close.
      </p>
      <p className="tg-muted">Everything stays on this computer.</p>
    </div>
  );
}
