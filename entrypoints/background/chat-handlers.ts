import type { Handlers } from '../../lib/messaging/router';
import { withMemory } from './memory-store';

/** What the chat guard needs from memory, and what it reports back. */
export const chatHandlers: Pick<Handlers, 'content/chat-context' | 'content/chat-findings'> = {
  'content/chat-context': async () =>
    withMemory((memory) => {
      // The buyer's most recent designated account is the one a chat is most likely about.
      const latest = [...memory.accounts.values()].sort((a, b) => (a.seenAt < b.seenAt ? 1 : -1))[0];
      return { designatedAccount: latest?.beneficiary ?? null };
    }),
  'content/chat-findings': async () => ({ ok: true }),
};
