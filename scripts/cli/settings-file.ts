import { readFileSync } from 'node:fs';
import { parseSettings, type Settings } from '../../lib/settings/schema';

/**
 * Optional settings for the command line (buyer tier, exchange rates…), from
 * the JSON file named by TRADEGUARD_SETTINGS; invalid fields fall back to the
 * defaults field by field, as in the extension.
 */
export function loadSettingsFile(): Settings {
  const path = process.env.TRADEGUARD_SETTINGS;
  if (!path) return parseSettings(undefined).settings;
  return parseSettings(JSON.parse(readFileSync(path, 'utf8'))).settings;
}
