import type { ComputedDeadline } from '../../lib/deadlines/types';
import { useT } from '../i18n/I18n';
import { deadlineState, deadlineWords } from './deadline-words';
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
  const t = useT();
  const state = deadlineState(d, now, t);
  const words = deadlineWords(t, d);
  const when = formatInstant(new Date(d.dueAt), timeZone, t);
  return (
    <li
      className={`tg-deadline tg-urgency-${state.urgency}`}
      data-testid={`deadline-${d.id}`}
      data-status={d.status}
      data-kind={d.kind}
    >
      <p className="tg-deadline__head">
        <span className="tg-deadline__state">{state.word}</span>{' '}
        <span className="tg-deadline__label">{words.label}</span>
        {d.stated && (
          <>
            {' '}
            <span className="tg-tag">{t.t('deadlines.board.statedTag')}</span>
          </>
        )}
      </p>
      <p className="tg-deadline__when">
        <time dateTime={d.dueAt}>
          {d.kind === 'available-from'
            ? t.t('deadlines.board.availableFrom', { when })
            : t.t('deadlines.board.due', { when })}
        </time>
        {state.countdown && <span className="tg-deadline__countdown"> · {state.countdown}</span>}
      </p>
      {words.note && <p className="tg-deadline__note">{words.note}</p>}
      {d.overriddenBy && (
        <p className="tg-deadline__note">
          {t.t('deadlines.board.overridden', { label: overriddenByLabel ?? d.overriddenBy })}
        </p>
      )}
      {d.quote && (
        <p className="tg-deadline__quote">
          {t.t('deadlines.board.pageSays')} <q>{d.quote}</q>
        </p>
      )}
      <p className="tg-deadline__basis">{words.basis}</p>
      <p className="tg-deadline__todo">
        <strong>{t.t('deadlines.board.whatToDo')} </strong>
        {words.whatToDo}
      </p>
      <p className="tg-deadline__source" title={d.source.ref}>
        {t.t('deadlines.board.source', { source: words.source })}
      </p>
    </li>
  );
}
