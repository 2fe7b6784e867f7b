import { describe, expect, it } from 'vitest';
import { DisputeDraftPanel } from '../../../components/dispute/DisputeDraftPanel';
import { CaseIntegrity, HistoryStatus } from '../../../components/vault/HistoryStatus';
import { parseAnswers } from '../../../lib/dispute/answers';
import { renderDisputeMarkdown } from '../../../lib/dispute/markdown';
import { specLines } from '../../../lib/dispute/order-terms';
import { buyer, draftFor, orderFromJson } from '../dispute/helpers';
import { byTestId, render, textOf } from './render';

function panel(overrides: Record<string, unknown> = {}) {
  const order = {
    ...orderFromJson('alibaba-eur-bowls-order.json'),
    remarks: 'Colour: natural <img src=x onerror=alert(1)>\nQuantity: 1000 pcs exactly',
  };
  const answers = parseAnswers({
    problems: ['short-quantity', 'not-as-specified'],
    receivedQuantity: 920,
    affectedQuantity: 20,
    brokenLines: ['remarks.1'],
    ...overrides,
  });
  const draft = draftFor({
    order,
    events: [buyer('balance_paid', '2026-09-25'), buyer('delivered', '2026-11-10')],
    now: '2026-11-14T09:00:00Z',
    answers,
  });
  const doc = render(
    <DisputeDraftPanel
      draft={draft}
      answers={answers}
      specLines={specLines(order)}
      currency="EUR"
      markdown={renderDisputeMarkdown(draft)}
      copied="amount"
      onAnswers={() => {}}
      onCopy={() => {}}
    />,
  );
  return { doc, draft };
}

describe('the dispute draft in the side panel', () => {
  it('shows the form’s fields in order, each with its copy button and exact text', () => {
    const { doc, draft } = panel();
    const fields = [...doc.querySelectorAll('[data-testid^="field-"]:not([data-testid$="-text"])')].map((f) =>
      f.getAttribute('data-testid'),
    );
    expect(fields).toEqual(['field-claim', 'field-amount', 'field-statement', 'field-evidence']);
    for (const id of ['claim', 'amount', 'statement', 'evidence']) byTestId(doc, `copy-${id}`);
    // 80 missing + 20 not as specified, at €4.35.
    expect(textOf(byTestId(doc, 'field-amount-text'))).toBe('435.00');
    expect(textOf(byTestId(doc, 'field-amount'))).toContain('Copied to the clipboard');
    // (linkedom leaves entities in a textarea's text, so the paragraphs without markup characters are compared.)
    const editor = byTestId(doc, 'statement-editor').textContent ?? '';
    for (const p of draft.statement.paragraphs.filter((t) => !/[<>&]/.test(t))) expect(editor).toContain(p);
    expect(textOf(byTestId(doc, 'draft-amount-conclusion'))).toBe(
      'Amount to ask for = the smallest of €435, €4,350, €4,350 = €435.',
    );
  });

  it('checks what the buyer chose and shows the order’s lines as text, never as markup', () => {
    const { doc } = panel();
    expect(byTestId(doc, 'problem-short-quantity').hasAttribute('checked')).toBe(true);
    expect(byTestId(doc, 'problem-damaged').hasAttribute('checked')).toBe(false);
    expect(doc.querySelectorAll('img').length).toBe(0);
    expect(textOf(byTestId(doc, 'spec-lines'))).toContain('Colour: natural <img src=x onerror=alert(1)>');
  });

  it('a statement the buyer cleared stays empty while they write, and says the drafted one is used meanwhile', () => {
    const { doc, draft } = panel({ statement: '' });
    expect(byTestId(doc, 'statement-editor').textContent).toBe('');
    expect(textOf(byTestId(doc, 'statement-blank'))).toContain('the drafted statement is what is copied');
    expect(textOf(byTestId(doc, 'field-statement'))).toContain('Use the drafted statement again');
    // What is copied is never empty.
    expect(draft.fields.find((f) => f.id === 'statement')!.text).toBe(
      draft.statement.paragraphs.join('\n\n'),
    );
    expect(doc.querySelector('[data-testid="statement-blank"]')).not.toBeNull();
    expect(panel().doc.querySelector('[data-testid="statement-blank"]')).toBeNull();
  });

  it('says what is still missing before the draft is complete', () => {
    const { doc } = panel({ brokenLines: [], receivedQuantity: null });
    const gaps = textOf(byTestId(doc, 'draft-gaps'));
    expect(gaps).toContain('Choose which term of the order the goods do not match.');
    expect(gaps).toContain('Enter how many units arrived.');
  });
});

describe('history status', () => {
  it('intact: the count and the head', () => {
    const doc = render(
      <HistoryStatus vault={{ entries: 12, head: { seq: 12, hash: 'ab'.repeat(32) }, problems: [] }} />,
    );
    expect(byTestId(doc, 'history-status').getAttribute('data-state')).toBe('intact');
    expect(textOf(byTestId(doc, 'history-status'))).toBe(
      'History intact: 12 entries, each linked to the one before; head #12 abababababab….',
    );
  });

  it('broken: each problem, located, as text', () => {
    const doc = render(
      <HistoryStatus
        vault={{
          entries: 12,
          head: null,
          problems: [
            {
              code: 'moved',
              seq: 4,
              message: 'entry #4 (item added, …) holds the content of entry #5: entries were reordered.',
            },
          ],
        }}
      />,
    );
    expect(byTestId(doc, 'history-status').getAttribute('data-state')).toBe('broken');
    const item = byTestId(doc, 'history-problems').querySelector('li')!;
    expect(item.getAttribute('data-entry')).toBe('4');
    expect(textOf(item)).toContain('holds the content of entry #5');
  });

  it('a case’s files: a button until re-hashed, then the verdict', () => {
    const idle = render(
      <CaseIntegrity files={null} caseEntries={[]} checkingFiles={false} onCheckFiles={() => {}} />,
    );
    expect(textOf(byTestId(idle, 'case-files-check'))).toBe('Re-hash this case’s files');
    const bad = render(
      <CaseIntegrity
        files={{
          files: 3,
          problems: [
            { code: 'bytes-changed', message: '“lid.png”: the stored file was changed after capture.' },
          ],
        }}
        caseEntries={[]}
        checkingFiles={false}
        onCheckFiles={() => {}}
      />,
    );
    expect(textOf(byTestId(bad, 'case-file-problems'))).toContain(
      '“lid.png”: the stored file was changed after capture.',
    );
  });
});
