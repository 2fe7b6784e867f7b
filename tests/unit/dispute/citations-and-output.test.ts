import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderDraftSection } from '../../../lib/dispute/html';
import { renderDisputeMarkdown } from '../../../lib/dispute/markdown';
import { RULES } from '../../../lib/dispute/rules';
import { DOCUMENTS, type SourceDocument } from '../../../lib/sources';
import { describeWithShared, shared } from '../../support/fixtures';
import { buyer, draftFor, field, orderFromJson, orderFromPage, pageEvents, ruleSentences } from './helpers';

const documents = Object.values(DOCUMENTS) as SourceDocument[];

function drafts() {
  const demo = orderFromPage('alibaba-order/ta-detail-218834501001020304-json.html');
  const ali = orderFromPage('aliexpress-order/order-detail-api.html');
  const bowls = orderFromJson('alibaba-eur-bowls-order.json');
  return [
    draftFor({
      order: demo.order,
      events: [
        ...pageEvents(demo.order, demo.url, '2026-11-18T11:00:00Z'),
        buyer('deposit_paid', '2026-11-20'),
      ],
      now: '2027-01-20T09:00:00Z',
      limit: { limit: { minor: 4_200_000, currency: 'USD' }, seenAt: '2026-11-17T08:00:00Z' },
      answers: {
        problems: ['late-shipment', 'not-as-specified', 'damaged', 'below-inspection-standard'],
        brokenLines: ['remarks.1'],
        paidOffPlatform: 100,
      },
    }),
    draftFor({
      order: ali.order,
      events: pageEvents(ali.order, ali.url, '2026-07-29T10:00:00Z'),
      now: '2026-08-20T12:00:00Z',
      answers: {
        problems: ['not-as-specified', 'late-shipment', 'short-quantity'],
        receivedQuantity: 0,
        unwritten: 'braided',
      },
    }),
    draftFor({
      order: bowls,
      events: [buyer('balance_paid', '2026-09-25'), buyer('delivered', '2026-11-10')],
      now: '2026-11-14T09:00:00Z',
      answers: { problems: ['short-quantity', 'not-received'], receivedQuantity: 900 },
    }),
  ];
}

describe('every sentence that states a rule cites its source', () => {
  it('by title and public address, as the findings do', () => {
    for (const draft of drafts()) {
      const sentences = ruleSentences(draft);
      expect(sentences.length).toBeGreaterThan(5);
      for (const s of sentences) {
        const doc = documents.find((d) => d.url === s.source.ref);
        expect(doc, `${s.text} → ${s.source.ref}`).toBeDefined();
        expect(s.source.label.startsWith(doc!.title), s.source.label).toBe(true);
      }
      // The pasteable reason carries the same citations, with their addresses.
      for (const claim of draft.claims.filter((c) => c.status !== 'not-yet')) {
        for (const r of claim.rules)
          expect(field(draft, 'claim').text).toContain(`(Source: ${r.source.label} — ${r.source.ref})`);
      }
    }
  });
});

describeWithShared('dispute rules against the stored seed articles', () => {
  it('each rule’s source contains the words the rule rests on', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      const seed = (DOCUMENTS[rule.doc] as SourceDocument).seed;
      expect(seed, id).toBeDefined();
      const text = readFileSync(shared!.seed(seed!) ?? '', 'utf8');
      expect(text.includes(rule.witness), `${id}: "${rule.witness}"`).toBe(true);
    }
  });
});

describe('dispute.md and the report section keep strangers’ text as text', () => {
  const order = orderFromJson('alibaba-eur-bowls-order.json');
  const hostile = {
    ...order,
    supplierName: 'Evil <script>alert(1)</script> Co.',
    lineItems: order.lineItems.map((l) => ({
      ...l,
      specText: 'Colour: red](javascript:alert(1)) <img src=x onerror=alert(1)> **bold**',
    })),
  };
  const draft = draftFor({
    order: hostile,
    events: [buyer('balance_paid', '2026-09-25'), buyer('delivered', '2026-11-10')],
    now: '2026-11-14T09:00:00Z',
    answers: {
      problems: ['not-as-specified'],
      brokenLines: ['item1.1'],
      buyerWords: 'See [this](javascript:alert(2))',
    },
  });

  it('markdown: quotes escaped outside code, pasteable fields fenced exactly as they will be pasted', () => {
    const md = renderDisputeMarkdown(draft);
    expect(md).toContain(
      'Colour: red\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\*\\*bold\\*\\*',
    );
    const outsideFences = md.replace(/```text\n[\s\S]*?\n```/g, '');
    expect(outsideFences).not.toMatch(/[^\\]\]\(javascript:/);
    expect(outsideFences).not.toContain('<script>');
    const statement = field(draft, 'statement').text;
    expect(md).toContain(`\`\`\`text\n${statement}\n\`\`\``);
    expect(statement).toContain('See [this](javascript:alert(2))');
  });

  it('html: nothing a supplier wrote becomes an element or a link', () => {
    const { document } = parseHTML(`<!doctype html><html><body>${renderDraftSection(draft)}</body></html>`);
    expect(document.querySelectorAll('script, img').length).toBe(0);
    for (const a of document.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(document.body.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
