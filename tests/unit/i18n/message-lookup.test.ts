import { afterAll, describe, expect, it } from 'vitest';
import { catalogRecord, installCatalog, messageOf } from '../../../lib/i18n/catalogs';
import en from '../../../locales/en.json';
import fr from '../../../locales/fr.json';
import zhCN from '../../../locales/zh_CN.json';

/**
 * A content script's card looks its messages up one key at a time (messageOf) instead of flattening the
 * whole catalog: every key must still give the very text the flattened catalog holds, whether the catalog
 * was installed as locales/<lang>.json's tree or as the flat record the background sends a content script.
 */
const TREES = { en, fr, 'zh-CN': zhCN } as const;

describe('one message by its key', () => {
  afterAll(() => {
    for (const [language, tree] of Object.entries(TREES))
      installCatalog(language as keyof typeof TREES, tree);
  });

  for (const [language, tree] of Object.entries(TREES)) {
    const lang = language as keyof typeof TREES;
    it(`${language}: every key reads the same from the tree, the flat record and the flattened catalog`, () => {
      installCatalog(lang, tree);
      const flat = catalogRecord(lang); // flattens (the reference answer)
      expect(Object.keys(flat).length).toBeGreaterThan(500);
      installCatalog(lang, tree); // fresh, not yet flattened: messageOf walks the tree
      for (const [key, text] of Object.entries(flat)) expect(messageOf(lang, key), key).toBe(text);
      installCatalog(lang, flat); // the form a content script receives
      for (const [key, text] of Object.entries(flat)) expect(messageOf(lang, key), key).toBe(text);
    });
  }

  it('a key that is not there, or a section rather than a message, is undefined', () => {
    installCatalog('fr', fr);
    const section = Object.keys(fr)[0] as string;
    expect(messageOf('fr', section)).toBeUndefined();
    expect(messageOf('fr', 'no.such.key')).toBeUndefined();
  });
});
