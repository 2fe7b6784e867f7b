import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../lib/chat/normalise';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 43: Khmer keeps its vowel signs once normalised, so "don't" (កុំ) and "not" (មិន) before the paying verb
 * are read, and a warning against paying an agent is no longer flagged as a request to pay one.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';

describe('Khmer: told not to pay an agent or a personal account', () => {
  it.each([
    'សូមបង់ប្រាក់តាមការបញ្ជាទិញ កុំផ្ទេរទៅភ្នាក់ងារណាម្នាក់',
    'កុំផ្ញើលុយទៅគណនីផ្ទាល់ខ្លួនរបស់អ្នកលក់',
    'យើងមិនបង់ប្រាក់តាមភ្នាក់ងារទេ ទាំងអស់នៅក្នុង Alibaba',
    'ហាមផ្ទេរប្រាក់ទៅគណនីបុគ្គល',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });

  it.each([
    'ផ្ទេរលុយទៅភ្នាក់ងាររបស់យើងនៅភ្នំពេញ ដើម្បីបានតម្លៃពិសេស',
    'សូមផ្ញើប្រាក់ទៅគណនីផ្ទាល់ខ្លួនរបស់បងស្រីខ្ញុំ',
    'ភ្នាក់ងាររបស់យើងនឹងទទួល សូមបង់លុយគាត់ផ្ទាល់',
    'ផ្ទេរប្រាក់ទៅគណនីផ្ទាល់ខ្លួនរបស់អ្នកលក់ ដើម្បីចុះថ្លៃបន្ថែម',
    'ភ្នាក់ងាររបស់យើងមិនយកកាតទេ សូមផ្ទេរលុយឱ្យគាត់តាម ABA',
    'ភ្នាក់ងារយើងមិនធ្វើការលើអាលីបាបាទេ សូមបង់ប្រាក់ឱ្យគាត់ផ្ទាល់',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it('keeps the Khmer vowel signs in the matched text', () => {
    expect(normalise('កុំ').text).toBe('កុំ');
  });
});
