import { english, type Translator } from '../../../lib/i18n/translate';

/**
 * The side panel's translator, for the vault and dispute stores: their job
 * messages are written outside React, when a job ends. The vault tab keeps it
 * current (it follows a language change in the options).
 */
let current: Translator = english;

export const vaultT = (): Translator => current;
export function setVaultTranslator(t: Translator): void {
  current = t;
}
