import type { Handlers } from '../../lib/messaging/router';

/** Tracked orders, their timelines and deadlines. */
export const deadlineHandlers: Pick<
  Handlers,
  'ui/orders-overview' | 'ui/timeline-save' | 'ui/timeline-delete' | 'ui/export-calendar' | 'ui/list-orders'
> = {
  'ui/orders-overview': async () => ({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, orders: [] }),
  'ui/timeline-save': async () => ({ ok: false, message: 'not available yet' }),
  'ui/timeline-delete': async () => ({ ok: false }),
  'ui/export-calendar': async () => ({ ok: false, ics: '', fileName: '', message: 'not available yet' }),
  'ui/list-orders': async () => [],
};

export function registerReminders(): void {}
