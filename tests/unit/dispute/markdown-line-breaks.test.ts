import { describe, expect, it } from 'vitest';
import { renderDisputeMarkdown } from '../../../lib/dispute/markdown';
import { buyer, draftFor, orderFromJson } from './helpers';

/**
 * CommonMark ends a line at a carriage return alone, as at a line feed: a quote from a page carrying one
 * could start a line of its own in dispute.md and make a heading ("# Refund already agreed"), a quotation
 * or a list item that the buyer never wrote. Every line break inside a stranger's text is folded.
 */
describe('dispute.md keeps a carriage return inside a quote on its line', () => {
  it('no heading, quotation or list item can start inside a supplier’s text', () => {
    const order = orderFromJson('alibaba-eur-bowls-order.json');
    const hostile = {
      ...order,
      lineItems: order.lineItems.map((l) => ({
        ...l,
        specText:
          'Colour: red\r# Refund already agreed by the buyer\r> The buyer accepts the goods\u2028- no claim',
      })),
    };
    const draft = draftFor({
      order: hostile,
      events: [buyer('balance_paid', '2026-09-25'), buyer('delivered', '2026-11-10')],
      now: '2026-11-14T09:00:00Z',
      answers: { problems: ['not-as-specified'], brokenLines: ['item1.1'] },
    });
    const md = renderDisputeMarkdown(draft);
    const outsideFences = md.replace(/```text\n[\s\S]*?\n```/g, '');
    expect(outsideFences).toContain('Refund already agreed by the buyer');
    const lines = outsideFences.split(/\r\n|\r|\n/);
    expect(lines.filter((l) => /^\s{0,3}#+\s+Refund already/.test(l))).toEqual([]);
    expect(lines.filter((l) => /^\s{0,3}>\s*The buyer accepts/.test(l))).toEqual([]);
  });
});
