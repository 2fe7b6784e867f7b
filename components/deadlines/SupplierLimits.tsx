import type { SupplierLimitView } from '../../lib/present/supplier-limit-view';
import { FactLinks } from '../corrections/FactLinks';

/**
 * Per supplier: its Trade Assurance limit, what a page stated is left, the buyer's open orders with it
 * (each linked) and what a new order could still use. Shown above the deadlines: the limit is shared.
 */
export function SupplierLimits({ suppliers }: { suppliers: readonly SupplierLimitView[] }) {
  if (suppliers.length === 0) return null;
  return (
    <section className="tg-supplier-limits" aria-labelledby="tg-supplier-limits-title">
      <h2 id="tg-supplier-limits-title">Trade Assurance limit per supplier</h2>
      <ul data-testid="supplier-limits">
        {suppliers.map((s) => (
          <li
            key={s.key}
            className={`tg-supplier-limit tg-fact--${s.tone}`}
            data-testid={`supplier-limit-${s.key}`}
          >
            <strong>{s.name}</strong>
            <dl>
              <dt>Limit</dt>
              <dd>{s.limit}</dd>
              {s.stated && (
                <>
                  <dt>Limit still available</dt>
                  <dd>{s.stated}</dd>
                </>
              )}
              <dt>Your open orders with this supplier</dt>
              <dd>
                {s.openOrders}
                <FactLinks links={s.orders} />
              </dd>
              <dt>Left for a new order</dt>
              <dd data-testid="supplier-limit-left">{s.left}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <p className="tg-muted">
        Other buyers' orders with a supplier use the same limit: check what is left on the supplier's page
        before you pay.
      </p>
    </section>
  );
}
