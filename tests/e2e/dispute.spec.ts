import { spawnSync } from 'node:child_process';
import { mkdtempSync, openAsBlob, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { BlobReader, TextWriter, ZipReader } from '@zip.js/zip.js';
import { card, cardView, expect, startExtension, TEST_BUILD, test } from './harness';
import { openOrderCase } from './vault-support';

/**
 * From a flagged order to a copied dispute draft and an exported pack that
 * `tradeguard verify-pack` accepts, in a real Chromium with the built
 * extension. The side panel runs on 20 January 2027 (Playwright's clock),
 * five days after the order's agreed shipment date; the marketplace pages and
 * the extension's background keep the real clock.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const isFile = (name: string) => (p: { file: string }) => p.file.endsWith(name);

test.describe.configure({ mode: 'serial' });

/** Pastes the clipboard (Ctrl+V) into a fresh text box, as into the platform's form, and reads it. */
async function pasted(panel: Page): Promise<string> {
  await panel.evaluate(() => {
    document.getElementById('paste-target')?.remove();
    const box = document.createElement('textarea');
    box.id = 'paste-target';
    document.body.append(box);
  });
  await panel.locator('#paste-target').focus();
  await panel.keyboard.press('ControlOrMeta+V');
  return panel.locator('#paste-target').inputValue();
}

/** One file of an exported pack, as text. */
async function fileInPack(packPath: string, name: string): Promise<string> {
  const zip = new ZipReader(new BlobReader(await openAsBlob(packPath)));
  try {
    const entry = (await zip.getEntries()).find((e) => e.filename === name);
    if (!entry || entry.directory) throw new Error(`${name} is not in the pack`);
    return await entry.getData(new TextWriter());
  } finally {
    await zip.close();
  }
}

/** What someone with the developer tools could do: edit an item's note straight in IndexedDB. */
async function editNoteBehindTheVaultsBack(panel: Page, note: string): Promise<void> {
  await panel.evaluate(async (text) => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('tradeguard-vault');
      r.onsuccess = () => ok(r.result);
    });
    const tx = db.transaction('items', 'readwrite');
    const store = tx.objectStore('items');
    const all = await new Promise<Record<string, unknown>[]>((ok) => {
      const r = store.getAll();
      r.onsuccess = () => ok(r.result);
    });
    store.put({ ...all[0], note: text });
    await new Promise((ok) => {
      tx.oncomplete = ok;
    });
    db.close();
  }, note);
}

test('a late, off-spec order: a cited draft with the right amount is copied, and the exported pack verifies', async () => {
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), 'tg-dispute-e2e-'));
  const ext = await startExtension(TEST_BUILD);
  try {
    // The supplier's profile teaches the limit; the order is then flagged over it.
    const profile = await ext.open(isFile('sunrise-shopsign-module-data.html'));
    await expect(card(profile)).toHaveAttribute('data-state', 'ready');
    await profile.close();
    const order = await ext.open(isFile('ta-detail-218834501001020304-json.html'));
    const orderCard = card(order);
    await expect(orderCard).toHaveAttribute('data-state', 'ready');
    // The card's shadow root is closed to page script: read it from TradeGuard's own content-script world.
    const { findings } = await cardView(ext, order);
    expect(findings.find((f) => f.rule === 'ta-limit-below-order')?.text).toContain('US$6,600');

    const panel = await openOrderCase(ext, '218834501001020304', '2027-01-20T09:00:00Z');
    const draft = panel.getByTestId('dispute-draft');
    await expect(draft).toBeVisible();

    // A piece of evidence: the proforma invoice the buyer signed.
    await panel.getByTestId('upload-input').setInputFiles({
      name: 'proforma-invoice-218834501001020304.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 signed proforma invoice, ship by 2027-01-15, colour red\n'),
    });
    await panel.getByTestId('upload-kind').selectOption('contract');
    await panel.getByTestId('upload-submit').click();
    await expect(panel.getByTestId('vault-message')).toContainText('added and fingerprinted');

    // What went wrong, in the buyer's words.
    await panel.getByTestId('problem-late-shipment').check();
    await panel.getByTestId('problem-not-as-specified').check();
    await panel.getByTestId('broken-line-remarks.1').check();
    await panel.getByTestId('paid-on-platform').fill('14580');
    await panel
      .getByTestId('buyer-words')
      .fill('The SGS inspector found the baskets orange, not red. Nothing has shipped.');

    await expect(panel.getByTestId('field-amount-text')).toHaveText('14580.00');
    await expect(panel.getByTestId('draft-amount-conclusion')).toContainText('= US$14,580');
    await expect(panel.getByTestId('claim-on-time-shipment')).toContainText('Shipment date: 15 January 2027');
    await expect(panel.getByTestId('draft-refusals')).toContainText('The balance (US$34,020) is not covered');
    await expect(panel.getByTestId('draft-refusals')).toContainText('US$6,600 of the order total');
    const claim = await panel.getByTestId('field-claim-text').textContent();
    expect(claim).toContain(
      '(Source: Trade Assurance service page (Alibaba.com (archived copy)), "Shipping protection" — http://tradeassurance.captionous.net/)',
    );

    // Copy, then paste where the buyer would (here a scratch text box): exactly the field's text arrives. The copy
    // is asynchronous, so the paste is retried until the clipboard holds the new text (never accepting another).
    await panel.getByTestId('copy-claim').click();
    await expect(panel.getByTestId('field-claim')).toContainText('Copied to the clipboard');
    await expect.poll(() => pasted(panel)).toBe(claim);
    await panel.getByTestId('copy-amount').click();
    await expect.poll(() => pasted(panel)).toBe('14580.00');

    // The buyer rewrites the statement in their own words: that is what is copied, kept and exported.
    const mine =
      'On 12 January 2027 SGS failed the batch: the baskets are orange, not red.\n\nNothing has shipped since. I ask for a refund of US$14,580.';
    await panel.getByTestId('statement-editor').fill(mine);
    await panel.getByTestId('copy-statement').click();
    await expect.poll(() => pasted(panel)).toBe(mine);

    await expect(panel.getByTestId('history-status')).toHaveAttribute('data-state', 'intact');

    // Export through the download path, then check it as a reviewer would.
    await panel.evaluate(() => {
      (window as { showSaveFilePicker?: unknown }).showSaveFilePicker = undefined;
    });
    const download = panel.waitForEvent('download', { timeout: 120_000 });
    await panel.getByTestId('export-button').click();
    const packPath = join(work, (await download).suggestedFilename());
    await (await download).saveAs(packPath);
    await expect(panel.getByTestId('vault-message')).toContainText('your dispute draft (dispute.md)');
    const verified = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/tradeguard.ts'), 'verify-pack', packPath, '--json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(verified.status, verified.stderr + verified.stdout).toBe(0);
    const verdict = JSON.parse(verified.stdout);
    expect(verdict).toMatchObject({ status: 'intact', evidenceFiles: { checked: 1, listed: 1 } });
    expect(verdict.generatedFiles).toEqual(
      expect.arrayContaining(['dispute.md', 'history.json', 'manifest.json']),
    );
    const disputeMd = await fileInPack(packPath, 'dispute.md');
    expect(disputeMd).toContain(`\`\`\`text\n${mine}\n\`\`\``);
    expect(disputeMd).toContain('```text\n14580.00\n```');
    expect(await fileInPack(packPath, 'report.html')).toContain('verify-pack');

    // A note edited behind the vault's back: the panel says exactly where the history breaks.
    await editNoteBehindTheVaultsBack(panel, 'nothing wrong here');
    await panel.reload();
    await expect(panel.getByTestId('history-status')).toHaveAttribute('data-state', 'broken');
    // The statement the buyer wrote was kept with the case.
    await expect(panel.getByTestId('statement-editor')).toHaveValue(mine);
    await expect(panel.getByTestId('history-problems')).toContainText(
      'its note was changed outside TradeGuard',
    );
  } finally {
    await ext.close();
    rmSync(work, { recursive: true, force: true });
  }
});
