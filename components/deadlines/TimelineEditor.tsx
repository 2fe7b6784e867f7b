import { useState } from 'react';
import { readMoment } from '../../lib/deadlines/zoned-time';
import type { TimelineEvent } from '../../lib/model/timeline';
import { TimelineEventForm } from './TimelineEventForm';
import { describeSource, EVENT_LABEL, SHIPPING_LABEL } from './timeline-labels';
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
  const zone = safeZone(timeZone);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const editing = events.find((e) => e.id === editingId);
  const sorted = [...events].sort((a, b) => sortKey(a.at, zone) - sortKey(b.at, zone));

  return (
    <section className="tg-timeline-editor" aria-label="Order timeline" data-testid="timeline-editor">
      {sorted.length === 0 ? (
        <p className="tg-muted">No events yet. Add the dates you know: deadlines are counted from them.</p>
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
                <span className="tg-timeline__type">{EVENT_LABEL[e.type]}</span>{' '}
                <time dateTime={e.at}>{formatEventAt(e.at, zone)}</time>
                {e.type === 'shipped' && (
                  <span>
                    {' '}
                    · {e.shippingMethod ? SHIPPING_LABEL[e.shippingMethod] : 'shipping method not known'}
                  </span>
                )}
                {e.note && <p className="tg-timeline__meta">{e.note}</p>}
                <p className="tg-timeline__meta">{describeSource(e.source, zone)}</p>
              </div>
              <div className="tg-timeline__actions">
                {deletingId === e.id ? (
                  <>
                    <button
                      type="button"
                      className="tg-button tg-button--danger"
                      aria-label={`Yes, delete ${EVENT_LABEL[e.type]}`}
                      onClick={() => {
                        setDeletingId(null);
                        onDelete(e.id);
                      }}
                      data-testid={`timeline-delete-confirm-${e.id}`}
                    >
                      Yes, delete
                    </button>
                    <button
                      type="button"
                      className="tg-button tg-button--quiet"
                      onClick={() => setDeletingId(null)}
                    >
                      Keep
                    </button>
                  </>
                ) : (
                  <>
                    <button
                      type="button"
                      className="tg-button tg-button--quiet"
                      aria-label={`Correct ${EVENT_LABEL[e.type]}`}
                      onClick={() => setEditingId(e.id)}
                    >
                      Correct
                    </button>
                    <button
                      type="button"
                      className="tg-button tg-button--quiet"
                      aria-label={`Delete ${EVENT_LABEL[e.type]}`}
                      onClick={() => setDeletingId(e.id)}
                    >
                      Delete…
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
