/**
 * `npx tsx scripts/i18n/chat-patterns.ts`: writes the English names of every chat pattern into
 * locales/en.json under `chatPattern` (the file's last namespace), keyed by lib/chat/pattern-name.ts.
 * The other languages keep their translations of names still in use, lose those of names gone, and are
 * listed for the names they lack: those are translated by hand (tests/unit/i18n/chat-patterns.test.ts fails
 * until they are).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { patternKey } from '../../lib/chat/pattern-name';
import { chatPatternNames } from '../../lib/chat/pattern-name-list';

const NAMESPACE = 'chatPattern';
const LOCALES = ['en', 'es', 'pt_BR', 'fr', 'zh_CN'];
const file = (l: string) => fileURLToPath(new URL(`../../locales/${l}.json`, import.meta.url));

const english: Record<string, string> = {};
for (const what of chatPatternNames()) english[patternKey(what).slice(NAMESPACE.length + 1)] = what;

for (const locale of LOCALES) {
  const catalog = JSON.parse(readFileSync(file(locale), 'utf8')) as Record<string, unknown>;
  const had = (catalog[NAMESPACE] ?? {}) as Record<string, string>;
  const names: Record<string, string> = {};
  const missing: string[] = [];
  for (const [slug, what] of Object.entries(english)) {
    if (locale === 'en') names[slug] = what;
    else if (had[slug] !== undefined) names[slug] = had[slug];
    else missing.push(`${NAMESPACE}.${slug}: ${what}`);
  }
  delete catalog[NAMESPACE];
  catalog[NAMESPACE] = names; // last, so a new language file reads in the same order
  writeFileSync(file(locale), `${JSON.stringify(catalog, null, 2)}\n`);
  if (missing.length) console.log(`${locale} lacks ${missing.length}:\n  ${missing.join('\n  ')}`);
}
