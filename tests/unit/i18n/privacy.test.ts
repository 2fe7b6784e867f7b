import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../components/privacy/markdown';
import { policyMarkdown } from '../../../components/privacy/policy-markdown';
import { LANGUAGES } from '../../../lib/i18n/languages';
import { createTranslator } from '../../../lib/i18n/translate';
import { ROOT } from '../../support/fixtures';

/** The privacy page speaks five languages; its English is PRIVACY.md, word for word. */
describe('privacy policy in every language', () => {
  it('English is PRIVACY.md exactly (the repository and the extension cannot drift apart)', () => {
    const file = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');
    expect(`${policyMarkdown(createTranslator('en'))}\n`).toBe(file);
  });

  it.each(LANGUAGES)('%s has the same structure as the English: headings, lists, paragraphs', (language) => {
    const shape = (lang: typeof language) =>
      parseMarkdown(policyMarkdown(createTranslator(lang))).map((b) =>
        b.kind === 'list' ? `list:${b.items.length}` : b.kind === 'heading' ? `h${b.level}` : 'p',
      );
    expect(shape(language)).toEqual(shape('en'));
  });
});
