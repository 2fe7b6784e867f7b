import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/i18n/I18n';
import { createCachedSpecCheck } from '../../../components/spec/line-cache';
import { SpecChecker } from '../../../components/spec/SpecChecker';
import { createTranslator } from '../../../lib/i18n/translate';
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
    expect(text).toContain('What to do: Write the colour as a code');
    // An English reader gets the advice once, not a second English copy "for the supplier".
    expect(text).not.toContain('In English, for the supplier');
    expect(text).toContain('Rule vague-color');
    expect(doc.querySelector('[data-line="3"] .tg-spec-findings')).toBeNull();
  });

  it('says when nothing is vague, and what it did not judge', () => {
    const doc = render(<SpecChecker initialText={'Size: 8.8*8.8*13 cm'} />);
    expect(textOf(byTestId(doc, 'spec-summary'))).toMatch(
      /^No vague phrases found\. Missing attributes .* are not judged here\.$/,
    );
  });

  it("speaks the buyer's language, and gives the wording for the supplier in English too", () => {
    const fr = createTranslator('fr');
    const doc = render(
      <I18nProvider value={fr}>
        <SpecChecker initialText={draft} />
      </I18nProvider>,
    );
    // textOf folds the French non-breaking spaces into plain ones.
    const plain = (s: string) => s.replace(/\s+/gu, ' ').trim();
    expect(textOf(byTestId(doc, 'spec-summary'))).toBe('4 formulations vagues sur 3 lignes');
    const colourLine = doc.querySelector('[data-line="2"]')!;
    const french = textOf(colourLine);
    expect(french).toContain(plain(fr.t('common.whatToDo')));
    expect(french).not.toContain('What to do:');
    // The supplier reads English: the same advice is there in English, marked as English for screen readers.
    const english = colourLine.querySelector('[lang="en"]');
    expect(english?.textContent).toMatch(/^Write the colour as a code/);
    expect(doc.querySelector('section')?.getAttribute('aria-label')).toBe(fr.t('sidepanel.specTitle'));
    expect(textOf(doc.querySelector('label > span')!)).toBe(plain(fr.t('sidepanel.spec.inputLabel')));
  });

  it("counts by the language's own plural rule", () => {
    const doc = render(
      <I18nProvider value={createTranslator('es')}>
        <SpecChecker initialText={'Color: rojo'} />
      </I18nProvider>,
    );
    expect(textOf(byTestId(doc, 'spec-summary'))).toBe('1 frase vaga en 1 línea');
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
