import { describe, expect, it } from 'vitest';
import { saveStatus } from '../../../entrypoints/chat.content/save-status';
import { CHAT_TEXT_MAX, fitChatLine } from '../../../lib/messaging/chat-line';
import { RequestSchema } from '../../../lib/messaging/protocol';

/**
 * Issue 12, finding 3: a 26 KB message beside a flagged one made the save
 * request invalid (20,000-character limit): it was dropped, nothing was stored,
 * and the button stayed on "Saving…".
 */
const flagged = {
  from: 'supplier' as const,
  senderName: 'Chen Wei',
  text: 'Pay to my boss account, it is faster',
  at: '15:30',
};
const long = {
  from: 'supplier' as const,
  senderName: 'Chen Wei',
  text: 'spec sheet '.repeat(2_400),
  at: '15:29',
};

function saveRequest(context: ReturnType<typeof fitChatLine>[]) {
  return {
    type: 'content/save-message',
    url: 'https://message.alibaba.com/message/messenger.htm',
    title: 'Chat',
    message: fitChatLine(flagged),
    context,
    findings: [],
  };
}

describe('saving a flagged message next to a very long one', () => {
  it('the long neighbour is cut before sending, so the request is valid', () => {
    expect(long.text.length).toBeGreaterThan(CHAT_TEXT_MAX);
    expect(RequestSchema.safeParse({ ...saveRequest([]), context: [long, flagged] }).success).toBe(false);
    const fitted = fitChatLine(long);
    expect(RequestSchema.safeParse(saveRequest([fitted, fitChatLine(flagged)])).success).toBe(true);
  });

  it('the cut is said in the text and counted, and the start of the message is kept', () => {
    const fitted = fitChatLine(long);
    expect(fitted.text.length).toBeLessThanOrEqual(CHAT_TEXT_MAX);
    expect(fitted.text.startsWith('spec sheet spec sheet')).toBe(true);
    expect(fitted.text).toMatch(/\[…cut by TradeGuard: [\d,]+ more characters are on the page\]$/);
    expect(fitted.cut).toBe(long.text.length - fitted.text.indexOf(' […cut'));
    expect(fitChatLine(flagged)).toEqual({ ...flagged });
  });

  it('a long sender name or time is cut too (each has its own limit)', () => {
    const fitted = fitChatLine({ ...flagged, senderName: 'x'.repeat(1_000), at: 'y'.repeat(500) });
    expect(RequestSchema.safeParse({ ...saveRequest([]), message: fitted }).success).toBe(true);
  });
});

describe('what the buyer reads after pressing "Save to vault"', () => {
  it('the background’s own sentence when it answered', () => {
    expect(saveStatus({ ok: true, message: 'Saved to the vault.', itemIds: ['a'] })).toEqual({
      saved: true,
      text: 'Saved to the vault.',
    });
    expect(saveStatus({ ok: false, message: 'The disk is full.', itemIds: [] })).toEqual({
      saved: false,
      text: 'The disk is full.',
    });
  });

  it('a refused or empty answer, or a failure, is a visible error — never "Saving…" forever', () => {
    for (const answer of [undefined, null, {}, 'x', new Error('Extension context invalidated.')]) {
      const status = saveStatus(answer);
      expect(status.saved).toBe(false);
      expect(status.text).toMatch(/could not save this message.*Nothing was saved/);
    }
  });
});
