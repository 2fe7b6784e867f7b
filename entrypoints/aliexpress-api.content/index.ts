import { BRIDGE_SOURCE, isObservedApi, MAX_BODY } from '../../lib/messaging/page-bridge-wire';

/**
 * Runs in the AliExpress order page's own world (MAIN) and only watches: when
 * the page's own fetch or XHR receives an order-detail API response, it hands
 * the response text, unchanged, to TradeGuard's isolated script with
 * window.postMessage (which validates it: page-bridge.ts). It never alters a
 * request or a response, and never throws into the page.
 * Firefox loads world: 'MAIN' content scripts only in MV3 (Firefox 128+); our
 * Firefox build is MV2, so there the order page is read from its DOM alone.
 */
export default defineContentScript({
  matches: [
    'https://*.aliexpress.com/p/order/*',
    'https://*.aliexpress.us/p/order/*',
    'https://trade.aliexpress.com/*',
  ],
  world: 'MAIN',
  runAt: 'document_start',
  exclude: ['firefox'],
  main() {
    try {
      observeFetch(window);
      observeXhr(window);
    } catch {
      // Watching is optional: the page must work exactly as without TradeGuard.
    }
  },
});

function post(win: Window, url: string, body: string): void {
  if (body.length > MAX_BODY) return;
  const api = /mtop\.[\w.]+/i.exec(url)?.[0] ?? 'unknown';
  win.postMessage({ source: BRIDGE_SOURCE, api, url: win.location.href, body }, win.location.origin);
}

function urlOf(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input && typeof input === 'object' && 'url' in input) return String((input as { url: unknown }).url);
  return String(input);
}

function observeFetch(win: Window): void {
  const original = win.fetch;
  if (typeof original !== 'function') return;
  win.fetch = function fetch(this: unknown, ...args: Parameters<typeof original>) {
    const pending = original.apply(this, args);
    try {
      const url = urlOf(args[0]);
      if (isObservedApi(url))
        pending
          .then((response) => response.clone().text())
          .then((body) => post(win, url, body))
          .catch(() => {});
    } catch {
      // ignore: the page's request goes on untouched
    }
    return pending;
  } as typeof original;
}

function observeXhr(win: Window): void {
  const proto = (win as Window & typeof globalThis).XMLHttpRequest?.prototype;
  if (!proto) return;
  const open = proto.open;
  const urls = new WeakMap<XMLHttpRequest, string>();
  proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      urls.set(this, urlOf(args[1]));
    } catch {
      // ignore
    }
    return (open as (...a: unknown[]) => void).apply(this, args);
  } as typeof proto.open;
  const send = proto.send;
  proto.send = function (this: XMLHttpRequest, ...args: Parameters<typeof send>) {
    try {
      const url = urls.get(this);
      if (url && isObservedApi(url))
        this.addEventListener('load', () => {
          try {
            if (this.responseType === '' || this.responseType === 'text') post(win, url, this.responseText);
          } catch {
            // ignore
          }
        });
    } catch {
      // ignore
    }
    return send.apply(this, args);
  };
}
