import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import {
  type ContentWorld,
  clickInShadow,
  contentWorld,
  shadowView,
} from '../../scripts/browser/content-world';

/**
 * Reads and drives the card inside its CLOSED shadow root, the way the buyer
 * does: text and attributes read from TradeGuard's content-script world,
 * clicks and keys as trusted input (Playwright's mouse and keyboard). Page
 * script sees none of it; Playwright's locators cannot either.
 */
const HOST = 'tradeguard-card';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface CardElement {
  text: string;
  attributes: Record<string, string>;
}

export interface CardDriver {
  world: ContentWorld;
  /** Elements matching `selector` inside the card. */
  all(selector: string): Promise<CardElement[]>;
  /** The first match, or null. */
  one(selector: string): Promise<CardElement | null>;
  click(selector: string): Promise<void>;
  /** Focuses an element (as Tab would), so the next key goes to it. */
  focus(selector: string): Promise<void>;
  /** data-testid of the focused element inside the card, or null. */
  focused(): Promise<string | null>;
  /** The text of the label of the element matching `selector` (its accessible name from <label>). */
  labelOf(selector: string): Promise<string | null>;
  /** axe-core run over the card's own tree (inside the closed root). */
  audit(): Promise<{ passes: string[]; violations: string[] }>;
  close(): Promise<void>;
}

export async function cardDriver(ext: { extensionId: string }, page: Page): Promise<CardDriver> {
  const world = await contentWorld(page, ext.extensionId);
  const all = async (selector: string) => (await shadowView(world, HOST, selector)).matches;
  return {
    world,
    all,
    one: async (selector) => (await all(selector))[0] ?? null,
    click: (selector) => clickInShadow(page, world, HOST, selector),
    focus: (selector) =>
      world.evaluate(
        ({ host, selector }) => {
          const root = chrome.dom.openOrClosedShadowRoot(document.querySelector(host) as HTMLElement);
          (root?.querySelector(selector) as HTMLElement | null)?.focus();
        },
        { host: HOST, selector },
      ),
    focused: () =>
      world.evaluate((host) => {
        const root = chrome.dom.openOrClosedShadowRoot(document.querySelector(host) as HTMLElement);
        return root?.activeElement?.getAttribute('data-testid') ?? null;
      }, HOST),
    labelOf: (selector) =>
      world.evaluate(
        ({ host, selector }) => {
          const root = chrome.dom.openOrClosedShadowRoot(document.querySelector(host) as HTMLElement);
          const el = root?.querySelector(selector) as HTMLInputElement | null;
          return el?.labels?.[0]?.textContent?.trim() ?? null;
        },
        { host: HOST, selector },
      ),
    async audit() {
      await world.run(AXE_SOURCE);
      return world.evaluate(async (host) => {
        const el = document.querySelector(host) as HTMLElement;
        const root = chrome.dom.openOrClosedShadowRoot(el);
        // In this world only: let axe walk into the closed root as into an open one.
        Object.defineProperty(el, 'shadowRoot', { configurable: true, get: () => root });
        const axe = (
          globalThis as unknown as {
            axe: { run(c: Element): Promise<Record<string, { id: string; nodes: unknown[] }[]>> };
          }
        ).axe;
        const result = await axe.run(el);
        return {
          passes: result.passes!.map((r) => r.id),
          violations: result.violations!.map((r) => `${r.id} (${r.nodes.length})`),
        };
      }, HOST);
    },
    close: () => world.close(),
  };
}
