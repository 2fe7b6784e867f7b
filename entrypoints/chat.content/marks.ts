import { findingWords } from '../../components/i18n/words';
import type { ChatFinding, ChatRuleId } from '../../lib/chat/types';
import type { MessageKey } from '../../lib/i18n/keys';
import { english, type Translator } from '../../lib/i18n/translate';
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
const RULE_TITLE: Record<ChatRuleId, MessageKey> = {
  'offplatform-payment': 'chat.mark.title.offplatformPayment',
  'bank-details-change': 'chat.mark.title.bankDetailsChange',
  'payment-details': 'chat.mark.title.paymentDetails',
  'offplatform-contact': 'chat.mark.title.offplatformContact',
  pressure: 'chat.mark.title.pressure',
};

/** The buyer's language for the marks (English until the settings are read, a few milliseconds). */
let t: Translator = english;
export function setMarkLanguage(next: Translator): void {
  t = next;
}
export const markLanguage = (): Translator => t;

/**
 * One polite live region per page, in its own closed shadow root: a new blocker in the chat is read out
 * when the screen reader is free, without moving the buyer's focus.
 */
let announcer: HTMLElement | null = null;
function announce(text: string): void {
  if (!announcer?.isConnected) {
    const host = document.createElement('tradeguard-chat-announcer');
    const region = document.createElement('div');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute(
      'style',
      'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)',
    );
    host.attachShadow({ mode: 'closed' }).append(region);
    document.body.append(host);
    announcer = region;
  }
  announcer.textContent = text;
}

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
  // White text on each: ≥ 4.5:1 contrast (the warning amber is darkened for that); the icon and words say the severity too.
  const colour = worst === 'critical' ? '#b3261e' : worst === 'warning' ? '#8a5300' : '#55607a';
  const titles = [...new Set(findings.map((f) => t.render({ key: RULE_TITLE[f.rule] })))].join(', ');
  const host = document.createElement(MARK_TAG);
  host.setAttribute('data-tradeguard-chat', worst);
  host.setAttribute('data-rules', [...new Set(findings.map((f) => f.rule))].join(' '));
  host.setAttribute('style', 'display:block;margin:4px 0');
  const root = host.attachShadow({ mode: 'closed' });
  const mark = el('div', 'font:12px/1.4 system-ui,sans-serif;color:#1d2330;');
  const flag = el(
    'button',
    `all:unset;cursor:pointer;padding:1px 6px;border-radius:4px;font-weight:700;color:#fff;background:${colour}`,
    `${worst === 'critical' ? '✖' : worst === 'warning' ? '⚠' : 'ℹ'} ${t.t('chat.mark.flag', { titles })}`,
  );
  flag.type = 'button';
  flag.setAttribute('aria-label', t.t('chat.mark.flagLabel', { titles }));
  flag.setAttribute('lang', t.language);
  flag.setAttribute('data-part', 'flag');
  flag.setAttribute('aria-expanded', 'false');
  const panel = el(
    'div',
    `display:none;margin-top:4px;padding:6px 8px;border-inline-start:3px solid ${colour};background:#fff7ea;max-inline-size:480px`,
  );
  panel.setAttribute('lang', t.language);
  panel.setAttribute('data-tradeguard-chat-panel', '');
  for (const f of findings) {
    const item = el('div', 'margin-bottom:6px');
    const words = findingWords(t, f);
    item.append(
      el('strong', '', `${t.t(`severity.${f.severity}`)} · ${f.rule}: `),
      document.createTextNode(words.message),
    );
    if (f.quote) item.append(el('div', 'font-style:italic;color:#3b4252', `“${f.quote}”`));
    item.append(el('div', '', `${t.t('common.whatToDo')} ${words.fix}`));
    if (words.fixInEnglish) {
      const english = el('div', '', `${t.t('common.forSupplier')} ${words.fixInEnglish}`);
      english.setAttribute('lang', 'en');
      item.append(english);
    }
    item.append(
      el('div', 'color:#5a6275;font-size:11px', t.t('chat.mark.source', { source: f.source.label })),
    );
    panel.append(item);
  }
  const saveButton = el(
    'button',
    'cursor:pointer;padding:2px 8px;border:1px solid #2457c5;border-radius:4px;background:#fff;color:#2457c5',
    t.t('chat.mark.save'),
  );
  saveButton.type = 'button';
  saveButton.setAttribute('data-part', 'save');
  const status = el('span', 'margin-left:6px');
  status.setAttribute('role', 'status');
  onPersonClick(saveButton, async () => {
    saveButton.disabled = true;
    status.textContent = t.t('chat.mark.saving');
    const outcome = saveStatus(await save().catch((error: unknown) => error), t);
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
  // `all: unset` took the browser's focus ring away: a visible one for keyboard users.
  const style = document.createElement('style');
  style.textContent =
    'button:focus-visible{outline:2px solid #1a4fb4;outline-offset:2px}' +
    '@media (prefers-color-scheme: dark){[data-tradeguard-chat-panel]{background:#2a2418!important;color:#eef1f7}}';
  root.append(style, mark);
  bubble.append(host);
  if (worst === 'critical') announce(t.t('chat.mark.newCritical', { titles }));
}
