import { markLanguage } from './marks';

/**
 * Says in the page that messages of this conversation were not checked (the background did not answer
 * after the retries, or a message was too long or past its caps to read whole): without it, a chat
 * TradeGuard could not read looks exactly like a clean one. A small box in the frame's corner, in a
 * CLOSED shadow root (text only; page script cannot reach or press it), that the buyer can close.
 */
export const NOTICE_TAG = 'tradeguard-chat-unchecked';

let host: HTMLElement | null = null;
let text: HTMLElement | null = null;
/** The count the buyer closed the box at: it shows again only when more go unchecked. */
let closedAt = 0;

export function showUnchecked(count: number): void {
  if (count <= 0) {
    host?.remove();
    host = null;
    closedAt = 0;
    return;
  }
  if (count <= closedAt) return;
  const t = markLanguage();
  if (!host?.isConnected) {
    host = document.createElement(NOTICE_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const box = document.createElement('div');
    box.setAttribute('role', 'status');
    box.setAttribute(
      'style',
      'position:fixed;left:12px;bottom:12px;z-index:2147483647;max-width:340px;padding:8px 10px;' +
        'background:#fff8e1;color:#3b2a00;border:1px solid #8a5300;border-radius:6px;' +
        'font:13px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.2)',
    );
    text = document.createElement('span');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', t.t('chat.notCheckedClose'));
    close.setAttribute(
      'style',
      'margin-left:8px;cursor:pointer;border:0;background:none;font-size:16px;color:inherit',
    );
    close.addEventListener('click', (event) => {
      event.stopPropagation();
      if (!event.isTrusted) return; // page script may not close it
      closedAt = Number(host?.getAttribute('data-count') ?? 0);
      host?.remove();
      host = null;
    });
    box.append(text, close);
    root.append(box);
    document.body.append(host);
  }
  host.setAttribute('data-count', String(count));
  text!.textContent = t.plural('chat.notChecked', count);
}
