import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/i18n/I18n';
import { NoTrackedOrders } from '../../../components/sidepanel/NoTrackedOrders';
import { LANGUAGES } from '../../../lib/i18n/languages';
import { createTranslator } from '../../../lib/i18n/translate';
import { byTestId, render, textOf } from './render';

/** The side panel a new buyer sees first, before any order is tracked. */
describe('NoTrackedOrders', () => {
  it('tells an English reader how orders get here and that nothing leaves the computer', () => {
    const text = textOf(byTestId(render(<NoTrackedOrders />), 'orders-empty'));
    expect(text).toMatch(/^No tracked orders yet\./);
    expect(text).toContain('biz.alibaba.com');
    expect(text).toContain('stays on this computer');
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('is written in %s, not in English', (language) => {
    const doc = render(
      <I18nProvider value={createTranslator(language)}>
        <NoTrackedOrders />
      </I18nProvider>,
    );
    const text = textOf(byTestId(doc, 'orders-empty'));
    expect(text).not.toContain('No tracked orders');
    expect(text).not.toContain('stays on this computer');
    // Where to go is a web address, the same in every language.
    expect(text).toContain('biz.alibaba.com');
  });
});
