import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardUi } from '../../../components/page-card/card-ui-contract';
import type { PageCardProps } from '../../../components/page-card/PageCard';
import { createTranslator } from '../../../lib/i18n/translate';

/**
 * The card host hands the card over to React when the buyer opens a fact's form; React's code loads first.
 * If the page changes during that load, the form the buyer asked for belongs to the card they clicked, not
 * to the next page's card: nothing opens on it.
 */
const { document } = parseHTML('<!doctype html><html><body></body></html>');

let release: (ui: CardUi) => void = () => {};
vi.mock('../../../entrypoints/marketplace.content/card-ui-loader', () => ({
  loadCardUi: () => new Promise<CardUi>((resolve) => (release = resolve)),
}));
vi.mock('wxt/utils/content-script-ui/shadow-root', () => ({
  createShadowRootUi: async (
    _ctx: unknown,
    opts: { onMount?: (c: HTMLElement) => void; onRemove?: () => void },
  ) => {
    const shadowHost = document.createElement('tradeguard-card');
    const mounted = document.createElement('div');
    shadowHost.appendChild(mounted);
    return {
      shadowHost,
      mounted,
      mount: () => {
        document.body.appendChild(shadowHost);
        opts.onMount?.(mounted as unknown as HTMLElement);
      },
      remove: () => {
        opts.onRemove?.();
        shadowHost.remove();
      },
    };
  },
}));

const { createCardHost } = await import('../../../entrypoints/marketplace.content/card-host');

const ctx = { onInvalidated: () => undefined } as never;
const language = { current: () => createTranslator('en'), subscribe: () => () => undefined };

function card(kind: PageCardProps['kind'], supplier: string): PageCardProps {
  return {
    kind,
    facts: [
      { label: 'Supplier', value: supplier },
      {
        label: 'Trade Assurance limit',
        value: 'not shown',
        correct: { fact: 'taLimit', known: false, draft: '', entered: false, currency: 'USD' },
      },
    ],
    findings: [],
    onCorrect: async () => ({ ok: true }),
  };
}

/** A click as the buyer makes it (the card ignores clicks the page's scripts make). */
function clickEnterIt(): void {
  const button = document.querySelector('tradeguard-card .tg-fact__correct');
  expect(button, 'the card offers to enter the limit').not.toBeNull();
  const event = new (document.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  button?.dispatchEvent(event);
}

/** The React card as loaded: it records what it was asked to show, and where. */
function reactCard() {
  const shown: { container: unknown; props: PageCardProps }[] = [];
  const ui: CardUi = {
    mount: (container) => ({
      render: (props) => shown.push({ container, props }),
      unmount: () => undefined,
    }),
  };
  return { ui, shown };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the card host opening a fact’s form', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('opens the form on the card the buyer clicked', async () => {
    const host = createCardHost(ctx, language);
    await host.render(card('alibaba:supplier', 'First Supplier Co.'));
    clickEnterIt();
    const { ui, shown } = reactCard();
    release(ui);
    await settle();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.props.start?.editing).toBe('taLimit');
    expect(shown[0]?.props.facts?.[0]?.value).toBe('First Supplier Co.');
  });

  it('opens nothing on the next page when the page changed while the form’s code loaded', async () => {
    const host = createCardHost(ctx, language);
    await host.render(card('alibaba:supplier', 'First Supplier Co.'));
    clickEnterIt();
    // The buyer went on to another page before React's code came: the old card went, a new one came.
    host.remove();
    await host.render(card('alibaba:product', 'Second Supplier Ltd.'));
    const { ui, shown } = reactCard();
    release(ui);
    await settle();
    expect(shown).toEqual([]);
    // The new page's card is still the one drawn for it, with its own "Enter it".
    expect(document.querySelectorAll('tradeguard-card')).toHaveLength(1);
    expect(document.querySelector('tradeguard-card')?.textContent).toContain('Second Supplier Ltd.');
  });

  it('opens nothing when the same card was redrawn for another page meanwhile', async () => {
    const host = createCardHost(ctx, language);
    await host.render(card('alibaba:supplier', 'First Supplier Co.'));
    clickEnterIt();
    // An in-page navigation: the card stays mounted and is drawn again for the new page.
    await host.render(card('alibaba:supplier', 'Second Supplier Ltd.'));
    const { ui, shown } = reactCard();
    release(ui);
    await settle();
    expect(shown).toEqual([]);
    expect(document.querySelector('tradeguard-card')?.textContent).toContain('Second Supplier Ltd.');
  });
});
