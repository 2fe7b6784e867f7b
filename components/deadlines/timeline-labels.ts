import { EVENT_KEY, SHIPPING_KEY } from '../../lib/deadlines/text';
import { english, type Translator } from '../../lib/i18n/translate';
import type { EventSource, ShippingMethod, TimelineEventType } from '../../lib/model/timeline';
import { formatInstant } from './zoned-format';

/** "Shipped", "Receipt confirmed" in the buyer's language. */
export const eventLabel = (type: TimelineEventType, t: Translator = english) =>
  t.render({ key: EVENT_KEY[type] });

export const shippingLabel = (method: ShippingMethod, t: Translator = english) =>
  t.render({ key: SHIPPING_KEY[method] });

/** Agreed dates are calendar days in the contract, not moments: they take a date input. */
export function isDateOnlyType(type: TimelineEventType): boolean {
  return type === 'ship_by_agreed' || type === 'delivery_agreed';
}

/** Agreed dates lie in the future; every other event has already happened. */
export function mayBeInFuture(type: TimelineEventType): boolean {
  return isDateOnlyType(type);
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** "read from biz.alibaba.com on …" or "entered by you on …". */
export function describeSource(source: EventSource, timeZone: string, t: Translator = english): string {
  if (source.kind === 'page')
    return t.t('deadlines.timeline.readFrom', {
      host: hostOf(source.url) ?? t.t('deadlines.timeline.aPage'),
      when: formatInstant(new Date(source.readAt), timeZone, t),
    });
  return t.t('deadlines.timeline.enteredByYou', {
    when: formatInstant(new Date(source.enteredAt), timeZone, t),
  });
}
