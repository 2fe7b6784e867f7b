import { useEffect } from 'react';
import '../../lib/zod-jitless';
import '../../components/surface.css';
import { useT } from '../../components/i18n/I18n';
import { mountInLanguage } from '../../components/i18n/mount';
import { PolicyText } from '../../components/privacy/PolicyText';
import { policyMarkdown } from '../../components/privacy/policy-markdown';

/** The policy ships inside the extension (no network), in the language the buyer chose. */
function PrivacyPage() {
  const t = useT();
  useEffect(() => {
    document.title = `${t.t('privacy.title')} · TradeGuard`;
  }, [t]);
  return (
    <main className="tg-surface tg-document">
      <PolicyText markdown={policyMarkdown(t)} />
    </main>
  );
}

void mountInLanguage(<PrivacyPage />);
