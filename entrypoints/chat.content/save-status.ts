import { isMsg } from '../../lib/i18n/param-kinds';
import { english, type Translator } from '../../lib/i18n/translate';
import type { CaptureResult } from '../../lib/messaging/protocol';

/**
 * What the buyer reads after "Save to vault", whatever came back: the
 * background's sentence, or — when it refused the message, answered nothing
 * or the extension was reloaded — a plain error. Never stuck on "Saving…".
 */
export function saveStatus(answer: unknown, t: Translator = english): { saved: boolean; text: string } {
  if (answer && typeof answer === 'object' && 'ok' in answer && 'message' in answer) {
    const result = answer as CaptureResult;
    // The background's message id, in the buyer's language; its English sentence when it sent none.
    if (result.text && isMsg(result.text)) return { saved: result.ok === true, text: t.render(result.text) };
    if (typeof result.message === 'string' && result.message)
      return { saved: result.ok === true, text: result.message };
  }
  const why = answer instanceof Error ? ` (${answer.message})` : '';
  return {
    saved: false,
    text: `TradeGuard could not save this message: the extension gave no answer${why}. Nothing was saved. Reload the page and try again.`,
  };
}
