import type { Translator } from '../../lib/i18n/translate';

/**
 * The privacy policy in the buyer's language, as Markdown. The English
 * sections are PRIVACY.md itself, split at its "##" headings (a unit test
 * holds them equal), so the repository's policy and the one the extension
 * shows cannot drift apart.
 */
export function policyMarkdown(t: Translator): string {
  return [
    `# ${t.t('privacy.title')}`,
    t.t('privacy.intro'),
    t.t('privacy.stores'),
    t.t('privacy.where'),
    t.t('privacy.howLong'),
    t.t('privacy.delete'),
    t.t('privacy.share'),
    t.t('privacy.permissions'),
  ].join('\n\n');
}
