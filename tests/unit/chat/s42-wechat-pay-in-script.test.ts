import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * WeChat written in the reader's script is the chat app (a move of the talk), but WeChat Pay written the same way is
 * a wallet: paying a person with it is a payment outside the order, not a move of the conversation. Our own wording.
 */
function rules(text: string): Set<string> {
  return new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule));
}

describe('WeChat Pay in Korean, Japanese and Arabic script', () => {
  it.each([
    ['ko', '견본 비용은 위챗페이로 저에게 바로 보내 주시면 됩니다.'],
    ['ja', '送料はウィーチャットペイで私に直接お支払いください。'],
  ])('[%s] %s is a payment outside, not a move of the talk', (_lang, text) => {
    const found = rules(text);
    expect(found.has('offplatform-payment')).toBe(true);
    expect(found.has('offplatform-contact')).toBe(false);
  });

  it.each([
    ['ko', '자세한 건 위챗으로 연락 주세요.'],
    ['ja', '詳細はウィーチャットでご連絡ください。'],
  ])('[%s] %s still moves the talk to the app', (_lang, text) => {
    expect(rules(text).has('offplatform-contact')).toBe(true);
  });
});
