import { useState } from 'react';
import { readMoment } from '../../lib/deadlines/zoned-time';
import type { TimelineEvent } from '../../lib/model/timeline';
import { useT } from '../i18n/I18n';
import { TimelineEventForm } from './TimelineEventForm';
import { describeSource, eventLabel, shippingLabel } from './timeline-labels';
import { formatEventAt, safeZone } from './zoned-format';
import './deadlines.css';

type StoredEvent = TimelineEvent & { id: string };

export interface TimelineEditorProps {
  events: StoredEvent[];
  onAdd(e: TimelineEvent): void;
  onUpdate(id: string, e: TimelineEvent): void;
  onDelete(id: string): void;
  now: Date;
  timeZone: string;
}

function sortKey(at: string, timeZone: string): number {
  try {
    return readMoment(at, timeZone).at.getTime();
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** An order's timeline in date order, where each fact came from, and a form to add or correct one. */
export function TimelineEditor({ events, onAdd, onUpdate, onDelete, now, timeZone }: TimelineEditorProps) {
  const t = useT();
  const zone = safeZone(timeZone);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const editing = events.find((e) => e.id === editingId);
  const sorted = [...events].sort((a, b) => sortKey(a.at, zone) - sortKey(b.at, zone));

  return (
    <section
      className="tg-timeline-editor"
      aria-label={t.t('deadlines.timeline.label')}
      data-testid="timeline-editor"
    >
      {sorted.length === 0 ? (
        <p className="tg-muted">{t.t('deadlines.timeline.empty')}</p>
      ) : (
        <ol className="tg-timeline">
          {sorted.map((e) => (
            <li
              key={e.id}
              className="tg-timeline__item"
              data-testid={`timeline-event-${e.id}`}
              data-type={e.type}
            >
              <div>
                <span className="tg-timeline__type">{eventLabel(e.type, t)}</span>{' '}
                <time dateTime={e.at}>{formatEventAt(e.at, zone, t)}</time>
                {e.type === 'shipped' && (
                  <span>
                    {' '}
                    ·{' '}
                    {e.shippingMethod
                      ? shippingLabel(e.shippingMethod, t)
                      : t.t('deadlines.timeline.shippingUnknown')}
                  </span>
                )}
                {e.note && <p className="tg-timeline__meta">{e.note}</p>}
                <p className="tg-timeline__meta">{describeSource(e.source, zone, t)}</p>
              </div>
              <div className="tg-timeline__actions">
                {deletingId === e.id ? (
                  <>
                    <button
                      type="button"
                      className="tg-button tg-button--danger"
                      aria-label={t.t('deadlines.timeline.yesDeleteLabel', { event: eventLabel(e.type, t) })}
                      onClick={() => {
                        setDeletingId(null);
                        onDelete(e.id);
                      }}
                      data-testid={`timeline-delete-confirm-${e.id}`}
                    >
                      {t.t('deadlines.timeline.yesDelete')}
                    </button>
                    <button
                      type="button"
                      className="tg-button tg-button--quiet"
                      onClick={() => setDeletingId(null)}
                    >
                      {t.t('deadlines.timeline.keep')}
                    </button>
                  </>
                ) : (
                  <>
                    <button
                      type="button"
                      className="tg-button tg-button--quiet"
                      aria-label={t.t('deadlines.timeline.correctLabel', { event: eventLabel(e.type, t) })}
                      onClick={() => setEditingId(e.id)}
                    >
                      {t.t('deadlines.timeline.correct')}
                    </button>
                    <button
                      type="button"
                      className="tg-button tg-button--quiet"
                      aria-label={t.t('deadlines.timeline.deleteLabel', { event: eventLabel(e.type, t) })}
                      onClick={() => setDeletingId(e.id)}
                    >
                      {t.t('deadlines.timeline.delete')}
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {editing ? (
        <TimelineEventForm
          key={editing.id}
          editing={editing}
          now={now}
          timeZone={zone}
          onSubmit={(ev) => {
            onUpdate(editing.id, ev);
            setEditingId(null);
          }}
          onCancel={() => setEditingId(null)}
        />
      ) : (
        <TimelineEventForm key="new" now={now} timeZone={zone} onSubmit={onAdd} />
      )}
    </section>
  );
}
