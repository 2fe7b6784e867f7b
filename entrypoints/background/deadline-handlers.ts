import { browser } from 'wxt/browser';
import { correctOrderFacts } from '../../lib/analysis/apply-correction';
import { deadlinesForOrder, orderTimelineData } from '../../lib/analysis/order-deadlines';
import { deadlinesToIcs } from '../../lib/deadlines/ics';
import type { LeadTime } from '../../lib/deadlines/lead-times';
import { planReminders } from '../../lib/deadlines/reminders';
import { timelineFromOrder } from '../../lib/deadlines/timeline-from-order';
import { loadTranslator } from '../../lib/i18n/browser';
import { supplierExposures } from '../../lib/limits/by-supplier';
import { logError } from '../../lib/log';
import type { OrdersOverview, TrackedOrderView } from '../../lib/messaging/protocol';
import type { Handlers } from '../../lib/messaging/router';
import { type OrderFacts, OrderFactsSchema } from '../../lib/model/order';
import type { EventSource, TimelineEventType } from '../../lib/model/timeline';
import { type SupplierLimitView, supplierLimitView } from '../../lib/present/supplier-limit-view';
import { loadSettings } from '../../lib/settings/storage';
import { newId } from '../../lib/vault/cases';
import { listTimeline, saveTimelineEvent } from '../../lib/vault/records';
import { loadCorrections } from './correction-store';
import { withMemory } from './memory-store';
import { getVault } from './vault';

/**
 * Tracked orders, their timelines and deadlines, reminders and the calendar
 * file. Times are computed in the buyer's own time zone.
 */
const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const REMINDER_KEY = 'reminders';

async function overview(now = new Date()): Promise<OrdersOverview> {
  const db = await getVault();
  const { settings } = await loadSettings();
  const tz = timeZone();
  const orders: TrackedOrderView[] = [];
  const corrections = await loadCorrections();
  for (const row of await db.orders.toArray()) {
    const facts = OrderFactsSchema.safeParse(row.facts);
    if (!facts.success) continue;
    const { events } = await listTimeline(db, row.id);
    // The buyer's ship-by date and shipping method count here as on the card.
    const { order } = correctOrderFacts(facts.data, corrections, { url: '', at: row.updatedAt });
    const result = deadlinesForOrder(order, events, settings, { now, timeZone: tz });
    orders.push({
      orderId: row.id,
      marketplace: row.marketplace,
      title: titleOf(facts.data),
      result,
      events,
    });
  }
  return { timeZone: tz, orders };
}

/**
 * Per supplier, the limit and the buyer's open orders. Only from the side panel's request: reminders
 * are re-planned inside a page's memory turn, where waiting for the memory again would never end.
 */
async function supplierLimits(now: Date): Promise<SupplierLimitView[]> {
  const { settings } = await loadSettings();
  return withMemory((memory) =>
    supplierExposures(memory, settings.exchangeRates).map((e) => supplierLimitView(e, now.toISOString())),
  ).catch((error) => {
    logError('deadlines', 'could not list the open orders per supplier', error);
    return [];
  });
}

/** The id under which the event a page shows is kept (one per order and type). */
export const pageEventId = (orderId: string, type: TimelineEventType) => `${orderId}:${type}:page`;

function titleOf(o: OrderFacts): string {
  return [o.supplierName, o.lineItems[0]?.name].filter(Boolean).join(' — ') || `Order ${o.id}`;
}

/**
 * Events a page shows are saved under stable ids, so re-reading updates them; the buyer's corrections win,
 * except where `decided` names the source (the buyer's entries on the card, or a page that replaced one).
 */
export async function recordOrderEvents(
  facts: OrderFacts,
  url: string,
  now: Date,
  decided: ReadonlyMap<TimelineEventType, EventSource> = new Map(),
): Promise<void> {
  if (!facts.id) return;
  const db = await getVault();
  const { events } = timelineFromOrder(orderTimelineData(facts), { url, readAt: now });
  for (const event of events) {
    const id = pageEventId(facts.id, event.type);
    const existing = await db.timeline.get(id);
    const source = decided.get(event.type);
    if (existing?.source.kind === 'buyer' && !source) continue;
    await saveTimelineEvent(db, { ...event, ...(source ? { source } : {}), id, orderId: facts.id });
  }
  await scheduleReminders();
}

function leadTimesOf(hours: readonly number[]): LeadTime[] {
  return hours.map((h) => (h % 24 === 0 ? { days: h / 24 } : { hours: h }));
}

/** Re-creates every reminder from the current deadlines; alarm names are deterministic, so nothing doubles. */
export async function scheduleReminders(): Promise<number> {
  const now = new Date();
  const { orders } = await overview(now);
  const { settings } = await loadSettings();
  const plan = planReminders(
    orders.map((o) => ({
      orderId: o.orderId,
      title: o.title,
      deadlines: o.result.deadlines,
      binding: o.result.binding,
      timeZone: o.result.timeZone,
    })),
    leadTimesOf(settings.reminderLeadHours),
    now,
    await loadTranslator(),
  );
  const wanted = new Set(plan.map((p) => p.alarmName));
  for (const alarm of await browser.alarms.getAll()) {
    if (alarm.name.startsWith('tradeguard:') && !wanted.has(alarm.name))
      await browser.alarms.clear(alarm.name);
  }
  for (const p of plan) await browser.alarms.create(p.alarmName, { when: Date.parse(p.when) });
  await browser.storage.local.set({ [REMINDER_KEY]: Object.fromEntries(plan.map((p) => [p.alarmName, p])) });
  return plan.length;
}

async function remind(alarmName: string): Promise<void> {
  const stored = (await browser.storage.local.get(REMINDER_KEY))[REMINDER_KEY] as
    | Record<string, { title: string; message: string; orderId: string }>
    | undefined;
  const reminder = stored?.[alarmName];
  if (!reminder) return;
  await browser.notifications.create(`${alarmName}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: `TradeGuard: ${reminder.title}`,
    message: reminder.message,
    priority: 2,
  });
}

/** A reminder's click opens that order in the side panel (or, where the panel cannot open, in a tab). */
async function openOrder(notificationId: string): Promise<void> {
  const orderId = notificationId.split(':')[1];
  const url = browser.runtime.getURL(
    `/sidepanel.html?tab=deadlines&order=${encodeURIComponent(orderId ?? '')}`,
  );
  try {
    const win = await browser.windows.getLastFocused();
    // biome-ignore lint/suspicious/noExplicitAny: sidePanel is Chrome-only.
    const sidePanel = (browser as any).sidePanel;
    if (!sidePanel?.open || win.id === undefined) throw new Error('no side panel');
    await sidePanel.setOptions({
      path: `sidepanel.html?tab=deadlines&order=${encodeURIComponent(orderId ?? '')}`,
    });
    await sidePanel.open({ windowId: win.id });
  } catch {
    await browser.tabs.create({ url });
  }
}

export const deadlineHandlers: Pick<
  Handlers,
  'ui/orders-overview' | 'ui/timeline-save' | 'ui/timeline-delete' | 'ui/export-calendar'
> = {
  'ui/orders-overview': async () => {
    const now = new Date();
    return { ...(await overview(now)), suppliers: await supplierLimits(now) };
  },
  'ui/timeline-save': async (request) => {
    try {
      const db = await getVault();
      await saveTimelineEvent(db, { ...request.event, id: request.id ?? newId(), orderId: request.orderId });
      await scheduleReminders();
      return { ok: true };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  },
  'ui/timeline-delete': async (request) => {
    try {
      const db = await getVault();
      await db.timeline.delete(request.id);
      await scheduleReminders();
      return { ok: true };
    } catch (error) {
      logError('deadlines', 'could not delete a timeline event', error);
      return { ok: false };
    }
  },
  'ui/export-calendar': async () => {
    const now = new Date();
    const { orders } = await overview(now);
    const { settings } = await loadSettings();
    try {
      const ics = deadlinesToIcs(
        orders.map((o) => ({ orderId: o.orderId, title: o.title, deadlines: o.result.deadlines })),
        { now, leadTimes: leadTimesOf(settings.reminderLeadHours), t: await loadTranslator() },
      );
      return { ok: true, ics, fileName: `tradeguard-deadlines-${now.toISOString().slice(0, 10)}.ics` };
    } catch (error) {
      return {
        ok: false,
        ics: '',
        fileName: '',
        message: error instanceof Error ? error.message : String(error),
      };
    }
  },
};

/** Alarms and notifications: re-planned whenever the worker starts (MV3 alarms may not survive a restart). */
export function registerReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith('tradeguard:')) void remind(alarm.name);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith('tradeguard:')) void openOrder(id);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.settings) void scheduleReminders();
  });
  void scheduleReminders().catch((error) => logError('reminders', 'could not schedule reminders', error));
}
