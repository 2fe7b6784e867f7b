import { create } from 'zustand';
import { send } from '../../lib/messaging/client';
import type { TrackedOrderSummary } from '../../lib/messaging/protocol';

interface SidePanelState {
  loading: boolean;
  orders: TrackedOrderSummary[];
  load(): Promise<void>;
}

export const useSidePanelStore = create<SidePanelState>((set) => ({
  loading: true,
  orders: [],
  async load() {
    const orders = await send({ type: 'ui/list-orders' }).catch(() => []);
    set({ loading: false, orders: orders ?? [] });
  },
}));
