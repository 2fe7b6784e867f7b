import { browser } from 'wxt/browser';
import { analysePage } from '../../lib/analysis/analyse-page';
import { offerBadges } from '../../lib/analysis/offer-badges';
import { buildRuleContext } from '../../lib/analysis/rule-context';
import { buildChecklist } from '../../lib/checklist/build';
import { logError, logWarn } from '../../lib/log';
import type { ChecklistView, PageVerdict } from '../../lib/messaging/protocol';
import { type PageSnapshot, PageSnapshotSchema } from '../../lib/model/snapshot';
import { isRawSnapshot, validateSnapshot } from '../../lib/pages/extract';
import { snapshotFromSender } from '../../lib/pages/page-origin';
import { correctionNotices } from '../../lib/present/correctable';
import { pageFacts } from '../../lib/present/page-facts';
import { couldNotCheck, evaluateRules } from '../../lib/rules/evaluate';
import { loadSettings } from '../../lib/settings/storage';
import { listTicks, setTick } from '../../lib/vault/records';
import { chatRiskFor } from './chat-handlers';
import { persistCorrections, persistPage, withMemory } from './memory-store';
import { getVault } from './vault';

const snapKey = (tabId: number) => `snap:${tabId}`;
const EMPTY: PageVerdict = { findings: [], facts: [], badges: [] };

/**
 * A content script's snapshot → findings, facts and badges; the page is then
 * remembered. Judged only as far as the sending page's address vouches for it
 * (lib/pages/page-origin.ts): a supplier's page cannot pass for a payment page.
 */
export async function judgePage(
  raw: unknown,
  senderUrl: string,
  tabId: number | undefined,
): Promise<PageVerdict> {
  // Content scripts send what they read unvalidated (lib/pages/extract.ts readPage): repair field by field first.
  const parsed = PageSnapshotSchema.safeParse(isRawSnapshot(raw) ? validateSnapshot(raw) : raw);
  if (!parsed.success) {
    logWarn('background', 'dropped a page snapshot that failed validation', parsed.error.issues.slice(0, 3));
    return EMPTY;
  }
  const vouched = snapshotFromSender(parsed.data, senderUrl);
  if (!vouched.ok) {
    logWarn('background', `dropped a page snapshot (${vouched.reason})`);
    return EMPTY;
  }
  const snapshot = vouched.snapshot;
  const { settings } = await loadSettings();
  const now = new Date();
  const verdict = await withMemory(async (memory) => {
    const { context, findings, facts, notices, couldNotCheck } = analysePage(
      snapshot,
      memory,
      settings,
      now.toISOString(),
    );
    // Before the page's events: the deadlines they re-plan read the corrections from storage.
    await persistCorrections(memory).catch((error) =>
      logError('background', 'could not store your corrections', error),
    );
    await persistPage(memory, snapshot, now, {
      order: context.order,
      corrections: context.corrections,
    }).catch((error) => logError('background', 'could not remember this page', error));
    return { findings, facts, badges: offerBadges(snapshot, memory), notices, couldNotCheck };
  });
  if (tabId !== undefined) await browser.storage.session.set({ [snapKey(tabId)]: snapshot }).catch(() => {});
  return verdict;
}

/** The popup's view of the tab: findings and, on order and payment pages, the checklist. */
/** The page the tab's content script last reported, as it was read. */
export async function tabSnapshot(tabId: number): Promise<PageSnapshot | null> {
  const stored = (await browser.storage.session.get(snapKey(tabId)))[snapKey(tabId)];
  const parsed = PageSnapshotSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function checklistFor(tabId: number): Promise<ChecklistView | null> {
  const snapshot = await tabSnapshot(tabId);
  if (!snapshot) return null;
  const { settings } = await loadSettings();
  return withMemory(async (memory) => {
    const ctx = buildRuleContext(snapshot, memory, settings, new Date().toISOString());
    const { findings, failed } = evaluateRules(ctx);
    const orderId = ctx.order?.id ?? snapshot.payment?.orderId ?? null;
    let checklist = null;
    if (orderId && (snapshot.kind === 'alibaba:order' || snapshot.kind === 'alibaba:payment')) {
      const ticks = await listTicks(await getVault(), orderId);
      const chat = await chatRiskFor(orderId, ctx.order?.supplierName ?? ctx.supplier?.name ?? null);
      checklist = buildChecklist(
        ctx,
        findings,
        new Set(ticks.filter((t) => t.ticked).map((t) => t.itemId)),
        chat,
        failed,
      );
    }
    return {
      kind: snapshot.kind,
      url: snapshot.url,
      findings,
      facts: pageFacts(ctx),
      checklist,
      couldNotCheck: couldNotCheck(failed),
      notices: correctionNotices(ctx),
    };
  });
}

export async function tick(orderId: string, itemId: string, ticked: boolean): Promise<{ ok: boolean }> {
  try {
    await setTick(await getVault(), { orderId, itemId, ticked, at: new Date().toISOString() });
    return { ok: true };
  } catch (error) {
    logError('background', 'could not save a checklist tick', error);
    return { ok: false };
  }
}

export async function forgetTabSnapshot(tabId: number): Promise<void> {
  await browser.storage.session.remove(snapKey(tabId));
}
