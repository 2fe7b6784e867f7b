import type { Msg } from '../../lib/i18n/msg';
import { useT } from '../i18n/I18n';

/**
 * A sentence of the draft in English (what the platform reads, what is pasted) and, for a buyer who reads
 * another language, the same catalog message in theirs beneath it, labelled as theirs to read, not to paste.
 * Both come from one message (lib/dispute), so they cannot say different things.
 */
export function Yours({ english, m }: { english: string; m?: Msg | undefined }) {
  const t = useT();
  if (t.language === 'en' || !m) return <span lang="en">{english}</span>;
  return (
    <>
      <span lang="en">{english}</span>
      <span className="tg-dispute__yours" lang={t.language} data-testid="draft-yours">
        <span className="tg-dispute__yours-label">{t.t('disputeText.ui.yours')}</span> {t.render(m)}
      </span>
    </>
  );
}
