import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 47: the Romanian and Bulgarian asks for the buyer's number read "the number" alone as a phone number; the
 * number of boxes or of a model is an order detail, not a contact ask. A phone named, or the number alone, still is.
 */
const contactFlagged = (text: string) =>
  scanMessage({ from: 'supplier', text }).some((f) => f.rule === 'offplatform-contact');

describe('"send me the number of …"', () => {
  it.each([
    'Trimiteți-mi numărul de bucăți pentru fiecare culoare, vă rog.',
    'Îmi puteți trimite numărul de cutii până mâine?',
    'Изпратете ми номера на артикула и количеството.',
  ])('no contact ask: %s', (text) => {
    expect(contactFlagged(text)).toBe(false);
  });
  it.each([
    'Trimiteți-mi numărul de mobil, vă sun eu diseară.',
    'Îmi puteți da numărul? Vorbim mai ușor.',
    'Пратете ми номера на телефона си, ще ви звънна.',
  ])('contact ask: %s', (text) => {
    expect(contactFlagged(text)).toBe(true);
  });
});
