import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogOf } from '../../../lib/i18n/catalogs';
import type { Language } from '../../../lib/i18n/languages';
import { exportCase } from '../../../lib/vault/export';
import { verifyPack } from '../../../lib/vault/verify-pack';
import { ROOT } from '../../support/fixtures';
import { collectingWritable, freshVault, NOW, orderCase } from './helpers';
import { readZipText, seedCase } from './pack-helpers';

/**
 * The dispute pack's report in the buyer's language: headings from the
 * catalog, dates by Intl in the buyer's zone (named), stranger text still
 * escaped; the manifest says which language; the pack verifies in every one.
 */
async function packIn(language: Language, timeZone: string) {
  const db = await freshVault();
  const theCase = await orderCase(db);
  await seedCase(db, theCase);
  const out = collectingWritable();
  const result = await exportCase(db, theCase.id, { writable: out.writable, now: NOW, language, timeZone });
  const zip = out.blob();
  return {
    zip,
    result,
    report: await readZipText(zip, 'report.html'),
    manifest: JSON.parse(await readZipText(zip, 'manifest.json')),
  };
}

const word = (language: Language, key: string) => catalogOf(language).get(key)!;

describe('report.html in the buyer’s language', () => {
  it('French: translated headings, <html lang="fr">, dates as "20 nov. 2026" in Paris time, named', async () => {
    const { report, manifest } = await packIn('fr', 'Europe/Paris');
    expect(report).toContain('<html lang="fr">');
    expect(report).toContain(`<h1>Dossier de litige\u00a0: `);
    for (const key of ['pack.kit', 'pack.col.document', 'pack.historyTitle', 'pack.col.captured'])
      expect(report).toContain(word('fr', key));
    expect(report).toContain('Index des preuves (3 fichiers)');
    // NOW is 2026-11-20T09:30Z: 10:30 in Paris, written the French way with its zone.
    expect(report).toMatch(/<time datetime="2026-11-20T09:30:00.000Z">20 nov\. 2026,? 10:30 UTC\+1<\/time>/);
    // The evidence kinds' wording comes from the French catalog too.
    expect(report).toContain(word('fr', 'vault.kit.receipt.label'));
    expect(report).not.toContain('Documents the dispute team asks for');
    // Stranger text stays escaped text in any language.
    expect(report).toContain('Supplier &lt;b&gt;Lucy&lt;/b&gt;');
    expect(manifest.language).toBe('fr');
  });

  it('Chinese: translated headings and 2026年11月20日 dates in Shanghai time', async () => {
    const { report, manifest } = await packIn('zh-CN', 'Asia/Shanghai');
    expect(report).toContain('<html lang="zh-CN">');
    expect(report).toContain('<h1>纠纷证据包：');
    expect(report).toContain(`<h2>${word('zh-CN', 'pack.kit')}</h2>`);
    expect(report).toContain('证据索引（3 个文件）');
    expect(report).toMatch(
      /2026年11月20日 GMT\+8 17:30|2026年11月20日 17:30 GMT\+8|2026年11月20日GMT\+8 17:30/,
    );
    expect(manifest.language).toBe('zh-CN');
  });

  it('English stays the default: a pack made without a language says so nowhere and reads as before', async () => {
    const db = await freshVault();
    const theCase = await orderCase(db);
    await seedCase(db, theCase);
    const out = collectingWritable();
    await exportCase(db, theCase.id, { writable: out.writable, now: NOW });
    const zip = out.blob();
    expect(JSON.parse(await readZipText(zip, 'manifest.json')).language).toBeUndefined();
    expect(await readZipText(zip, 'report.html')).toContain('<h2>Documents the dispute team asks for</h2>');
  });
});

describe('packs in every language verify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-verify-lang-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['es', 'pt-BR', 'fr', 'zh-CN'] as const)('%s: intact for verifyPack', async (language) => {
    const { zip, result } = await packIn(language, 'America/Mexico_City');
    expect(result.historyProblems).toEqual([]);
    const verdict = await verifyPack(zip);
    expect(verdict.problems).toEqual([]);
    expect(verdict.status).toBe('intact');
  });

  it('Spanish: `npm run tg -- verify-pack` exits 0 (INTACT)', async () => {
    const { zip, report } = await packIn('es', 'America/Bogota');
    expect(report).toContain('<h1>Paquete de disputa: ');
    const file = join(dir, 'es.zip');
    writeFileSync(file, new Uint8Array(await zip.arrayBuffer()));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/tradeguard.ts'), 'verify-pack', file],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/INTACT: 3 of 3 evidence files/);
  });

  it('changing the recorded language is tampering: the manifest is bound by the history', async () => {
    const { zip } = await packIn('es', 'UTC');
    const { rebuildZip } = await import('./pack-helpers');
    const manifest = JSON.parse(await readZipText(zip, 'manifest.json'));
    const edited = await rebuildZip(zip, {
      'manifest.json': JSON.stringify({ ...manifest, language: 'en' }),
    });
    const verdict = await verifyPack(edited);
    expect(verdict.status).toBe('tampered');
  });
});
