import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Language } from '../../lib/i18n/languages';
import type { Extension } from './harness';

/** What the language specs share: the catalog a language's words are taken from, the language setting, axe. */

/** A sample page by its file name. */
export const isFile = (name: string) => (p: { file: string }) => p.file.endsWith(name);

/** The messages file the build turned into _locales/ (read as JSON: the test runner does not import it). */
export function catalogOf(language: Language): Map<string, string> {
  const tree = JSON.parse(readFileSync(`locales/${language.replace('-', '_')}.json`, 'utf8'));
  const out = new Map<string, string>();
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'string') out.set(prefix, node);
    else for (const [k, v] of Object.entries(node as object)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  walk(tree, '');
  return out;
}

/** The buyer's choice in the options, as the options page stores it. */
export async function chooseLanguage(ext: Extension, language: Language): Promise<void> {
  const options = await ext.openExtensionPage('options.html');
  await options.evaluate(async (language) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), language } });
  }, language);
  await options.close();
}

/** axe-core's serious and critical violations of WCAG 2.1 A/AA, one line per rule with its elements. */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}
