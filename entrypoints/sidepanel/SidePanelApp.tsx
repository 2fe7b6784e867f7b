import { useEffect } from 'react';
import { TrackedOrders } from '../../components/sidepanel/TrackedOrders';
import { useSidePanelStore } from './store';

export function SidePanelApp() {
  const { loading, orders, load } = useSidePanelStore();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <main className="tg-surface">
      <h1 className="tg-title">TradeGuard — your orders</h1>
      {loading ? <p>Loading your orders…</p> : <TrackedOrders orders={orders} />}
    </main>
  );
}
