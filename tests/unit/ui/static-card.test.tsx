import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/i18n/I18n';
import { PageCard, type PageCardProps } from '../../../components/page-card/PageCard';
import { drawStaticCard } from '../../../components/page-card/static-card';
import { analysePage } from '../../../lib/analysis/analyse-page';
import { TradeMemory } from '../../../lib/analysis/trade-memory';
import { createTranslator, type Translator } from '../../../lib/i18n/translate';
import { extractPage } from '../../../lib/pages/extract';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { allOwnFixtures } from '../../support/fixtures';

/**
 * The marketplace content script draws the card without React (static-card.ts) until the buyer opens a
 * form; React takes over then. The buyer must not see the difference: for every page of ours, in English
 * and in French, the static card's markup is PageCard's (elements, attributes, text), folded or not.
 */
const AT = '2026-12-02T10:00:00.000Z';

/** Elements, sorted attributes and text, one line per node: what the buyer and a screen reader get. */
function canonical(node: Node, depth = 0, out: string[] = []): string[] {
  const pad = ' '.repeat(depth);
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    if (text) out.push(`${pad}"${text}"`);
    return out;
  }
  const el = node as Element;
  const attrs = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  out.push(`${pad}<${el.tagName.toLowerCase()} ${attrs.join(' ')}>`);
  // Adjacent text nodes read as one: React writes "— " and the source as one node, the DOM as two.
  el.normalize();
  for (const child of el.childNodes) canonical(child, depth + 1, out);
  return out;
}

function reactCard(t: Translator, props: PageCardProps, open: boolean): string[] {
  const html = renderToStaticMarkup(
    <I18nProvider value={t}>
      <PageCard {...props} start={{ open, announced: new Set() }} />
    </I18nProvider>,
  );
  const { document } = parseHTML(`<!doctype html><html><body><div id="c">${html}</div></body></html>`);
  return canonical(document.getElementById('c')!.firstElementChild!);
}

function staticCard(t: Translator, props: PageCardProps, open: boolean): string[] {
  const { document } = parseHTML('<!doctype html><html><body><div id="c"></div></body></html>');
  const container = document.getElementById('c') as unknown as HTMLElement;
  drawStaticCard(
    container,
    t,
    props,
    { open, announced: new Set() },
    { onEdit: () => {}, onToggle: () => {} },
  );
  return canonical(container.firstElementChild!);
}

const noop = async () => ({ ok: true as const });

function cardsOfOwnPages(): { name: string; props: PageCardProps }[] {
  const memory = new TradeMemory();
  return allOwnFixtures().map(({ path, url }) => {
    const { document } = parseHTML(readFileSync(path, 'utf8'));
    const snapshot = extractPage(document as unknown as Document, url);
    const a = analysePage(snapshot, memory, DEFAULT_SETTINGS, AT);
    return {
      name: path.split('/').slice(-2).join('/'),
      props: {
        kind: snapshot.kind,
        facts: a.facts,
        findings: a.findings,
        notices: a.notices,
        couldNotCheck: a.couldNotCheck,
        onFindingClick: () => {},
        onCorrect: noop,
      },
    };
  });
}

describe('the card drawn without React', () => {
  const cards = cardsOfOwnPages();

  it('has pages with facts, findings and correctable facts to compare', () => {
    expect(cards.filter((c) => (c.props.findings ?? []).length > 0).length).toBeGreaterThan(5);
    expect(cards.filter((c) => (c.props.facts ?? []).some((f) => f.correct)).length).toBeGreaterThan(3);
  });

  for (const language of ['en', 'fr'] as const) {
    it(`is PageCard's markup on every page of ours, open and folded (${language})`, () => {
      const t = createTranslator(language);
      for (const { name, props } of cards) {
        for (const open of [true, false]) {
          expect(staticCard(t, props, open), `${name}, ${open ? 'open' : 'folded'}`).toEqual(
            reactCard(t, props, open),
          );
        }
      }
    });
  }

  it("is PageCard's markup while reading, with notices, unchecked rules, links and no findings", () => {
    const t = createTranslator('en');
    const props: PageCardProps = {
      kind: 'alibaba:supplier',
      state: 'reading',
      facts: [
        {
          label: 'Open orders',
          value: '2',
          tone: 'bad',
          note: 'a <b>note</b>',
          source: 'entered by you',
          links: [
            { text: 'Order 1', href: 'https://trade.alibaba.com/order/1' },
            { text: 'Elsewhere <i>', href: 'https://evil.example/order/2' },
          ],
        },
      ],
      findings: [],
      couldNotCheck: [{ rule: 'ta-limit', title: 'Trade Assurance limit' }],
      notices: [{ fact: 'taLimit', text: 'Your entry was replaced' }],
      onCorrect: noop,
    };
    expect(staticCard(t, props, true)).toEqual(reactCard(t, props, true));
    const ready = { ...props, state: 'ready' as const, findings: undefined, onFindingClick: undefined };
    expect(staticCard(t, ready, true)).toEqual(reactCard(t, ready, true));
  });
});
