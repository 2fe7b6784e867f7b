import { describe, expect, it } from 'vitest';
import { Tabs } from '../../../components/sidepanel/Tabs';
import { ConfirmDialog, tokenMatches } from '../../../components/ui/ConfirmDialog';
import { StatusMessage } from '../../../components/ui/StatusMessage';
import { byTestId, render, textOf } from './render';

const TABS = [
  { id: 'deadlines', label: 'Deadlines' },
  { id: 'vault', label: 'Evidence vault' },
  { id: 'spec', label: 'Check a spec' },
];

describe('Tabs', () => {
  it('marks exactly the active tab selected and labels its panel by it', () => {
    const doc = render(
      <Tabs tabs={TABS} active="vault" onChange={() => {}}>
        <p>vault content</p>
      </Tabs>,
    );
    const selected = [...doc.querySelectorAll('[role="tab"]')].filter(
      (t) => t.getAttribute('aria-selected') === 'true',
    );
    expect(selected.map((t) => t.textContent)).toEqual(['Evidence vault']);
    expect(byTestId(doc, 'tab-deadlines').getAttribute('tabindex')).toBe('-1');
    const panel = doc.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe(byTestId(doc, 'tab-vault').id);
    expect(textOf(panel)).toBe('vault content');
  });
});

describe('ConfirmDialog', () => {
  it('enables only for the exact words (spacing and case forgiven)', () => {
    expect(tokenMatches('delete 3 items', 'delete 3 items')).toBe(true);
    expect(tokenMatches('  Delete   3 items ', 'delete 3 items')).toBe(true);
    expect(tokenMatches('delete 2 items', 'delete 3 items')).toBe(false);
    expect(tokenMatches('', '')).toBe(false);
  });

  it('starts with the confirm button disabled and shows the token to type', () => {
    const doc = render(
      <ConfirmDialog
        title="Delete evidence"
        body="3 items go for good."
        token="delete 3 items"
        onConfirm={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(byTestId(doc, 'confirm-ok').hasAttribute('disabled')).toBe(true);
    expect(textOf(doc.querySelector('label')!)).toBe('Type delete 3 items to confirm');
    expect(doc.querySelector('label q')?.textContent).toBe('delete 3 items');
  });
});

describe('StatusMessage', () => {
  it('announces with a word, not only a colour', () => {
    const doc = render(<StatusMessage tone="error">The file is not a TradeGuard export.</StatusMessage>);
    const status = doc.querySelector('[role="status"]')!;
    expect(textOf(status)).toBe('Error: The file is not a TradeGuard export.');
  });
});
