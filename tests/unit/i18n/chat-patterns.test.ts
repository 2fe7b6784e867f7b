import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { patternKey, patternName } from '../../../lib/chat/pattern-name';
import { chatPatternNames } from '../../../lib/chat/pattern-name-list';
import { scanMessage } from '../../../lib/chat/scanner';
import type { ChatMessageInput } from '../../../lib/chat/types';
import { catalogOf } from '../../../lib/i18n/catalogs';
import { LANGUAGES } from '../../../lib/i18n/languages';
import { createTranslator, english } from '../../../lib/i18n/translate';
import { fixtureLines } from '../chat/helpers';

/**
 * The chat warnings name what they saw ("a request to pay by Western Union"): each pattern's English name is
 * a message (`chatPattern.*`, lib/chat/pattern-name.ts), so a pattern added without its translations fails here.
 */
const names = chatPatternNames();
const CHAT_LIB = join(import.meta.dirname, '..', '..', '..', 'lib', 'chat');

/** Every `what: '…'` written in lib/chat's sources, to catch a pattern list the enumeration does not reach. */
function namesWrittenInSources(): string[] {
  const files = readdirSync(CHAT_LIB, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const found: string[] = [];
  for (const f of files) {
    const source = readFileSync(join(CHAT_LIB, f), 'utf8');
    for (const m of source.matchAll(/\bwhat:\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g))
      found.push((m[1] ?? m[2]!).replace(/\\(.)/g, '$1'));
  }
  return found;
}

describe('chat pattern names', () => {
  it('are enumerated from every list the chat rules match against', () => {
    expect(names.length).toBeGreaterThan(50);
    const written = namesWrittenInSources();
    expect(written.length).toBeGreaterThan(100);
    expect(written.filter((w) => !names.includes(w))).toEqual([]);
  });

  it('each have a key the browser accepts, different from every other (the browser ignores case)', () => {
    const keys = names.map(patternKey);
    expect(keys.filter((k) => !/^chatPattern\.[A-Za-z0-9_]+$/.test(k))).toEqual([]);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(names.length);
  });

  it('are English, word for word, in locales/en.json (the command line still says them as before)', () => {
    const en = catalogOf('en');
    expect(names.filter((w) => en.get(patternKey(w)) !== w)).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('are all translated in %s', (language) => {
    const catalog = catalogOf(language);
    const missing = names
      .filter((w) => !catalog.get(patternKey(w))?.trim())
      .map((w) => `${patternKey(w)}: ${w}`);
    expect(missing).toEqual([]);
  });

  it('fall back to the English name, never a raw key, when no catalog has them yet', () => {
    const unknown = 'a pattern added after the catalogs were written';
    expect(createTranslator('fr').render(patternName(unknown))).toBe(unknown);
    expect(english.render(patternName(unknown))).toBe(unknown);
  });
});

describe('a chat warning in French', () => {
  const cases = fixtureLines<ChatMessageInput & { id: string }>('real-modelled/en.jsonl');
  const westernUnion = cases.find((c) => c.id === 'rm-en-071')!;

  it('names what it saw in French, not in English', () => {
    const finding = scanMessage(westernUnion).find((f) => f.rule === 'offplatform-payment')!;
    expect(finding.message).toContain('Western Union / MoneyGram to a person');
    const french = createTranslator('fr').render(finding.text!.message);
    expect(french).toContain('Western Union / MoneyGram à un particulier');
    expect(french).not.toContain('to a person');
    expect(french).not.toMatch(/chatPattern/);
  });
});
