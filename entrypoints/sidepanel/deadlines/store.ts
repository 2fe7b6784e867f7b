import { create } from 'zustand';
import { type Msg, msg } from '../../../lib/i18n/msg';
import { send } from '../../../lib/messaging/client';
import type { OrdersOverview } from '../../../lib/messaging/protocol';
import type { TimelineEvent } from '../../../lib/model/timeline';

interface DeadlinesState {
  loading: boolean;
  overview: OrdersOverview;
  selected: string | null;
  /** Said in the buyer's language when shown; a reason from the background stays as it came. */
  message: { kind: 'error' | 'info' | 'success'; text: Msg } | null;
  load(): Promise<void>;
  select(orderId: string): void;
  saveEvent(orderId: string, event: TimelineEvent, id?: string): Promise<void>;
  deleteEvent(orderId: string, id: string): Promise<void>;
  exportCalendar(): Promise<void>;
}

const EMPTY: OrdersOverview = { timeZone: 'UTC', orders: [] };

export const useDeadlinesStore = create<DeadlinesState>((set, get) => ({
  loading: true,
  overview: EMPTY,
  selected: new URLSearchParams(location.search).get('order'),
  message: null,
  async load() {
    const overview = await send({ type: 'ui/orders-overview' }).catch(() => null);
    set({ loading: false, overview: overview ?? EMPTY });
  },
  select(orderId) {
    set({ selected: orderId });
  },
  async saveEvent(orderId, event, id) {
    const answer = await send({ type: 'ui/timeline-save', orderId, event, ...(id ? { id } : {}) }).catch(
      () => null,
    );
    set({
      message: answer?.ok
        ? { kind: 'success', text: msg('deadlines.board.saved') }
        : {
            kind: 'error',
            text: answer?.message
              ? msg('deadlines.board.saveFailedWhy', { reason: answer.message })
              : msg('deadlines.board.saveFailed'),
          },
    });
    await get().load();
  },
  async deleteEvent(orderId, id) {
    const answer = await send({ type: 'ui/timeline-delete', orderId, id });
    if (!answer?.ok) set({ message: { kind: 'error', text: msg('deadlines.board.deleteFailed') } });
    await get().load();
  },
  async exportCalendar() {
    const answer = await send({ type: 'ui/export-calendar' }).catch(() => null);
    if (!answer?.ok) {
      set({
        message: {
          kind: 'error',
          text: answer?.message
            ? msg('deadlines.board.calendarFailedWhy', { reason: answer.message })
            : msg('deadlines.board.calendarFailed'),
        },
      });
      return;
    }
    const url = URL.createObjectURL(new Blob([answer.ics], { type: 'text/calendar' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = answer.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    set({
      message: {
        kind: 'success',
        text: msg('deadlines.board.calendarSaved', { file: answer.fileName }),
      },
    });
  },
}));
