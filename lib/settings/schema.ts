import { z } from 'zod';
import { LANGUAGE_SETTINGS } from '../i18n/languages';

/**
 * The buyer's settings. Read from storage through `parseSettings`, which keeps
 * every valid field and falls back to the default field by field, so one bad
 * value (an old version, a hand edit) never resets the rest.
 */
export const ExchangeRateSchema = z.object({
  /** 1 unit of `from` = `rate` units of `to`. */
  from: z.string().regex(/^[A-Z]{3}$/),
  to: z.string().regex(/^[A-Z]{3}$/),
  rate: z.number().positive().finite(),
  /** The day the buyer took the rate (YYYY-MM-DD): shown beside every comparison that uses it. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type ExchangeRate = z.infer<typeof ExchangeRateSchema>;

export const BuyerTierSchema = z.enum(['standard', 'enterprise']);
export const DeadlinePresetSchema = z.enum(['seeds', 'help-centre']);

const FIELDS = {
  buyerTier: BuyerTierSchema,
  /** Hours before a binding deadline at which to remind: default 7 d, 3 d, 1 d, 12 h. */
  reminderLeadHours: z
    .array(
      z
        .number()
        .int()
        .positive()
        .max(24 * 365),
    )
    .max(10),
  deadlinePreset: DeadlinePresetSchema,
  /** Online Bank Payment's limit depends on where the buyer's account is (US: $50,000; others: $10,000). */
  bankAccountCountry: z.enum(['US', 'other']),
  exchangeRates: z.array(ExchangeRateSchema).max(50),
  /** The interface language: 'auto' follows the browser (its _locales), otherwise the buyer's choice. */
  language: z.enum(LANGUAGE_SETTINGS),
} as const;

export const SettingsSchema = z.object(FIELDS);
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  buyerTier: 'standard',
  reminderLeadHours: [168, 72, 24, 12],
  deadlinePreset: 'seeds',
  bankAccountCountry: 'other',
  exchangeRates: [],
  language: 'auto',
};

export interface ParsedSettings {
  settings: Settings;
  /** Names of stored fields that were invalid and replaced by their default. */
  replaced: (keyof Settings)[];
}

export function parseSettings(raw: unknown): ParsedSettings {
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  const replaced: (keyof Settings)[] = [];
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    if (!(key in source)) continue;
    const parsed = FIELDS[key].safeParse(source[key]);
    if (parsed.success) settings[key] = parsed.data;
    else replaced.push(key);
  }
  return { settings: settings as Settings, replaced };
}
