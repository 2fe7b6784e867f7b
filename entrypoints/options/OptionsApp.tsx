import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { useT } from '../../components/i18n/I18n';
import { SettingsForm } from '../../components/options/SettingsForm';
import { useOptionsStore } from './store';

export function OptionsApp() {
  const { settings, replaced, saved, load, save } = useOptionsStore();
  const t = useT();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <main className="tg-surface">
      <h1 className="tg-title">{t.t('options.title')}</h1>
      {replaced.length > 0 && (
        <p className="tg-error" data-testid="settings-replaced">
          {t.t('options.replaced', { fields: replaced.join(', ') })}
        </p>
      )}
      <SettingsForm key={JSON.stringify(settings)} initial={settings} onSave={save} />
      <p role="status" aria-live="polite">
        {saved === 'saved' && <span className="tg-ok">{t.t('options.saved')}</span>}
        {saved === 'error' && <span className="tg-error">{t.t('options.saveError')}</span>}
      </p>
      <footer className="tg-muted">
        {t.t('options.local')}{' '}
        <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noopener">
          {t.t('options.privacy')}
        </a>
      </footer>
    </main>
  );
}
