import { describe, expect, it } from 'vitest';
import { renderDisputeMarkdown } from '../../../lib/dispute/markdown';
import type { ItemRow } from '../../../lib/vault/schema/rows';
import { buyer, draftFor, field, orderFromPage, pageEvents } from './helpers';

/**
 * The parts of a draft a buyer acts on last: the evidence list (each file with
 * its fingerprint, each missing document with how to get it in time), their
 * own edit of the statement, and the deadline with what happens after it.
 */
const FR_ORDER = 'alibaba-order/ta-detail-218834502005060708-fr-text.html';

function item(id: string, kind: ItemRow['kind'], fileName: string, sha: string, capturedAt: string): ItemRow {
  return {
    id,
    caseId: 'case-fr',
    kind,
    captureMethod: 'upload',
    mimeType: kind === 'defect-media' ? 'image/jpeg' : 'application/pdf',
    size: 1024,
    sha256: sha.repeat(64),
    capturedAt,
    sourceUrl: '',
    sourceTitle: '',
    fileName,
    note: '',
    tags: [],
    state: 'complete',
  };
}

/** Post-delivery order, delivered 16 Nov, 40 of 200 units damaged: a claim window is open until 24 Nov. */
function damagedDelivery(extra: { items?: ItemRow[]; statement?: string; now?: string } = {}) {
  const { order, url } = orderFromPage(FR_ORDER);
  return draftFor({
    order,
    events: [
      ...pageEvents(order, url, '2026-11-09T10:00:00Z'),
      buyer('deposit_paid', '2026-11-03'),
      buyer('balance_paid', '2026-11-06'),
      buyer('delivered', '2026-11-16'),
    ],
    now: extra.now ?? '2026-11-20T09:00:00Z',
    timeZone: 'Europe/Paris',
    items: extra.items ?? [],
    answers: {
      problems: ['damaged'],
      affectedQuantity: 40,
      ...(extra.statement === undefined ? {} : { statement: extra.statement }),
    },
  });
}

describe('the evidence list', () => {
  const items = [
    item('i1', 'contract', 'PI-218834502005060708.pdf', 'a', '2026-11-02T08:30:00.000Z'),
    item('i2', 'defect-media', 'crushed-cartons.jpg', 'b', '2026-11-16T17:05:12.000Z'),
  ];
  const draft = damagedDelivery({ items });

  it('lists each file of the case with its kind, capture time and SHA-256, in the field to paste', () => {
    expect(draft.evidence.items.map((e) => [e.fileName, e.kindLabel, e.sha256])).toEqual([
      ['PI-218834502005060708.pdf', 'Signed purchase contract or invoice (PO / PI)', 'a'.repeat(64)],
      ['crushed-cartons.jpg', 'Pictures or videos of the defective goods', 'b'.repeat(64)],
    ]);
    expect(field(draft, 'evidence').text.split('\n')).toEqual([
      `1. PI-218834502005060708.pdf — Signed purchase contract or invoice (PO / PI) — captured 2026-11-02 08:30:00 UTC — SHA-256 ${'a'.repeat(64)}`,
      `2. crushed-cartons.jpg — Pictures or videos of the defective goods — captured 2026-11-16 17:05:12 UTC — SHA-256 ${'b'.repeat(64)}`,
    ]);
  });

  it('says which of the seven documents are still missing, and how to get each before the claim window closes', () => {
    expect(draft.evidence.kinds).toHaveLength(7);
    const byKind = Object.fromEntries(draft.evidence.kinds.map((k) => [k.kind, k]));
    expect(byKind.contract).toMatchObject({ count: 1, need: 'helps', toGet: null });
    expect(byKind['defect-media']).toMatchObject({ count: 1, need: 'needed', toGet: null });
    // Damaged goods: the signed receipt fixes when and in what state they arrived; there is none yet.
    expect(byKind.receipt).toMatchObject({ count: 0, need: 'needed' });
    expect(byKind.receipt!.toGet).toContain('Do it before 24 November 2026.');
    // What this problem does not need is not nagged about.
    expect(byKind.design).toMatchObject({ need: 'not-needed', toGet: null });
    // Needed first, so the missing essentials are read first.
    expect(draft.evidence.kinds.map((k) => k.need)).toEqual(
      [...draft.evidence.kinds.map((k) => k.need)].sort(
        (a, b) => ['needed', 'helps', 'not-needed'].indexOf(a) - ['needed', 'helps', 'not-needed'].indexOf(b),
      ),
    );
  });

  it('an empty case: no file to paste, every needed document marked missing', () => {
    const empty = damagedDelivery();
    expect(field(empty, 'evidence').text).toBe('');
    const missing = empty.evidence.kinds.filter((k) => k.need === 'needed' && k.count === 0);
    expect(missing.map((k) => k.kind).sort()).toEqual(['defect-media', 'receipt']);
    expect(renderDisputeMarkdown(empty)).toContain('**Signed transaction receipt**: missing (needed).');
  });
});

describe('the statement, edited by the buyer', () => {
  it('the edit replaces the drafted text in the field to paste and in dispute.md, paragraph by paragraph', () => {
    const drafted = damagedDelivery();
    expect(drafted.statement.edited).toBe(false);
    const mine =
      'On 16 November 2026 the 200 fryers arrived; 40 cartons were crushed.\n\nI ask for US$470, the price of those 40 units.';
    const edited = damagedDelivery({ statement: mine });
    expect(edited.statement).toEqual({
      edited: true,
      paragraphs: [
        'On 16 November 2026 the 200 fryers arrived; 40 cartons were crushed.',
        'I ask for US$470, the price of those 40 units.',
      ],
    });
    expect(field(edited, 'statement').text).toBe(mine);
    expect(renderDisputeMarkdown(edited)).toContain(mine);
    expect(renderDisputeMarkdown(edited)).not.toContain(drafted.statement.paragraphs[0]);
    // The amount is still computed from the order, whatever the statement says.
    expect(edited.amount.requested).toEqual(drafted.amount.requested);
  });

  it('an edit emptied back to blank returns the drafted statement', () => {
    expect(damagedDelivery({ statement: '   ' }).statement).toEqual(damagedDelivery().statement);
  });
});

describe('the deadline', () => {
  it('open: the binding window, what to do now, and what happens if it passes', () => {
    const { deadline } = damagedDelivery();
    expect(deadline).toMatchObject({
      status: 'open',
      label: 'Claim deadline before Alibaba confirms receipt for you',
      dueAt: '2026-11-24T23:59:59+01:00',
    });
    expect(deadline.now.length).toBeGreaterThan(20);
    expect(deadline.ifMissed.length).toBeGreaterThan(20);
    expect(deadline.source?.ref).toMatch(/^https?:\/\//);
  });

  it('passed: said plainly, with the day it passed', () => {
    const { deadline } = damagedDelivery({ now: '2026-12-30T09:00:00Z' });
    expect(deadline.status).toBe('passed');
    expect(deadline.ifMissed).toMatch(/^It passed on \d{1,2} [A-Z][a-z]+ 2026\./);
  });
});
