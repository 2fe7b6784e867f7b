import { create } from 'zustand';
import { send } from '../../../lib/messaging/client';
import type { OrdersOverview } from '../../../lib/messaging/protocol';

interface DeadlinesState {
  loading: boolean;
  overview: OrdersOverview;
  load(): Promise<void>;
}

export const useDeadlinesStore = create<DeadlinesState>((set) => ({
  loading: true,
  overview: { timeZone: 'UTC', orders: [] },
  async load() {
    const overview = await send({ type: 'ui/orders-overview' }).catch(() => null);
    set({ loading: false, overview: overview ?? { timeZone: 'UTC', orders: [] } });
  },
}));
