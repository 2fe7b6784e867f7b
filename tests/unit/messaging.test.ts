import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../lib/messaging/router';

function handlers(): Handlers & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    'content/page-seen': async (r) => {
      calls.push(`seen ${r.kind}`);
      return { findings: [], facts: [], badges: [] };
    },
    'ui/tab-status': async () => null,
    'ui/checklist': async () => null,
    'ui/tick': async () => ({ ok: true }),
    'ui/capture': async () => ({ ok: false, message: '', itemIds: [] }),
    'content/save-message': async () => ({ ok: false, message: '', itemIds: [] }),
    'content/chat-context': async () => ({ designatedAccount: null }),
    'content/chat-findings': async () => ({ ok: true }),
    'ui/orders-overview': async () => ({ timeZone: 'UTC', orders: [] }),
    'ui/timeline-save': async () => ({ ok: true }),
    'ui/timeline-delete': async () => ({ ok: true }),
    'ui/export-calendar': async () => ({ ok: true, ics: '', fileName: '' }),
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
      { tabId: 1 },
    );
    expect(answer).toEqual({ findings: [], facts: [], badges: [] });
    expect(h.calls).toEqual(['seen alibaba:search']);
  });

  it('drops and logs a message that fails validation, without acting on it', async () => {
    const h = handlers();
    const log = vi.fn();
    const route = createRouter(h, log);
    expect(
      await route({ type: 'content/page-seen', url: 'javascript:alert(1)', kind: 'nope', title: 1 }, {}),
    ).toBe(undefined);
    expect(await route({ type: 'ui/delete-everything' }, {})).toBe(undefined);
    expect(await route('hello', {})).toBe(undefined);
    expect(h.calls).toEqual([]);
    expect(log).toHaveBeenCalledTimes(3);
    expect(String(log.mock.calls[0]?.[0])).toContain('dropped an invalid message');
  });
});
