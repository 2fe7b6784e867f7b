import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../lib/messaging/router';
import { type Sender, senderOf } from '../../lib/messaging/sender';

const PAGE: Sender = {
  tabId: 1,
  url: 'https://www.alibaba.com/trade/search?SearchText=x',
  extensionPage: false,
};
const POPUP: Sender = { url: 'chrome-extension://ours/popup.html', extensionPage: true };

function handlers(): Handlers & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    'content/page-seen': async (r) => {
      calls.push(`seen ${r.kind}`);
      return { findings: [], facts: [], badges: [] };
    },
    'content/load-card-ui': async () => ({ ok: true }),
    'content/load-script': async () => ({ ok: true }),
    'content/read-page': async () => null,
    'content/language': async () => ({ language: 'en', catalogs: {} }),
    'ui/tab-status': async () => null,
    'ui/checklist': async () => null,
    'ui/tick': async () => ({ ok: true }),
    'ui/capture': async () => ({ ok: false, message: '', itemIds: [] }),
    'content/save-message': async () => ({ ok: false, message: '', itemIds: [] }),
    'content/chat-context': async () => ({ designatedAccount: null }),
    'content/chat-findings': async () => ({ ok: true }),
    'content/chat-scan': async () => ({ known: false }),
    'ui/orders-overview': async () => ({ timeZone: 'UTC', orders: [] }),
    'ui/timeline-save': async () => ({ ok: true }),
    'ui/timeline-delete': async () => ({ ok: true }),
    'ui/export-calendar': async () => ({ ok: true, ics: '', fileName: '' }),
    'ui/vault-changed': async () => ({ ok: true }),
    'content/correct': async () => ({ ok: true }),
    'ui/correct': async () => ({ ok: true }),
  };
}

describe('message router', () => {
  it('acts on a valid message', async () => {
    const h = handlers();
    const route = createRouter(h, () => {});
    const answer = await route(
      {
        type: 'content/page-seen',
        url: 'https://www.alibaba.com/trade/search?SearchText=x',
        kind: 'alibaba:search',
        title: 't',
      },
      PAGE,
    );
    expect(answer).toEqual({ findings: [], facts: [], badges: [] });
    expect(h.calls).toEqual(['seen alibaba:search']);
  });

  it('drops and logs a message that fails validation, without acting on it', async () => {
    const h = handlers();
    const log = vi.fn();
    const route = createRouter(h, log);
    expect(
      await route({ type: 'content/page-seen', url: 'javascript:alert(1)', kind: 'nope', title: 1 }, PAGE),
    ).toBe(undefined);
    expect(await route({ type: 'ui/delete-everything' }, POPUP)).toBe(undefined);
    expect(await route('hello', POPUP)).toBe(undefined);
    expect(h.calls).toEqual([]);
    expect(log).toHaveBeenCalledTimes(3);
    expect(String(log.mock.calls[0]?.[0])).toContain('dropped an invalid message');
  });
});

describe('who may send what (issue 12, finding 2)', () => {
  const extension = { id: 'ours', origin: 'chrome-extension://ours/' };

  it('knows our own pages from content scripts by what the browser says, not the message', () => {
    const page = 'https://sunrisekitchen.en.alibaba.com/company_profile.html';
    expect(senderOf({ id: 'ours', url: page, tab: { id: 3, url: page } }, extension)).toEqual({
      tabId: 3,
      url: page,
      extensionPage: false,
    });
    // The popup and the side panel have no tab; opened as a tab, the tab is ours too.
    expect(senderOf({ id: 'ours', url: 'chrome-extension://ours/popup.html' }, extension).extensionPage).toBe(
      true,
    );
    const sidePanelTab = { id: 4, url: 'chrome-extension://ours/sidepanel.html' };
    expect(senderOf({ id: 'ours', url: sidePanelTab.url, tab: sidePanelTab }, extension).extensionPage).toBe(
      true,
    );
    // Our page framed inside a stranger's page, and another extension's page, are not ours to trust.
    expect(
      senderOf(
        { id: 'ours', url: 'chrome-extension://ours/popup.html', tab: { id: 5, url: page } },
        extension,
      ).extensionPage,
    ).toBe(false);
    expect(senderOf({ id: 'other', url: 'chrome-extension://other/x.html' }, extension).extensionPage).toBe(
      false,
    );
  });

  it('answers ui/… only to our pages and content/… only to content scripts in a tab', async () => {
    const h = handlers();
    const log = vi.fn();
    const route = createRouter(h, log);
    expect(await route({ type: 'ui/orders-overview' }, PAGE)).toBe(undefined);
    expect(await route({ type: 'ui/tick', orderId: '1', itemId: 'x', ticked: true }, PAGE)).toBe(undefined);
    expect(await route({ type: 'ui/orders-overview' }, POPUP)).toEqual({ timeZone: 'UTC', orders: [] });
    const seen = { type: 'content/page-seen', url: PAGE.url, kind: 'alibaba:search', title: 't' };
    expect(await route(seen, POPUP)).toBe(undefined);
    expect(await route(seen, { url: PAGE.url, extensionPage: false })).toBe(undefined);
    expect(h.calls).toEqual([]);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/refused ui\/orders-overview/);
  });
});
