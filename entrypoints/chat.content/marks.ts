import type { ChatFinding, ChatRuleId } from '../../lib/chat/types';
import type { CaptureResult } from '../../lib/messaging/protocol';
import { saveStatus } from './save-status';

/**
 * The inline mark on a risky supplier message: a small flag button and, on
 * hover or click, the explanation — built from text nodes only (the message
 * is a stranger's text) — with a "Save to vault" action.
 *
 * The page is the supplier's ground: its scripts can press any button they can
 * reach. So the controls live in a CLOSED shadow root (page script sees no
 * shadowRoot on the host), and clicks the browser did not get from a person
 * (isTrusted false, e.g. element.click() or dispatchEvent from page script) do nothing.
 */
const RULE_TITLE: Record<ChatRuleId, string> = {
  'offplatform-payment': 'Payment outside Alibaba',
  'bank-details-change': 'Changed bank details',
  'payment-details': 'Payment details in chat',
  'offplatform-contact': 'Moving the talk off the platform',
  pressure: 'Pressure to pay',
};

/** The host element in the page: its attributes say what was flagged, its controls are out of the page's reach. */
export const MARK_TAG = 'tradeguard-chat-mark';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  style: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.setAttribute('style', style);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A listener for people only: synthetic events from page script are ignored. */
function onPersonClick(target: HTMLElement, act: (event: MouseEvent) => void): void {
  target.addEventListener('click', (event) => {
    event.stopPropagation();
    if (!event.isTrusted) return;
    act(event);
  });
}

export function markMessage(
  bubble: Element,
  findings: ChatFinding[],
  save: () => Promise<CaptureResult | undefined>,
): void {
  if (bubble.querySelector(':scope > [data-tradeguard-chat]')) return; // already marked (read again after a switch)
  const worst = findings.some((f) => f.severity === 'critical')
    ? 'critical'
    : findings.some((f) => f.severity === 'warning')
      ? 'warning'
      : 'info';
  const colour = worst === 'critical' ? '#b3261e' : worst === 'warning' ? '#c77700' : '#55607a';
  const host = document.createElement(MARK_TAG);
  host.setAttribute('data-tradeguard-chat', worst);
  host.setAttribute('data-rules', [...new Set(findings.map((f) => f.rule))].join(' '));
  host.setAttribute('style', 'display:block;margin:4px 0');
  const root = host.attachShadow({ mode: 'closed' });
  const mark = el('div', 'font:12px/1.4 system-ui,sans-serif;color:#1d2330;');
  const flag = el(
    'button',
    `all:unset;cursor:pointer;padding:1px 6px;border-radius:4px;font-weight:700;color:#fff;background:${colour}`,
    `⚠ TradeGuard: ${[...new Set(findings.map((f) => RULE_TITLE[f.rule]))].join(', ')}`,
  );
  flag.type = 'button';
  flag.setAttribute('data-part', 'flag');
  flag.setAttribute('aria-expanded', 'false');
  const panel = el(
    'div',
    `display:none;margin-top:4px;padding:6px 8px;border-left:3px solid ${colour};background:#fff7ea;max-width:480px`,
  );
  panel.setAttribute('data-tradeguard-chat-panel', '');
  for (const f of findings) {
    const item = el('div', 'margin-bottom:6px');
    item.append(
      el('strong', '', `${f.severity.toUpperCase()} · ${f.rule}: `),
      document.createTextNode(f.message),
    );
    if (f.quote) item.append(el('div', 'font-style:italic;color:#3b4252', `“${f.quote}”`));
    item.append(
      el('div', '', `What to do: ${f.fix}`),
      el('div', 'color:#6b7489;font-size:11px', `Source: ${f.source.label}`),
    );
    panel.append(item);
  }
  const saveButton = el(
    'button',
    'cursor:pointer;padding:2px 8px;border:1px solid #2457c5;border-radius:4px;background:#fff;color:#2457c5',
    'Save to vault',
  );
  saveButton.type = 'button';
  saveButton.setAttribute('data-part', 'save');
  const status = el('span', 'margin-left:6px');
  status.setAttribute('role', 'status');
  onPersonClick(saveButton, async () => {
    saveButton.disabled = true;
    status.textContent = 'Saving…';
    const outcome = saveStatus(await save().catch((error: unknown) => error));
    status.textContent = outcome.text;
    status.setAttribute('data-ok', String(outcome.saved));
    // Saved once is enough; after a failure the buyer can try again.
    saveButton.disabled = outcome.saved;
  });
  panel.append(saveButton, status);
  const toggle = (open: boolean) => {
    panel.style.display = open ? 'block' : 'none';
    flag.setAttribute('aria-expanded', String(open));
  };
  let pinned = false;
  onPersonClick(flag, () => {
    pinned = !pinned;
    toggle(pinned);
  });
  mark.addEventListener('mouseenter', () => toggle(true));
  mark.addEventListener('mouseleave', () => toggle(pinned));
  mark.append(flag, panel);
  root.append(mark);
  bubble.append(host);
}
