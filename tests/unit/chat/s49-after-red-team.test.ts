import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 49, after the red team: a Greek clause's own "μην" / "δεν" is read as a refusal (Greek letters sit below the
 * Cyrillic range the guard used to start from); the Hungarian platform fee with its possessive ending ("díja") and the
 * Swahili "to avoid" (kuepuka) before the platform's fee are the reason to pay elsewhere, not an anchor; a wallet that
 * "works through the case" of a card holder in German or Dutch is a feature. Our own wording.
 */
const rules = (text: string) => scanMessage({ from: 'supplier', text }).map((f) => f.rule);

describe('Greek refusals', () => {
  it.each([
    'Μην στέλνετε ποτέ χρήματα εκτός πλατφόρμας, μόνο μέσω της παραγγελίας.',
    'Μην πληρώνετε σε προσωπικό λογαριασμό κανενός.',
    'Δεν δεχόμαστε πληρωμές σε ιδιωτικό λογαριασμό.',
  ])('leaves the warning %s clear', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('still flags a Greek request for the personal account', () => {
    expect(
      rules('Στείλτε τα χρήματα απευθείας στον προσωπικό μου λογαριασμό, δεν χρειάζεται Alibaba.'),
    ).toContain('offplatform-payment');
  });
});

describe("the platform's fee as the reason to pay elsewhere", () => {
  it.each([
    'Az Alibaba díja túl magas, utalja közvetlenül a bankszámlánkra.',
    'Weka pesa kwenye akaunti yangu binafsi ili kuepuka ada ya Alibaba.',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });
  it('leaves a Hungarian fee remark that then pays on the order clear', () => {
    expect(rules('Az Alibaba díja magas, de kérjük, fizessen az Alibaba rendelésen keresztül.')).toEqual([]);
  });
});

describe('a wallet that keeps working beside a card holder', () => {
  it.each([
    'Kartenetui aus Aluminium mit RFID-Schutz, Apple Pay funktioniert durch das Etui.',
    'Pasjeshouder met RFID-bescherming, Google Pay werkt gewoon door de hoes.',
  ])('leaves %s clear', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
