import { type FormEvent, useId, useState } from 'react';
import {
  type ShippingMethod,
  ShippingMethodSchema,
  TIMELINE_EVENT_TYPES,
  type TimelineEvent,
} from '../../lib/model/timeline';
import { StatusMessage } from '../ui/StatusMessage';
import { checkDraft, convertValue, draftFromEvent, type EventDraft } from './event-form';
import { EVENT_LABEL, isDateOnlyType, SHIPPING_LABEL } from './timeline-labels';

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
    const checked = checkDraft(draft, now, timeZone);
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
        <legend>{editing ? `Correct "${EVENT_LABEL[editing.type]}"` : 'Add an event'}</legend>
        <label className="tg-field" htmlFor={`${id}-type`}>
          <span>What happened</span>
          <select
            id={`${id}-type`}
            value={draft.type}
            onChange={(e) => {
              const type = e.target.value as EventDraft['type'];
              update({ type, value: convertValue(draft.value, isDateOnlyType(type)) });
            }}
            data-testid="timeline-form-type"
          >
            {TIMELINE_EVENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {EVENT_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="tg-field" htmlFor={`${id}-at`}>
          <span>{dateOnly ? 'Date agreed in the order' : `Date and time (your time zone: ${timeZone})`}</span>
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
            <span>Shipping method (sets how long the claim window is)</span>
            <select
              id={`${id}-method`}
              value={draft.shippingMethod}
              onChange={(e) => update({ shippingMethod: e.target.value as ShippingMethod | '' })}
              data-testid="timeline-form-method"
            >
              <option value="">Not known</option>
              {ShippingMethodSchema.options.map((m) => (
                <option key={m} value={m}>
                  {SHIPPING_LABEL[m]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="tg-field" htmlFor={`${id}-note`}>
          <span>Note (optional)</span>
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
          {editing ? 'Save correction' : 'Add event'}
        </button>{' '}
        {onCancel && (
          <button type="button" className="tg-button tg-button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </fieldset>
    </form>
  );
}
