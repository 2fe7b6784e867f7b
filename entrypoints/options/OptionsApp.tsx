import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { SettingsForm } from '../../components/options/SettingsForm';
import { useOptionsStore } from './store';

export function OptionsApp() {
  const { settings, replaced, saved, load, save } = useOptionsStore();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <main className="tg-surface">
      <h1 className="tg-title">TradeGuard settings</h1>
      {replaced.length > 0 && (
        <p className="tg-error" data-testid="settings-replaced">
          Some saved settings were unreadable and were reset to their defaults: {replaced.join(', ')}.
        </p>
      )}
      <SettingsForm key={JSON.stringify(settings)} initial={settings} onSave={save} />
      {saved === 'saved' && <p className="tg-ok">Saved.</p>}
      {saved === 'error' && (
        <p className="tg-error">Could not save the settings: storage refused the write.</p>
      )}
      <footer className="tg-muted">
        Everything TradeGuard keeps stays on this computer.{' '}
        <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noopener">
          Privacy policy
        </a>
      </footer>
    </main>
  );
}
