import { PENDING_WORDS } from '../../lib/deadlines/order-events';
import { formatCountdown, URGENCY_WORD, urgencyOf } from './countdown';
import { DeadlineRow } from './DeadlineRow';
import { type BoardOrder, bindingDeadline } from './order-urgency';
import { formatInstant } from './zoned-format';

export interface OrderDeadlinesProps {
  order: BoardOrder;
  now: Date;
  timeZone: string;
  selected: boolean;
  onSelect(orderId: string): void;
}

const MARKETPLACE_NAME = { alibaba: 'Alibaba', aliexpress: 'AliExpress' } as const;

/** One order on the board: its binding countdown first, everything else folded beneath. */
export function OrderDeadlines({ order, now, timeZone, selected, onSelect }: OrderDeadlinesProps) {
  const { result } = order;
  const binding = bindingDeadline(result);
  const due = binding ? new Date(binding.dueAt) : null;
  const urgency = due ? urgencyOf(due, now) : 'unknown';
  const others = result.deadlines.filter((d) => d.id !== binding?.id);
  const labelOf = (id: string) => result.deadlines.find((d) => d.id === id)?.label;
  const extras = others.length + result.pending.length + result.notUnderstood.length;

  return (
    <li
      className={`tg-order tg-urgency-${binding ? urgency : 'none'}${selected ? ' tg-order--selected' : ''}`}
      data-testid={`order-${order.orderId}`}
      data-urgency={binding ? urgency : 'none'}
      aria-current={selected ? 'true' : undefined}
    >
      <button
        type="button"
        className="tg-order__select"
        aria-pressed={selected}
        onClick={() => onSelect(order.orderId)}
      >
        <span className="tg-order__title">{order.title}</span>{' '}
        <span className="tg-muted">
          #{order.orderId} · {MARKETPLACE_NAME[order.marketplace]}
        </span>
      </button>

      {binding && due ? (
        <div className="tg-binding">
          <p className="tg-binding__label">{binding.label}</p>
          <p className="tg-binding__when">
            <span
              className="tg-binding__countdown"
              data-testid={`countdown-${order.orderId}`}
              data-urgency={urgency}
            >
              <strong>{URGENCY_WORD[urgency]}</strong> · {formatCountdown(due, now)}
            </span>{' '}
            <time dateTime={binding.dueAt} className="tg-binding__date">
              {formatInstant(due, timeZone)}
            </time>
          </p>
          {binding.stated && <span className="tg-tag">stated by the order page</span>}
          <p className="tg-deadline__todo">
            <strong>What to do: </strong>
            {binding.whatToDo}
          </p>
          <p className="tg-deadline__basis">{binding.basis}</p>
          <p className="tg-deadline__source" title={binding.source.ref}>
            Source: {binding.source.label}
          </p>
        </div>
      ) : (
        <p
          className="tg-binding tg-binding--none"
          data-testid={`countdown-${order.orderId}`}
          data-urgency="none"
        >
          <strong>No open deadline.</strong>{' '}
          {result.pending.length > 0
            ? 'The next windows start when the events below happen.'
            : 'Every deadline has passed or does not apply.'}
        </p>
      )}

      {extras > 0 && (
        <details className="tg-order__more" open={selected}>
          <summary>
            {others.length > 0 && `${others.length} other deadline${others.length === 1 ? '' : 's'}`}
            {others.length > 0 && result.pending.length > 0 && ', '}
            {result.pending.length > 0 && `${result.pending.length} not started yet`}
            {result.notUnderstood.length > 0 && ` · ${result.notUnderstood.length} to read yourself`}
          </summary>
          {others.length > 0 && (
            <ul className="tg-deadlines">
              {others.map((d) => (
                <DeadlineRow
                  key={d.id}
                  deadline={d}
                  now={now}
                  timeZone={timeZone}
                  overriddenByLabel={d.overriddenBy ? labelOf(d.overriddenBy) : undefined}
                />
              ))}
            </ul>
          )}
          {result.pending.length > 0 && (
            <ul className="tg-pending">
              {result.pending.map((p) => (
                <li key={p.id} data-testid={`pending-${p.id}`}>
                  <span className="tg-deadline__state">Not started</span> {p.label}: starts when{' '}
                  {PENDING_WORDS[p.startsWhen]}.<span className="tg-muted"> {p.why}</span>
                </li>
              ))}
            </ul>
          )}
          {result.notUnderstood.length > 0 && (
            <ul className="tg-not-understood">
              {result.notUnderstood.map((text) => (
                <li key={text}>
                  The order page also says <q>{text}</q>. TradeGuard could not date it: read it and note the
                  date yourself.
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </li>
  );
}
