import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Checklist } from '../../../lib/checklist/types';
import { readJson, UI_FIXTURES } from './render';

/** Issue 12, finding 13: a tick whose save failed must not stay ticked as if it were kept. */
const send = vi.fn();
vi.mock('../../../lib/messaging/client', () => ({ send: (...args: unknown[]) => send(...args) }));
const { usePopupStore } = await import('../../../entrypoints/popup/store');

const checklist = readJson<Checklist>(join(UI_FIXTURES, 'checklist-over-limit.json'));
const ticked = (id: string) =>
  usePopupStore.getState().view?.checklist?.manual.find((m) => m.id === id)?.ticked;

describe('the popup’s manual ticks', () => {
  beforeEach(() => {
    send.mockReset();
    usePopupStore.setState({
      tickError: null,
      view: {
        kind: 'alibaba:order',
        url: 'https://biz.alibaba.com/ta/detail.htm?orderId=1001',
        findings: [],
        facts: [],
        checklist: { ...checklist, orderId: '1001' },
      },
    });
  });

  it('a tick the background could not save is un-ticked, with a message saying so', async () => {
    send.mockResolvedValue({ ok: false });
    await usePopupStore.getState().tick('sample', true);
    expect(ticked('sample')).toBe(false);
    expect(usePopupStore.getState().tickError).toEqual({ key: 'checklist.tickNotSaved' });
  });

  it('no answer at all (the background refused or is gone) is a failure too', async () => {
    send.mockResolvedValue(undefined);
    await usePopupStore.getState().tick('sample', true);
    expect(ticked('sample')).toBe(false);
    expect(usePopupStore.getState().tickError).toEqual({ key: 'checklist.tickNotSaved' });
  });

  it('a saved tick stays, and clears an earlier error', async () => {
    usePopupStore.setState({ tickError: { key: 'checklist.untickNotSaved' } });
    send.mockResolvedValue({ ok: true });
    await usePopupStore.getState().tick('sample', true);
    expect(ticked('sample')).toBe(true);
    expect(usePopupStore.getState().tickError).toBeNull();
    expect(send).toHaveBeenCalledWith({ type: 'ui/tick', orderId: '1001', itemId: 'sample', ticked: true });
  });
});
