import { useState } from 'react';
import { LANGUAGE_NAME, LANGUAGE_SETTINGS, type LanguageSetting } from '../../lib/i18n/languages';
import { formatLeadTimes, parseLeadTimes } from '../../lib/settings/lead-times';
import { type ExchangeRate, ExchangeRateSchema, type Settings } from '../../lib/settings/schema';
import { useT } from '../i18n/I18n';

export interface SettingsFormProps {
  initial: Settings;
  onSave: (settings: Settings) => void;
}

/** Buyer tier, deadline policy, reminder lead times and the exchange rates the buyer trusts. */
export function SettingsForm({ initial, onSave }: SettingsFormProps) {
  const t = useT();
  const [settings, setSettings] = useState(initial);
  const [leadText, setLeadText] = useState(formatLeadTimes(initial.reminderLeadHours));
  const [rateDraft, setRateDraft] = useState({ from: 'EUR', to: 'USD', rate: '', date: '' });
  const [error, setError] = useState('');
  const patch = (p: Partial<Settings>) => setSettings({ ...settings, ...p });

  function addRate() {
    const parsed = ExchangeRateSchema.safeParse({ ...rateDraft, rate: Number(rateDraft.rate) });
    if (!parsed.success) return setError(t.t('options.rateError'));
    setError('');
    patch({
      exchangeRates: [
        ...settings.exchangeRates.filter((r) => !(r.from === parsed.data.from && r.to === parsed.data.to)),
        parsed.data,
      ],
    });
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const hours = parseLeadTimes(leadText);
    if (!hours || hours.length === 0) return setError(t.t('options.leadError'));
    setError('');
    onSave({ ...settings, reminderLeadHours: hours });
  }

  return (
    <form onSubmit={submit} data-testid="settings-form">
      <label className="tg-field">
        <span>{t.t('options.language')}</span>
        <select
          value={settings.language}
          data-testid="settings-language"
          onChange={(e) => patch({ language: e.target.value as LanguageSetting })}
        >
          {LANGUAGE_SETTINGS.map((l) => (
            <option key={l} value={l} lang={l === 'auto' ? undefined : l}>
              {l === 'auto' ? t.t('options.languageAuto') : LANGUAGE_NAME[l]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="tg-field">
        <legend>{t.t('options.membership')}</legend>
        {(['standard', 'enterprise'] as const).map((tier) => (
          <label key={tier}>
            <input
              type="radio"
              name="tier"
              checked={settings.buyerTier === tier}
              onChange={() => patch({ buyerTier: tier })}
            />{' '}
            {tier === 'standard' ? t.t('options.standard') : t.t('options.enterprise')}
          </label>
        ))}
      </fieldset>
      <label className="tg-field">
        <span>{t.t('options.timetable')}</span>
        <select
          value={settings.deadlinePreset}
          onChange={(e) => patch({ deadlinePreset: e.target.value as Settings['deadlinePreset'] })}
        >
          <option value="seeds">{t.t('options.seeds')}</option>
          <option value="help-centre">{t.t('options.helpCentre')}</option>
        </select>
      </label>
      <label className="tg-field">
        <span>{t.t('options.bankCountry')}</span>
        <select
          value={settings.bankAccountCountry}
          onChange={(e) => patch({ bankAccountCountry: e.target.value as Settings['bankAccountCountry'] })}
        >
          <option value="US">
            {t.t('options.bankUS', { limit: t.money({ minor: 5_000_000, currency: 'USD' }) })}
          </option>
          <option value="other">
            {t.t('options.bankOther', { limit: t.money({ minor: 1_000_000, currency: 'USD' }) })}
          </option>
        </select>
      </label>
      <label className="tg-field">
        <span>{t.t('options.remind')}</span>
        <input
          value={leadText}
          onChange={(e) => setLeadText(e.target.value)}
          aria-label={t.t('options.leadTimes')}
        />
      </label>
      <fieldset className="tg-field">
        <legend>{t.t('options.rates')}</legend>
        <ul>
          {settings.exchangeRates.map((r: ExchangeRate) => (
            <li key={`${r.from}-${r.to}`}>
              {t.t('options.rateLine', {
                from: r.from,
                rate: String(r.rate),
                to: r.to,
                date: { day: r.date },
              })}{' '}
              <button
                type="button"
                aria-label={t.t('options.removeRate', { from: r.from, rate: String(r.rate), to: r.to })}
                onClick={() => patch({ exchangeRates: settings.exchangeRates.filter((x) => x !== r) })}
              >
                {t.t('options.remove')}
              </button>
            </li>
          ))}
        </ul>
        <input
          aria-label={t.t('options.fromCurrency')}
          size={4}
          value={rateDraft.from}
          onChange={(e) => setRateDraft({ ...rateDraft, from: e.target.value.toUpperCase() })}
        />
        {' → '}
        <input
          aria-label={t.t('options.toCurrency')}
          size={4}
          value={rateDraft.to}
          onChange={(e) => setRateDraft({ ...rateDraft, to: e.target.value.toUpperCase() })}
        />
        <input
          aria-label={t.t('options.rate')}
          size={8}
          placeholder={t.t('options.ratePlaceholder')}
          value={rateDraft.rate}
          onChange={(e) => setRateDraft({ ...rateDraft, rate: e.target.value })}
        />
        <input
          aria-label={t.t('options.rateDate')}
          type="date"
          value={rateDraft.date}
          onChange={(e) => setRateDraft({ ...rateDraft, date: e.target.value })}
        />
        <button type="button" onClick={addRate}>
          {t.t('options.addRate')}
        </button>
      </fieldset>
      {error && (
        <p className="tg-error" role="alert">
          {error}
        </p>
      )}
      <button className="tg-button" type="submit">
        {t.t('options.save')}
      </button>
    </form>
  );
}
