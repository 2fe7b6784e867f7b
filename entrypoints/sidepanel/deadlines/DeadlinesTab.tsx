import { useEffect } from 'react';
import { TrackedOrders } from '../../../components/sidepanel/TrackedOrders';
import { useDeadlinesStore } from './store';

export function DeadlinesTab() {
  const { loading, overview, load } = useDeadlinesStore();
  useEffect(() => {
    void load();
  }, [load]);
  if (loading) return <p>Loading your orders…</p>;
  return <TrackedOrders orders={overview.orders.map((o) => ({ orderId: o.orderId, marketplace: o.marketplace, title: o.title }))} />;
}
