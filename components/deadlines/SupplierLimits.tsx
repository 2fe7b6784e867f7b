import type { SupplierLimitView } from '../../lib/present/supplier-limit-view';
import { FactLinks } from '../corrections/FactLinks';
import { useT } from '../i18n/I18n';

/**
 * Per supplier: its Trade Assurance limit, what a page stated is left, the buyer's open orders with it
 * (each linked) and what a new order could still use. Shown above the deadlines: the limit is shared.
 */
export function SupplierLimits({ suppliers }: { suppliers: readonly SupplierLimitView[] }) {
  const t = useT();
  if (suppliers.length === 0) return null;
  return (
    <section className="tg-supplier-limits" aria-labelledby="tg-supplier-limits-title">
      <h2 id="tg-supplier-limits-title">{t.t('remaining.perSupplier')}</h2>
      <ul data-testid="supplier-limits">
        {suppliers.map((s) => {
          // A view stored before views carried messages keeps its English.
          const x = s.text;
          const stated = x ? (x.stated ? t.render(x.stated) : null) : s.stated;
          return (
            <li
              key={s.key}
              className={`tg-supplier-limit tg-fact--${s.tone}`}
              data-testid={`supplier-limit-${s.key}`}
            >
              <strong>{s.name}</strong>
              <dl>
                <dt>{t.t('remaining.limit')}</dt>
                <dd>{x ? t.param(x.limit) : s.limit}</dd>
                {stated && (
                  <>
                    <dt>{t.t('facts.taRemaining')}</dt>
                    <dd>{stated}</dd>
                  </>
                )}
                <dt>{t.t('remaining.openOrders')}</dt>
                <dd>
                  {x ? t.render(x.openOrders) : s.openOrders}
                  <FactLinks links={s.orders} />
                </dd>
                <dt>{t.t('remaining.leftForNew')}</dt>
                <dd data-testid="supplier-limit-left">{x ? t.render(x.left) : s.left}</dd>
              </dl>
            </li>
          );
        })}
      </ul>
      <p className="tg-muted">{t.t('remaining.otherBuyersNote')}</p>
    </section>
  );
}
