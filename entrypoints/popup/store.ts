import { create } from 'zustand';
import { type Msg, msg } from '../../lib/i18n/msg';
import { send } from '../../lib/messaging/client';
import type { ChecklistView, CorrectionResult, TabStatus } from '../../lib/messaging/protocol';
import { targetTab } from '../../lib/messaging/tabs';
import type { CorrectionChange } from '../../lib/model/correction';
import type { PageKind } from '../../lib/model/page-kind';
import { pageKindFromUrl } from '../../lib/pages/detect';

interface PopupState {
  loading: boolean;
  tabId: number | null;
  url: string;
  /** From the URL alone, so the popup knows the page even before the content script reported. */
  kind: PageKind;
  status: TabStatus | null;
  view: ChecklistView | null;
  copied: boolean;
  /** Said when a tick could not be saved (the box is un-ticked again). */
  tickError: Msg | null;
  load(): Promise<void>;
  tick(itemId: string, ticked: boolean): Promise<void>;
  copyClauses(text: string): Promise<void>;
  /** Enters, corrects or takes back a fact for this tab's page; the checklist is rebuilt with it. */
  correct(change: CorrectionChange): Promise<CorrectionResult>;
}

export const usePopupStore = create<PopupState>((set, get) => ({
  loading: true,
  tabId: null,
  url: '',
  kind: 'unknown',
  status: null,
  view: null,
  copied: false,
  tickError: null,
  async load() {
    const tab = await targetTab(location.search);
    if (!tab) return set({ loading: false });
    const reported = await send({ type: 'ui/tab-status', tabId: tab.id }).catch(() => null);
    // A report about an earlier page of this tab says nothing about the page now shown.
    const status = reported && reported.url === tab.url ? reported : null;
    const view = status ? await send({ type: 'ui/checklist', tabId: tab.id }).catch(() => null) : null;
    set({
      loading: false,
      tabId: tab.id,
      url: tab.url,
      kind: status?.kind ?? pageKindFromUrl(tab.url),
      status,
      view: view && view.url === tab.url ? view : null,
    });
  },
  async tick(itemId, ticked) {
    const { view } = get();
    const orderId = view?.checklist?.orderId;
    if (!view?.checklist || !orderId) return;
    const setTicked = (value: boolean) => {
      const current = get().view;
      if (!current?.checklist) return;
      const manual = current.checklist.manual.map((m) => (m.id === itemId ? { ...m, ticked: value } : m));
      set({ view: { ...current, checklist: { ...current.checklist, manual } } });
    };
    // Show the tick at once; the background keeps it per order…
    setTicked(ticked);
    set({ tickError: null });
    const answer = await send({ type: 'ui/tick', orderId, itemId, ticked });
    if (answer?.ok) return;
    // …and when it could not, the box shows what is stored, and says so.
    setTicked(!ticked);
    set({
      tickError: msg(ticked ? 'checklist.tickNotSaved' : 'checklist.untickNotSaved'),
    });
  },
  async copyClauses(text) {
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    set({ copied: true });
  },
  async correct(change) {
    const { tabId } = get();
    if (tabId === null) return { ok: false, text: msg('corrections.couldNotSave') };
    const answer = await send({ type: 'ui/correct', tabId, change }).catch(() => null);
    if (!answer) return { ok: false, text: msg('corrections.couldNotSave') };
    if (answer.ok && answer.view !== undefined) set({ view: answer.view });
    return { ok: answer.ok, ...(answer.message ? { message: answer.message } : {}) };
  },
}));
