import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCachedSpecCheck } from '../../../components/spec/line-cache';
import { SpecChecker } from '../../../components/spec/SpecChecker';
import { checkSpecText } from '../../../lib/spec';
import { byTestId, render, textOf, UI_FIXTURES } from './render';

const draft = readFileSync(join(UI_FIXTURES, 'spec-draft.txt'), 'utf8');

describe('SpecChecker', () => {
  it('marks each vague phrase in its line and counts them', () => {
    const doc = render(<SpecChecker initialText={draft} />);
    expect(textOf(byTestId(doc, 'spec-summary'))).toBe('4 vague phrases in 3 lines');
    const marks = [...byTestId(doc, 'spec-results').querySelectorAll('mark')].map((m) => [
      m.getAttribute('data-rule'),
      m.firstChild?.textContent,
    ]);
    expect(marks).toEqual([
      ['vague-material', 'stainless steel'],
      ['vague-color', 'gold'],
      ['vague-packaging', 'standard export packing'],
      ['vague-ship-date', 'in Aug'],
    ]);
  });

  it('tells the buyer what to ask for under the flagged line', () => {
    const doc = render(<SpecChecker initialText={draft} />);
    const colourLine = doc.querySelector('[data-line="2"]')!;
    const text = textOf(colourLine);
    expect(text).toContain('Ask for: Write the colour as a code');
    expect(text).toContain('Rule vague-color');
    expect(doc.querySelector('[data-line="3"] .tg-spec-findings')).toBeNull();
  });

  it('says when nothing is vague, and what it did not judge', () => {
    const doc = render(<SpecChecker initialText={'Size: 8.8*8.8*13 cm'} />);
    expect(textOf(byTestId(doc, 'spec-summary'))).toMatch(
      /^No vague phrases found\. Missing attributes .* are not judged here\.$/,
    );
  });

  it('keeps pasted markup as text', () => {
    const doc = render(<SpecChecker initialText={'Color: <b onclick="x()">gold</b>'} />);
    expect(doc.querySelector('b')).toBeNull();
    expect(textOf(byTestId(doc, 'spec-results'))).toContain('<b onclick="x()">');
  });
});

describe('createCachedSpecCheck', () => {
  it('gives the same results as checkSpecText, including after an edit', () => {
    const check = createCachedSpecCheck();
    expect(check(draft)).toEqual(checkSpecText(draft));
    const edited = draft.replace('Color: gold', 'Color: Pantone 871 C');
    expect(check(edited)).toEqual(checkSpecText(edited));
    expect(check(edited).find((r) => r.line === 2)?.findings).toEqual([]);
  });
});
