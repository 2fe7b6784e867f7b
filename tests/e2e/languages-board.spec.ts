import { LANGUAGES, type Language } from '../../lib/i18n/languages';
import { cardDriver } from './card-driver';
import { card, cardView, type Extension, expect, startExtension, test } from './harness';
import { catalogOf, chooseLanguage, isFile, seriousViolations } from './languages-support';

/**
 * Issue 16, the surfaces that were still English: the deadline board, a correction form opened on the
 * card, and the remaining-limit sentences, in each language. The words asserted are taken from the
 * language's own messages file (never hard-coded), and axe-core finds no serious or critical violation
 * on the deadline board or the open correction form.
 */
const SUPPLIER = 'sunrise-shopsign-module-data.html';
const PAID = 'ta-detail-218834504001020304-json.html';
const UNPAID = 'ta-detail-218834505001020304-json.html';
const UNPAID_ID = '218834505001020304';

/** A language's message by key (failing loudly on a key the catalog lacks). */
function messagesOf(language: Language): (key: string) => string {
  const catalog = catalogOf(language);
  return (key) => {
    const text = catalog.get(key);
    if (text === undefined) throw new Error(`no message ${key} in ${language}`);
    return text;
  };
}

/** The longest run of a message's own words (between its placeholders): what the buyer reads whatever the data. */
const words = (message: string) =>
  message
    .split(/\{[A-Za-z0-9_]+\}/)
    .map((s) => s.trim())
    .sort((a, b) => b.length - a.length)[0]!;

async function readyCard(ext: Extension, file: string) {
  const page = await ext.open(isFile(file));
  await expect(card(page)).toHaveAttribute('data-state', 'ready');
  return page;
}

test.describe('deadline board, correction forms and remaining limit in the buyer’s language', () => {
  for (const language of LANGUAGES) {
    test(`${language}: they speak it and pass axe`, async () => {
      // Its own browser: the sum of open orders must not include orders other spec files left behind.
      const ext = await startExtension();
      try {
        test.setTimeout(120_000);
        const t = messagesOf(language);
        await chooseLanguage(ext, language);

        // A US$42,000-limit supplier, one paid open order, and a second order of the same size.
        for (const file of [SUPPLIER, PAID]) await (await readyCard(ext, file)).close();
        const order = await readyCard(ext, UNPAID);

        // The remaining-limit sentences on the card: the open-orders line and the blocker's arithmetic.
        const view = await cardView(ext, order);
        expect(view.text).toContain(t('remaining.openOrders'));
        const blocker = view.findings.find((f) => f.rule === 'ta-limit-remaining-below-order');
        expect(blocker?.text).toContain(words(t('remaining.rule.partProtected')));
        expect(blocker?.text).toContain(words(t('remaining.minus.one')));
        expect(blocker?.text).toContain(words(t('remaining.basis.paidNotDelivered')));

        // A correction form opened on the card: its title, hint and buttons, then axe inside the closed root.
        const inCard = await cardDriver(ext, order);
        const offer = await inCard.one('[data-testid="correct-orderTotal"]');
        expect(offer?.text).toBe(t('facts.correctIt'));
        await inCard.click('[data-testid="correct-orderTotal"]');
        await expect.poll(() => inCard.focused()).toBe('correction-input-orderTotal');
        expect(await inCard.labelOf('[data-testid="correction-input-orderTotal"]')).toBe(
          t('corrections.correct.orderTotal'),
        );
        const form = (await inCard.one('[data-testid="correction-form-orderTotal"]'))!.text;
        expect(form).toContain(words(t('corrections.hintMoney')));
        expect(form).toContain(t('corrections.save'));
        expect(form).toContain(t('corrections.cancel'));
        // A wrong value: the message is the language's own.
        await order.keyboard.press('Control+A');
        await order.keyboard.type('abc');
        await order.keyboard.press('Enter');
        await expect
          .poll(async () => (await inCard.one('[role="alert"]'))?.text)
          .toContain(words(t('corrections.error.noAmount')));
        const audit = await inCard.audit();
        expect(audit.violations, `${language}: open correction form`).toEqual([]);
        await inCard.close();
        await order.close();

        // The deadline board in the side panel: states, countdown, what to do, the supplier's limit.
        const panel = await ext.openExtensionPage(`sidepanel.html?tab=deadlines&order=${UNPAID_ID}`);
        await expect(panel.locator('html')).toHaveAttribute('lang', language);
        const block = panel.getByTestId(`order-${UNPAID_ID}`);
        await expect(block).toBeVisible();
        await expect(block).toContainText(t('deadlines.board.whatToDo'));
        await expect(panel.getByTestId(`countdown-${UNPAID_ID}`)).toContainText(
          new RegExp(
            [
              t('deadlines.board.noOpen'),
              words(t('deadlines.countdown.left')),
              words(t('deadlines.countdown.overdueBy')),
            ]
              .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('|'),
          ),
        );
        await expect(panel.getByTestId('timeline-editor')).toContainText(t('deadlines.timeline.addTitle'));
        await expect(panel.getByTestId('export-calendar')).toHaveText(t('deadlines.board.exportCalendar'));
        await expect(panel.getByTestId('supplier-limits')).toContainText(t('remaining.leftForNew'));
        await expect(panel.getByTestId('supplier-limit-left').first()).toContainText(
          words(t('remaining.forNewOrder')),
        );
        if (language !== 'en') await expect(block).not.toContainText('What to do:');
        // Every deadline folded beneath is opened, so axe reads them too.
        for (const more of await panel.locator('details.tg-order__more').all())
          await more.evaluate((d) => d.setAttribute('open', ''));
        expect(await seriousViolations(panel), `${language}: deadline board`).toEqual([]);
        await panel.close();
      } finally {
        await ext.close();
      }
    });
  }
});
