import { browser } from 'wxt/browser';
import { applyCorrection } from '../../lib/analysis/apply-correction';
import { orderScopeOf } from '../../lib/analysis/corrections';
import { buildRuleContext } from '../../lib/analysis/rule-context';
import { keyOf } from '../../lib/corrections/facts';
import { type Msg, msg } from '../../lib/i18n/msg';
import { english } from '../../lib/i18n/translate';
import type { CorrectionResult } from '../../lib/messaging/protocol';
import type { Handlers } from '../../lib/messaging/router';
import { CARD_REFRESH } from '../../lib/messaging/tab-refresh';
import type { CorrectionChange } from '../../lib/model/correction';
import { OrderFactsSchema } from '../../lib/model/order';
import type { TimelineEvent } from '../../lib/model/timeline';
import { loadSettings } from '../../lib/settings/storage';
import { deadlineHandlers, pageEventId } from './deadline-handlers';
import { withMemory } from './memory-store';
import { checklistFor, judgePage, tabSnapshot } from './page-analysis';
import { getVault } from './vault';

/** Nothing saved, and why: English for logs, the message id for the buyer. */
const refusal = (text: Msg): CorrectionResult => ({ ok: false, message: english.render(text), text });

/**
 * The buyer enters, corrects or takes back a fact on the card or in the
 * popup. Who it is about and what the page showed come from the tab's own
 * reading, never from the message; then the page is judged again.
 */
async function correctTab(
  tabId: number | undefined,
  change: CorrectionChange,
  expectedUrl?: string,
): Promise<CorrectionResult> {
  const snapshot = tabId === undefined ? null : await tabSnapshot(tabId);
  if (!snapshot) return refusal(msg('corrections.notReadYet'));
  if (expectedUrl && snapshot.url !== expectedUrl) return refusal(msg('corrections.pageChanged'));
  const { settings } = await loadSettings();
  const removedShipBy = 'remove' in change && change.fact === 'shipBy';
  const result = await withMemory(async (memory) => {
    const at = new Date().toISOString();
    const ctx = buildRuleContext(snapshot, memory, settings, at);
    const entered = ctx.corrections?.facts.shipBy?.entry;
    const outcome = applyCorrection(ctx.corrections, memory.corrections, change, at);
    return {
      outcome,
      orderId: ctx.corrections?.orderScope?.kind === 'order' ? ctx.corrections.orderScope.orderId : null,
      entered,
    };
  });
  // Taking back an entered ship-by date takes back its "entered by you" event in the timeline too.
  if (result.outcome.ok && removedShipBy && result.orderId && result.entered)
    await forgetProjectedShipBy(result.orderId, result.entered.source.enteredAt);
  return result.outcome;
}

async function forgetProjectedShipBy(orderId: string, enteredAt: string): Promise<void> {
  const db = await getVault();
  const id = pageEventId(orderId, 'ship_by_agreed');
  const event = await db.timeline.get(id);
  if (event?.source.kind === 'buyer' && event.source.enteredAt === enteredAt) await db.timeline.delete(id);
}

/**
 * The side panel's timeline and the card show one agreed ship-by date: correcting the page's
 * "Agreed shipment date" there is the same entry as on the card (and deleting it takes it back).
 */
async function shipByFromTimeline(orderId: string, event: TimelineEvent | null): Promise<void> {
  const row = await (await getVault()).orders.get(orderId);
  const facts = OrderFactsSchema.safeParse(row?.facts);
  if (!row || !facts.success) return;
  const scope = orderScopeOf(row.marketplace, orderId);
  await withMemory((memory) => {
    if (!event) return void memory.corrections.remove(scope, 'shipBy');
    if (event.source.kind !== 'buyer') return;
    const day = event.at.slice(0, 10);
    const stated = facts.data.shipBy ? keyOf('shipBy', facts.data.shipBy) : null;
    if (scope)
      memory.corrections.enter(scope, { fact: 'shipBy', value: day }, stated, event.source.enteredAt);
  });
}

export const correctionHandlers: Pick<
  Handlers,
  'content/correct' | 'ui/correct' | 'ui/timeline-save' | 'ui/timeline-delete'
> = {
  // The page's address is the browser's (sender.url), not the message's.
  'content/correct': async (request, sender) => {
    const outcome = await correctTab(sender.tabId, request.change, sender.url);
    if (!outcome.ok || sender.tabId === undefined) return outcome;
    const snapshot = await tabSnapshot(sender.tabId);
    return { ...outcome, verdict: await judgePage(snapshot, snapshot?.url ?? '', sender.tabId) };
  },
  'ui/correct': async (request) => {
    const outcome = await correctTab(request.tabId, request.change);
    if (!outcome.ok) return outcome;
    // Judged again so the deadlines and the timeline take the entry in, then the checklist is rebuilt.
    const snapshot = await tabSnapshot(request.tabId);
    await judgePage(snapshot, snapshot?.url ?? '', request.tabId);
    // The card on the page shows it too (a tab without our content script simply does not answer).
    await browser.tabs.sendMessage(request.tabId, CARD_REFRESH).catch(() => undefined);
    return { ...outcome, view: await checklistFor(request.tabId) };
  },
  // First the entry, then the event: saving the event re-plans the reminders, which read the entries.
  'ui/timeline-save': async (request, sender) => {
    const { event, orderId } = request;
    if (event.type === 'ship_by_agreed' && request.id === pageEventId(orderId, event.type))
      await shipByFromTimeline(orderId, event);
    return deadlineHandlers['ui/timeline-save'](request, sender);
  },
  'ui/timeline-delete': async (request, sender) => {
    if (request.id === pageEventId(request.orderId, 'ship_by_agreed'))
      await shipByFromTimeline(request.orderId, null);
    return deadlineHandlers['ui/timeline-delete'](request, sender);
  },
};
