import { describe, expect, it } from 'vitest';
import { PageCard } from '../../../components/page-card/PageCard';
import { byTestId, render, textOf } from './render';

describe('the page card when a rule could not run', () => {
  it('says what was not checked, instead of looking like a clean page', () => {
    const doc = render(
      <PageCard
        kind="alibaba:order"
        findings={[]}
        couldNotCheck={[{ rule: 'ta-limit-below-order', title: "The order exceeds the supplier's limit" }]}
      />,
    );
    const box = byTestId(doc, 'could-not-check');
    expect(box.getAttribute('role')).toBe('alert');
    expect(textOf(box)).toContain('could not check this here — check yourself');
    expect(textOf(box)).toContain("The order exceeds the supplier's limit");
    expect(textOf(box)).toContain('ta-limit-below-order');
  });

  it('says nothing extra when every rule ran', () => {
    const doc = render(<PageCard kind="alibaba:order" findings={[]} />);
    expect(doc.querySelector('[data-testid="could-not-check"]')).toBeNull();
  });
});
