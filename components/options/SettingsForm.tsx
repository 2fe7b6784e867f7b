import { useState } from 'react';
import { formatLeadTimes, parseLeadTimes } from '../../lib/settings/lead-times';
import { type ExchangeRate, ExchangeRateSchema, type Settings } from '../../lib/settings/schema';

export interface SettingsFormProps {
  initial: Settings;
  onSave: (settings: Settings) => void;
}

/** Buyer tier, deadline policy, reminder lead times and the exchange rates the buyer trusts. */
export function SettingsForm({ initial, onSave }: SettingsFormProps) {
  const [settings, setSettings] = useState(initial);
  const [leadText, setLeadText] = useState(formatLeadTimes(initial.reminderLeadHours));
  const [rateDraft, setRateDraft] = useState({ from: 'EUR', to: 'USD', rate: '', date: '' });
  const [error, setError] = useState('');
  const patch = (p: Partial<Settings>) => setSettings({ ...settings, ...p });

  function addRate() {
    const parsed = ExchangeRateSchema.safeParse({ ...rateDraft, rate: Number(rateDraft.rate) });
    if (!parsed.success)
      return setError('A rate needs two 3-letter currency codes, a positive rate and a date.');
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
    if (!hours || hours.length === 0) return setError('Lead times look like "7d, 3d, 1d, 12h".');
    setError('');
    onSave({ ...settings, reminderLeadHours: hours });
  }

  return (
    <form onSubmit={submit} data-testid="settings-form">
      <fieldset className="tg-field">
        <span>Your Alibaba.com buyer membership</span>
        {(['standard', 'enterprise'] as const).map((tier) => (
          <label key={tier}>
            <input
              type="radio"
              name="tier"
              checked={settings.buyerTier === tier}
              onChange={() => patch({ buyerTier: tier })}
            />{' '}
            {tier === 'standard'
              ? 'Standard (claim within 30 days of delivery)'
              : 'Enterprise / Enterprise Pro (60 days)'}
          </label>
        ))}
      </fieldset>
      <label className="tg-field">
        <span>Dispute timetable</span>
        <select
          value={settings.deadlinePreset}
          onChange={(e) => patch({ deadlinePreset: e.target.value as Settings['deadlinePreset'] })}
        >
          <option value="seeds">Trade Assurance guides (supplier answers within 5 days)</option>
          <option value="help-centre">
            Current Alibaba help centre (3-day negotiation, escalation from day 4, automatic on day 7)
          </option>
        </select>
      </label>
      <label className="tg-field">
        <span>Where your bank account is (Online Bank Payment limit)</span>
        <select
          value={settings.bankAccountCountry}
          onChange={(e) => patch({ bankAccountCountry: e.target.value as Settings['bankAccountCountry'] })}
        >
          <option value="US">United States (up to US$50,000 per payment)</option>
          <option value="other">Elsewhere (up to US$10,000 per payment)</option>
        </select>
      </label>
      <label className="tg-field">
        <span>Remind me before a deadline</span>
        <input
          value={leadText}
          onChange={(e) => setLeadText(e.target.value)}
          aria-label="Reminder lead times"
        />
      </label>
      <fieldset className="tg-field">
        <span>Exchange rates you trust (used only to compare amounts in different currencies)</span>
        <ul>
          {settings.exchangeRates.map((r: ExchangeRate) => (
            <li key={`${r.from}-${r.to}`}>
              1 {r.from} = {r.rate} {r.to} (taken {r.date}){' '}
              <button
                type="button"
                onClick={() => patch({ exchangeRates: settings.exchangeRates.filter((x) => x !== r) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <input
          aria-label="From currency"
          size={4}
          value={rateDraft.from}
          onChange={(e) => setRateDraft({ ...rateDraft, from: e.target.value.toUpperCase() })}
        />
        {' → '}
        <input
          aria-label="To currency"
          size={4}
          value={rateDraft.to}
          onChange={(e) => setRateDraft({ ...rateDraft, to: e.target.value.toUpperCase() })}
        />
        <input
          aria-label="Rate"
          size={8}
          placeholder="rate"
          value={rateDraft.rate}
          onChange={(e) => setRateDraft({ ...rateDraft, rate: e.target.value })}
        />
        <input
          aria-label="Rate date"
          type="date"
          value={rateDraft.date}
          onChange={(e) => setRateDraft({ ...rateDraft, date: e.target.value })}
        />
        <button type="button" onClick={addRate}>
          Add rate
        </button>
      </fieldset>
      {error && <p className="tg-error">{error}</p>}
      <button className="tg-button" type="submit">
        Save settings
      </button>
    </form>
  );
}
