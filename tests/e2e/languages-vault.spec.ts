import { LANGUAGES } from '../../lib/i18n/languages';
import { card, expect, test } from './harness';
import { catalogOf, chooseLanguage, isFile, seriousViolations } from './languages-support';
import { openOrderCase } from './vault-support';

/**
 * The evidence vault, a dispute draft and the privacy page in each of the
 * five languages: the words come from that language's catalog, the texts to
 * paste into Alibaba's form stay English (and say so), and axe-core finds no
 * serious or critical violation (WCAG 2.1 A/AA) on any of them.
 */
const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);

test.describe('the vault, a dispute draft and the privacy page in the buyer’s language', () => {
  for (const language of LANGUAGES) {
    test(`${language}: they speak it and pass axe`, async ({ ext }) => {
      test.setTimeout(120_000);
      const t = catalogOf(language);
      await chooseLanguage(ext, language);

      const order = await ext.open(isFile('ta-detail-218834501001020304-json.html'));
      await expect(card(order)).toHaveAttribute('data-state', 'ready');
      await order.close();

      // The panel runs five days after the order's agreed shipment date (15 January 2027): late shipment is claimable.
      const panel = await openOrderCase(ext, '218834501001020304', '2027-01-20T09:00:00Z');
      await expect(panel.locator('html')).toHaveAttribute('lang', language);

      // The vault tab: tools, the case's heading, the upload zone, the kit.
      await expect(panel.getByTestId('export-button')).toHaveText(t.get('vault.tools.export')!);
      await expect(panel.getByTestId('vault-case-title')).toHaveText(
        fill(t.get('vault.case.order')!, { id: '218834501001020304' }),
      );
      await expect(panel.getByTestId('upload-zone')).toContainText(t.get('vault.upload.prompt')!);
      await expect(panel.getByTestId('persist-button')).toHaveText(t.get('vault.storage.keepSafe')!);

      // A file goes in: its kind, its hash line and the job's message are in the language too.
      await panel.getByTestId('upload-input').setInputFiles({
        name: 'proforma-invoice.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4 signed proforma invoice\n'),
      });
      await panel.getByTestId('upload-kind').selectOption('contract');
      await panel.getByTestId('upload-submit').click();
      // One file, in the language's own plural category for 1 (Chinese has only "other").
      const one = new Intl.PluralRules(language).select(1);
      await expect(panel.getByTestId('vault-message')).toHaveText(
        fill(t.get(`vault.done.added.${one}`)!, { count: '1' }),
      );
      const item = panel.locator('.tg-vault-item').first();
      await expect(item).toContainText(t.get('vault.kind.contract')!);
      await expect(item.getByRole('button', { name: t.get('vault.hash.verify')! })).toBeVisible();
      await expect(panel.getByTestId('history-status')).toContainText(t.get('vault.history.intact')!);

      // The dispute draft: explained in the buyer's language, the texts to paste in English.
      const draft = panel.getByTestId('dispute-draft');
      await expect(draft).toBeVisible();
      await expect(draft.locator('summary')).toHaveText(
        fill(t.get('dispute.title')!, { platform: 'Alibaba.com Trade Assurance' }),
      );
      await expect(draft.getByTestId('dispute-form').locator('legend')).toHaveText(
        t.get('dispute.form.legend')!,
      );
      await draft.getByTestId('problem-late-shipment').check();
      await expect(draft.getByTestId('problem-late-shipment').locator('..')).toContainText(
        t.get('dispute.problem.lateShipment')!,
      );
      if (language === 'en') {
        await expect(draft.getByTestId('draft-english-note')).toHaveCount(0);
        await expect(draft.getByTestId('copy-claim')).toHaveText(t.get('dispute.copy')!);
      } else {
        await expect(draft.getByTestId('draft-english-note')).toHaveText(t.get('dispute.englishNote')!);
        await expect(draft.getByTestId('copy-claim')).toHaveText(t.get('dispute.copyEnglish')!);
        await expect(draft.getByTestId('field-claim')).toContainText(t.get('dispute.forPlatform')!);
        await expect(draft.getByTestId('field-claim')).toContainText(t.get('dispute.field.alibaba.claim')!);
        // The reasoning drawn from the order in the buyer's language too, under the English, labelled as theirs
        // (the amount's conclusion and the deadline are there whatever is claimed or refused).
        const conclusion = draft.getByTestId('draft-amount-conclusion');
        await expect(conclusion.locator('[lang="en"]')).toBeVisible();
        const yours = conclusion.getByTestId('draft-yours');
        await expect(yours).toHaveAttribute('lang', language);
        await expect(yours).toContainText(t.get('disputeText.ui.yours')!);
        await expect(draft.getByTestId('draft-deadline').getByTestId('draft-yours').first()).toBeVisible();
      }
      // The statement to paste is English whatever the language (Alibaba and the supplier read it).
      await expect(draft.getByTestId('statement-editor')).toHaveAttribute('lang', 'en');
      await expect(draft.getByTestId('statement-editor')).toHaveValue(
        /Trade Assurance order 218834501001020304/,
      );

      expect(await seriousViolations(panel), 'vault tab with a dispute draft').toEqual([]);
      await panel.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(panel), 'vault tab with a dispute draft, dark').toEqual([]);
      await panel.close();

      const privacy = await ext.openExtensionPage('privacy.html');
      await expect(privacy.locator('html')).toHaveAttribute('lang', language);
      await expect(privacy.getByRole('heading', { level: 1 })).toHaveText(t.get('privacy.title')!);
      const whereHeading = t.get('privacy.where')!.split('\n')[0]!.replace(/^## /, '');
      await expect(privacy.getByRole('heading', { level: 2, name: whereHeading })).toBeVisible();
      expect(await seriousViolations(privacy), 'privacy page').toEqual([]);
      await privacy.close();
    });
  }
});
