import type { CDPSession, Page } from '@playwright/test';

/**
 * The world TradeGuard's content scripts run in (Chrome's isolated world for
 * the extension), reached through the DevTools protocol. Tests use it for what
 * a page script cannot do and Playwright does not offer: reading inside CLOSED
 * shadow roots (chrome.dom.openOrClosedShadowRoot is a content-script API),
 * and sending runtime messages exactly as a content script would (an attacker
 * who got code into that world, issue 12 finding 2).
 */
export interface ContentWorld {
  /** Runs `fn(arg)` in the content-script world of the page's main frame; the result comes back as JSON. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Runs a script's source in that world (e.g. axe-core, to audit what page script cannot see). */
  run(source: string): Promise<void>;
  close(): Promise<void>;
}

interface ContextInfo {
  id: number;
  origin: string;
  frameId?: string;
}

export async function contentWorld(page: Page, extensionId: string): Promise<ContentWorld> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts = new Map<number, ContextInfo>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { frameId?: string } | undefined;
    contexts.set(context.id, { id: context.id, origin: context.origin, frameId: aux?.frameId });
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
    contexts.delete(executionContextId);
  });
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const mainFrame = frameTree.frame.id;
  const origin = `chrome-extension://${extensionId}`;

  async function contextId(): Promise<number> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const found = [...contexts.values()].find((c) => c.frameId === mainFrame && c.origin === origin);
      if (found) return found.id;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`no TradeGuard content-script world in ${page.url()}`);
  }

  return {
    async evaluate(fn, arg) {
      const expression = `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
      const answer = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: await contextId(),
        awaitPromise: true,
        returnByValue: true,
      });
      if (answer.exceptionDetails) {
        throw new Error(answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text);
      }
      return answer.result.value;
    },
    async run(source) {
      const answer = await cdp.send('Runtime.evaluate', { expression: source, contextId: await contextId() });
      if (answer.exceptionDetails) throw new Error(answer.exceptionDetails.text);
    },
    close: () => cdp.detach(),
  };
}

/** What a closed shadow root holds, as the buyer sees it: text, and the elements a selector finds. */
export interface ShadowView {
  /** False when the host has no shadow root the content script could reach (or there is no host). */
  found: boolean;
  /** True when page script sees no shadow root on the host (closed mode). */
  closed: boolean;
  text: string;
  matches: { text: string; attributes: Record<string, string> }[];
}

/** Looks inside the shadow root of the index-th element matching `host` (closed or open). */
export function shadowView(world: ContentWorld, host: string, select = '*', index = 0): Promise<ShadowView> {
  return world.evaluate(
    ({ host, select, index }) => {
      const el = document.querySelectorAll(host)[index];
      const root = el ? chrome.dom.openOrClosedShadowRoot(el as HTMLElement) : null;
      if (!el || !root) return { found: false, closed: false, text: '', matches: [] };
      return {
        found: true,
        closed: (el as HTMLElement).shadowRoot === null,
        text: (root as ShadowRoot).textContent ?? '',
        matches: [...root.querySelectorAll(select)].map((m) => ({
          text: m.textContent ?? '',
          attributes: Object.fromEntries([...m.attributes].map((a) => [a.name, a.value])),
        })),
      };
    },
    { host, select, index },
  );
}

/**
 * Clicks an element inside a closed shadow root the way a person does: the
 * content-script world finds where it is on screen, then Playwright's mouse
 * (a trusted, isTrusted === true, click) presses there.
 */
export async function clickInShadow(
  page: Page,
  world: ContentWorld,
  host: string,
  select: string,
  index = 0,
): Promise<void> {
  const at = await world.evaluate(
    ({ host, select, index }) => {
      const el = document.querySelectorAll(host)[index];
      const root = el ? chrome.dom.openOrClosedShadowRoot(el as HTMLElement) : null;
      const target = root?.querySelector(select) as HTMLElement | null | undefined;
      if (!target) return null;
      target.scrollIntoView({ block: 'center' });
      const r = target.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { host, select, index },
  );
  if (!at) throw new Error(`nothing matches ${select} inside ${host}[${index}]`);
  await page.mouse.click(at.x, at.y);
}
