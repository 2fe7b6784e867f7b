import { type FormEvent, useId, useState } from 'react';
import {
  type ShippingMethod,
  ShippingMethodSchema,
  TIMELINE_EVENT_TYPES,
  type TimelineEvent,
} from '../../lib/model/timeline';
import { useT } from '../i18n/I18n';
import { StatusMessage } from '../ui/StatusMessage';
import { checkDraft, convertValue, draftFromEvent, type EventDraft } from './event-form';
import { eventLabel, isDateOnlyType, shippingLabel } from './timeline-labels';

export interface TimelineEventFormProps {
  /** The event being corrected; absent when adding a new one. */
  editing?: TimelineEvent;
  now: Date;
  timeZone: string;
  onSubmit(event: TimelineEvent): void;
  onCancel?(): void;
}

/** Add or correct one timeline event; whatever is saved here is marked "entered by you". */
export function TimelineEventForm({ editing, now, timeZone, onSubmit, onCancel }: TimelineEventFormProps) {
  const t = useT();
  const [draft, setDraft] = useState<EventDraft>(() => draftFromEvent(editing, timeZone));
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const dateOnly = isDateOnlyType(draft.type);
  const update = (patch: Partial<EventDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setError(null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkDraft(draft, now, timeZone, t);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    onSubmit(checked.event);
    if (!editing) setDraft(draftFromEvent(undefined, timeZone));
  };

  return (
    <form className="tg-event-form" onSubmit={submit} noValidate data-testid="timeline-form">
      <fieldset>
        <legend>
          {editing
            ? t.t('deadlines.timeline.correctTitle', { event: eventLabel(editing.type, t) })
            : t.t('deadlines.timeline.addTitle')}
        </legend>
        <label className="tg-field" htmlFor={`${id}-type`}>
          <span>{t.t('deadlines.timeline.what')}</span>
          <select
            id={`${id}-type`}
            value={draft.type}
            onChange={(e) => {
              const type = e.target.value as EventDraft['type'];
              update({ type, value: convertValue(draft.value, isDateOnlyType(type)) });
            }}
            data-testid="timeline-form-type"
          >
            {TIMELINE_EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {eventLabel(type, t)}
              </option>
            ))}
          </select>
        </label>
        <label className="tg-field" htmlFor={`${id}-at`}>
          <span>
            {dateOnly
              ? t.t('deadlines.timeline.dateAgreed')
              : t.t('deadlines.timeline.dateTime', { zone: timeZone })}
          </span>
          <input
            id={`${id}-at`}
            type={dateOnly ? 'date' : 'datetime-local'}
            value={draft.value}
            onChange={(e) => update({ value: e.target.value })}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            data-testid="timeline-form-at"
          />
        </label>
        {draft.type === 'shipped' && (
          <label className="tg-field" htmlFor={`${id}-method`}>
            <span>{t.t('deadlines.timeline.shippingMethod')}</span>
            <select
              id={`${id}-method`}
              value={draft.shippingMethod}
              onChange={(e) => update({ shippingMethod: e.target.value as ShippingMethod | '' })}
              data-testid="timeline-form-method"
            >
              <option value="">{t.t('deadlines.timeline.notKnown')}</option>
              {ShippingMethodSchema.options.map((m) => (
                <option key={m} value={m}>
                  {shippingLabel(m, t)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="tg-field" htmlFor={`${id}-note`}>
          <span>{t.t('deadlines.timeline.note')}</span>
          <input
            id={`${id}-note`}
            type="text"
            value={draft.note}
            onChange={(e) => update({ note: e.target.value })}
          />
        </label>
        {error && (
          <div id={`${id}-error`}>
            <StatusMessage tone="error">{error}</StatusMessage>
          </div>
        )}
        <button type="submit" className="tg-button" data-testid="timeline-form-save">
          {editing ? t.t('deadlines.timeline.saveCorrection') : t.t('deadlines.timeline.addEvent')}
        </button>{' '}
        {onCancel && (
          <button type="button" className="tg-button tg-button--quiet" onClick={onCancel}>
            {t.t('deadlines.timeline.cancel')}
          </button>
        )}
      </fieldset>
    </form>
  );
}
