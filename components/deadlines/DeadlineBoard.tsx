import type { DeadlineResult } from '../../lib/deadlines/types';
import { useT } from '../i18n/I18n';
import { OrderDeadlines } from './OrderDeadlines';
import { sortByUrgency } from './order-urgency';
import { safeZone } from './zoned-format';
import './deadlines.css';

export interface DeadlineBoardProps {
  orders: { orderId: string; title: string; marketplace: 'alibaba' | 'aliexpress'; result: DeadlineResult }[];
  /** Ticked by the parent (every minute); countdowns are computed from it. */
  now: Date;
  /** The buyer's IANA zone; dates are shown there. */
  timeZone: string;
  selectedOrderId?: string;
  onSelect(orderId: string): void;
}

/** Every tracked order's dispute deadlines, the most urgent order first. */
export function DeadlineBoard({ orders, now, timeZone, selectedOrderId, onSelect }: DeadlineBoardProps) {
  const t = useT();
  if (orders.length === 0) {
    return (
      <p className="tg-empty" data-testid="deadline-board-empty">
        {t.t('deadlines.board.empty')}
      </p>
    );
  }
  const zone = safeZone(timeZone);
  return (
    <div className="tg-board">
      {zone !== timeZone && (
        <p className="tg-muted" role="status">
          {t.t('deadlines.board.badZone', { zone: timeZone })}
        </p>
      )}
      <ul className="tg-orders" aria-label={t.t('deadlines.board.ordersLabel')} data-testid="deadline-board">
        {sortByUrgency(orders).map((order) => (
          <OrderDeadlines
            key={`${order.marketplace}:${order.orderId}`}
            order={order}
            now={now}
            timeZone={zone}
            selected={order.orderId === selectedOrderId}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </div>
  );
}
