import { PENDING_KEY } from '../../lib/deadlines/text';
import { useT } from '../i18n/I18n';
import { formatCountdown, urgencyOf, urgencyWord } from './countdown';
import { DeadlineRow } from './DeadlineRow';
import { deadlineWords, pendingLabel, pendingWhy } from './deadline-words';
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
  const t = useT();
  const { result } = order;
  const binding = bindingDeadline(result);
  const due = binding ? new Date(binding.dueAt) : null;
  const urgency = due ? urgencyOf(due, now) : 'unknown';
  const others = result.deadlines.filter((d) => d.id !== binding?.id);
  const labelOf = (id: string) => {
    const d = result.deadlines.find((x) => x.id === id);
    return d ? deadlineWords(t, d).label : undefined;
  };
  const words = binding ? deadlineWords(t, binding) : null;
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

      {binding && due && words ? (
        <div className="tg-binding">
          <p className="tg-binding__label">{words.label}</p>
          <p className="tg-binding__when">
            <span
              className="tg-binding__countdown"
              data-testid={`countdown-${order.orderId}`}
              data-urgency={urgency}
            >
              <strong>{urgencyWord(urgency, t)}</strong> · {formatCountdown(due, now, t)}
            </span>{' '}
            <time dateTime={binding.dueAt} className="tg-binding__date">
              {formatInstant(due, timeZone, t)}
            </time>
          </p>
          {binding.stated && <span className="tg-tag">{t.t('deadlines.board.statedTag')}</span>}
          <p className="tg-deadline__todo">
            <strong>{t.t('deadlines.board.whatToDo')} </strong>
            {words.whatToDo}
          </p>
          <p className="tg-deadline__basis">{words.basis}</p>
          <p className="tg-deadline__source" title={binding.source.ref}>
            {t.t('deadlines.board.source', { source: words.source })}
          </p>
        </div>
      ) : (
        <p
          className="tg-binding tg-binding--none"
          data-testid={`countdown-${order.orderId}`}
          data-urgency="none"
        >
          <strong>{t.t('deadlines.board.noOpen')}</strong>{' '}
          {result.pending.length > 0 ? t.t('deadlines.board.nextWindows') : t.t('deadlines.board.allPassed')}
        </p>
      )}

      {extras > 0 && (
        <details className="tg-order__more" open={selected}>
          <summary>
            {[
              others.length > 0 && t.plural('deadlines.board.otherDeadlines', others.length),
              result.pending.length > 0 && t.plural('deadlines.board.notStartedCount', result.pending.length),
              result.notUnderstood.length > 0 &&
                t.plural('deadlines.board.toReadCount', result.notUnderstood.length),
            ]
              .filter(Boolean)
              .join(' · ')}
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
                  <span className="tg-deadline__state">{t.t('deadlines.board.notStarted')}</span>{' '}
                  {t.t('deadlines.board.startsWhen', {
                    label: pendingLabel(t, p),
                    event: { key: PENDING_KEY[p.startsWhen] },
                  })}
                  <span className="tg-muted"> {pendingWhy(t, p)}</span>
                </li>
              ))}
            </ul>
          )}
          {result.notUnderstood.length > 0 && (
            <ul className="tg-not-understood">
              {result.notUnderstood.map((text) => (
                <li key={text}>
                  {t.t('deadlines.board.alsoSays')} <q>{text}</q> {t.t('deadlines.board.couldNotDate')}
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </li>
  );
}
