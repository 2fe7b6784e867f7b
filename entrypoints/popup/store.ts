import { create } from 'zustand';
import { send } from '../../lib/messaging/client';
import type { TabStatus } from '../../lib/messaging/protocol';
import { targetTab } from '../../lib/messaging/tabs';
import type { PageKind } from '../../lib/model/page-kind';
import { pageKindFromUrl } from '../../lib/pages/detect';

interface PopupState {
  loading: boolean;
  tabId: number | null;
  url: string;
  /** From the URL alone, so the popup knows the page even before the content script reported. */
  kind: PageKind;
  status: TabStatus | null;
  load(): Promise<void>;
}

export const usePopupStore = create<PopupState>((set) => ({
  loading: true,
  tabId: null,
  url: '',
  kind: 'unknown',
  status: null,
  async load() {
    const tab = await targetTab(location.search);
    if (!tab) return set({ loading: false });
    const reported = await send({ type: 'ui/tab-status', tabId: tab.id }).catch(() => null);
    // A report about an earlier page of this tab says nothing about the page now shown.
    const status = reported && reported.url === tab.url ? reported : null;
    set({
      loading: false,
      tabId: tab.id,
      url: tab.url,
      kind: status?.kind ?? pageKindFromUrl(tab.url),
      status,
    });
  },
}));
