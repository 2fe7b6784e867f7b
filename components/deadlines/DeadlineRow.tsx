import type { ComputedDeadline } from '../../lib/deadlines/types';
import { deadlineState } from './deadline-words';
import { formatInstant } from './zoned-format';

export interface DeadlineRowProps {
  deadline: ComputedDeadline;
  now: Date;
  timeZone: string;
  /** Label of the deadline that overrides this one, when there is one. */
  overriddenByLabel?: string;
}

/** One non-binding deadline: state in words, date, why, what to do, where the rule comes from. */
export function DeadlineRow({ deadline: d, now, timeZone, overriddenByLabel }: DeadlineRowProps) {
  const state = deadlineState(d, now);
  return (
    <li
      className={`tg-deadline tg-urgency-${state.urgency}`}
      data-testid={`deadline-${d.id}`}
      data-status={d.status}
      data-kind={d.kind}
    >
      <p className="tg-deadline__head">
        <span className="tg-deadline__state">{state.word}</span>{' '}
        <span className="tg-deadline__label">{d.label}</span>
        {d.stated && (
          <>
            {' '}
            <span className="tg-tag">stated by the order page</span>
          </>
        )}
      </p>
      <p className="tg-deadline__when">
        {d.kind === 'available-from' ? 'available from ' : 'due '}
        <time dateTime={d.dueAt}>{formatInstant(new Date(d.dueAt), timeZone)}</time>
        {state.countdown && <span className="tg-deadline__countdown"> · {state.countdown}</span>}
      </p>
      {d.note && <p className="tg-deadline__note">{d.note}</p>}
      {d.overriddenBy && (
        <p className="tg-deadline__note">
          The order page's own deadline takes precedence: {overriddenByLabel ?? d.overriddenBy}.
        </p>
      )}
      {d.quote && (
        <p className="tg-deadline__quote">
          The order page says: <q>{d.quote}</q>
        </p>
      )}
      <p className="tg-deadline__basis">{d.basis}</p>
      <p className="tg-deadline__todo">
        <strong>What to do: </strong>
        {d.whatToDo}
      </p>
      <p className="tg-deadline__source" title={d.source.ref}>
        Source: {d.source.label}
      </p>
    </li>
  );
}
