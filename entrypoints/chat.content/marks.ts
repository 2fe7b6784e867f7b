import type { ChatFinding, ChatRuleId } from '../../lib/chat/types';
import type { CaptureResult } from '../../lib/messaging/protocol';

/**
 * The inline mark on a risky supplier message: a small flag button and, on
 * hover or click, the explanation — built from text nodes only (the message
 * is a stranger's text) — with a "Save to vault" action.
 */
const RULE_TITLE: Record<ChatRuleId, string> = {
  'offplatform-payment': 'Payment outside Alibaba',
  'bank-details-change': 'Changed bank details',
  'payment-details': 'Payment details in chat',
  'offplatform-contact': 'Moving the talk off the platform',
  pressure: 'Pressure to pay',
};

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

export function markMessage(
  bubble: Element,
  findings: ChatFinding[],
  save: () => Promise<CaptureResult>,
): void {
  if (bubble.querySelector(':scope > [data-tradeguard-chat]')) return; // already marked (read again after a switch)
  const worst = findings.some((f) => f.severity === 'critical')
    ? 'critical'
    : findings.some((f) => f.severity === 'warning')
      ? 'warning'
      : 'info';
  const colour = worst === 'critical' ? '#b3261e' : worst === 'warning' ? '#c77700' : '#55607a';
  const mark = el('div', 'margin:4px 0;font:12px/1.4 system-ui,sans-serif;color:#1d2330;');
  mark.setAttribute('data-tradeguard-chat', worst);
  mark.setAttribute('data-rules', [...new Set(findings.map((f) => f.rule))].join(' '));
  const flag = el(
    'button',
    `all:unset;cursor:pointer;padding:1px 6px;border-radius:4px;font-weight:700;color:#fff;background:${colour}`,
    `⚠ TradeGuard: ${[...new Set(findings.map((f) => RULE_TITLE[f.rule]))].join(', ')}`,
  );
  flag.type = 'button';
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
  const status = el('span', 'margin-left:6px');
  status.setAttribute('role', 'status');
  saveButton.addEventListener('click', async (event) => {
    event.stopPropagation();
    saveButton.disabled = true;
    status.textContent = 'Saving…';
    const result = await save().catch((error) => ({ ok: false, message: String(error), itemIds: [] }));
    status.textContent = result.message;
    saveButton.disabled = result.ok;
  });
  panel.append(saveButton, status);
  const toggle = (open: boolean) => {
    panel.style.display = open ? 'block' : 'none';
    flag.setAttribute('aria-expanded', String(open));
  };
  let pinned = false;
  flag.addEventListener('click', (event) => {
    event.stopPropagation();
    pinned = !pinned;
    toggle(pinned);
  });
  mark.addEventListener('mouseenter', () => toggle(true));
  mark.addEventListener('mouseleave', () => toggle(pinned));
  mark.append(flag, panel);
  bubble.append(mark);
}
