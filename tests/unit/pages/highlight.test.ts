import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearHighlights, HIGHLIGHT_ATTR, highlightQuotes } from '../../../lib/dom/highlight';

const page = () =>
  parseHTML(`<html><body><div id="remarks">Colour: red. Packing: standard export packing.</div>
  <textarea>red</textarea><tradeguard-card><p>standard export packing</p></tradeguard-card></body></html>`)
    .document;

describe('highlighting quoted phrases in the page', () => {
  it('wraps each quote where it stands, as text, and skips our card and form fields', () => {
    const doc = page();
    const marks = highlightQuotes(
      doc as unknown as Document,
      ['red', 'standard export packing', 'not on page'],
      {
        skip: (el) => el.tagName === 'TRADEGUARD-CARD',
      },
    );
    expect([...marks.keys()].sort()).toEqual(['red', 'standard export packing']);
    const found = doc.querySelectorAll(`mark[${HIGHLIGHT_ATTR}]`);
    expect(found.length).toBe(2);
    expect(doc.getElementById('remarks')!.textContent).toBe('Colour: red. Packing: standard export packing.');
    expect(doc.querySelector('textarea')!.innerHTML).toBe('red');
    expect(doc.querySelector('tradeguard-card mark')).toBeNull();
  });

  it('clears its marks and leaves the text as it was', () => {
    const doc = page();
    highlightQuotes(doc as unknown as Document, ['red']);
    clearHighlights(doc as unknown as Document);
    expect(doc.querySelectorAll('mark').length).toBe(0);
    expect(doc.getElementById('remarks')!.textContent).toBe('Colour: red. Packing: standard export packing.');
  });
});
