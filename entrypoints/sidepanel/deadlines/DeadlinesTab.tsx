import { useEffect, useState } from 'react';
import { DeadlineBoard } from '../../../components/deadlines/DeadlineBoard';
import { SupplierLimits } from '../../../components/deadlines/SupplierLimits';
import { TimelineEditor } from '../../../components/deadlines/TimelineEditor';
import { useT } from '../../../components/i18n/I18n';
import { NoTrackedOrders } from '../../../components/sidepanel/NoTrackedOrders';
import { StatusMessage } from '../../../components/ui/StatusMessage';
import { useDeadlinesStore } from './store';

/** Live countdowns for every tracked order, the selected order's timeline editor, and the calendar export. */
export function DeadlinesTab() {
  const { loading, overview, selected, message, load, select, saveEvent, deleteEvent, exportCalendar } =
    useDeadlinesStore();
  const t = useT();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    void load();
    // Countdowns tick each minute; the deadlines themselves are recomputed by the background on load.
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, [load]);
  if (loading) return <p>{t.t('deadlines.board.loading')}</p>;
  if (overview.orders.length === 0) return <NoTrackedOrders />;
  const order = overview.orders.find((o) => o.orderId === selected) ?? overview.orders[0]!;
  return (
    <section>
      <p>
        <button
          type="button"
          className="tg-button tg-button--quiet"
          onClick={exportCalendar}
          data-testid="export-calendar"
        >
          {t.t('deadlines.board.exportCalendar')}
        </button>
      </p>
      {message && <StatusMessage tone={message.kind}>{t.render(message.text)}</StatusMessage>}
      <DeadlineBoard
        orders={overview.orders}
        now={now}
        timeZone={overview.timeZone}
        selectedOrderId={order.orderId}
        onSelect={select}
      />
      <SupplierLimits suppliers={overview.suppliers ?? []} />
      <h2>{t.t('deadlines.board.timelineOf', { order: order.orderId })}</h2>
      <p className="tg-muted">{t.t('deadlines.board.timelineIntro')}</p>
      <TimelineEditor
        events={order.events}
        now={now}
        timeZone={overview.timeZone}
        onAdd={(e) => saveEvent(order.orderId, e)}
        onUpdate={(id, e) => saveEvent(order.orderId, e, id)}
        onDelete={(id) => deleteEvent(order.orderId, id)}
      />
    </section>
  );
}
