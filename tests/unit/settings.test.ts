import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/settings/schema';

describe('settings read from storage', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, replaced: [] });
  });

  it('keeps valid fields and replaces only the invalid ones, field by field', () => {
    const { settings, replaced } = parseSettings({
      buyerTier: 'enterprise',
      reminderLeadHours: ['soon'],
      exchangeRates: [{ from: 'EUR', to: 'USD', rate: 1.08, date: '2026-11-01' }],
      deadlinePreset: 'nonsense',
    });
    expect(settings.buyerTier).toBe('enterprise');
    expect(settings.exchangeRates).toHaveLength(1);
    expect(settings.reminderLeadHours).toEqual([168, 72, 24, 12]);
    expect(settings.deadlinePreset).toBe('seeds');
    expect(replaced.sort()).toEqual(['deadlinePreset', 'reminderLeadHours']);
  });

  it('survives a stored value that is not an object at all', () => {
    expect(parseSettings('corrupted').settings).toEqual(DEFAULT_SETTINGS);
  });
});
