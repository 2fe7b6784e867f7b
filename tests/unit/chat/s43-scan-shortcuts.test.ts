import { describe, expect, it } from 'vitest';
import { analyseMessage } from '../../../lib/chat/analyse';
import { gateInfo, gateWordsFound } from '../../../lib/chat/gate-index';
import { gateSwitch } from '../../../lib/chat/match';
import { normalise } from '../../../lib/chat/normalise';
import { textContext } from '../../../lib/chat/text-context';

/**
 * Issue 14 (scan speed): two shortcuts that must never change a verdict. A pattern's required literals are looked up
 * in the gate walk instead of searched for one by one (match.ts), and the brand-as-description guard skips each of
 * its readings when the message holds none of that reading's words (guards.ts, literal-prefilter.ts).
 */
const rules = (text: string) => analyseMessage({ from: 'supplier', text }, {}).map((f) => f.rule);
const findings = (text: string) => JSON.stringify(analyseMessage({ from: 'supplier', text }, {}));

describe('literals found by the gate walk', () => {
  it('answers as a substring search would: inside a longer word, in another sentence, in another script', () => {
    const cases: [string, string][] = [
      ['refund', 'the refunded amount shows tomorrow'],
      ['pay', 'the repayment plan. nothing else'],
      ['konto', 'bitte auf das firmenkonto'],
      ['账户', '请转到我的新账户'],
      ['iban', 'the cartons leave on friday'],
      ['wallet', 'a leather card holder'],
    ];
    for (const [literal, text] of cases) {
      const norm = normalise(text);
      const info = gateInfo(new RegExp(literal));
      expect(gateWordsFound(info, norm.text, textContext(norm))).toBe(norm.text.includes(literal));
    }
  });

  it('keeps the requests it used to find, and lets a word that only holds a literal pass', () => {
    expect(rules('Please transfer the deposit outside Alibaba, to my personal account.')).toContain(
      'offplatform-payment',
    );
    expect(rules('Paga por fuera de Alibaba, a mi cuenta personal.')).toContain('offplatform-payment');
    expect(rules('Our repayment terms are listed in the contract annex.')).toEqual([]);
    expect(rules('We prepay the freight; you settle it later in the Alibaba order.')).toEqual([]);
  });
});

describe('brand as a description, read only where its words are', () => {
  const described = [
    'This smart band has a 1.5 inch display and shows Telegram and WhatsApp notifications, 250mAh battery.',
    'A pulseira mostra notificações do WhatsApp, tela de 1,5 polegadas.',
    'Our card terminal accepts Alipay and WeChat Pay, 80 mm receipt printer, 4G.',
    'La terminal acepta WeChat Pay y Alipay, impresora de 80 mm.',
    'Earbuds with a microphone for WhatsApp and Skype calls, minimum order 200 pcs.',
    'Cascos con micrófono para llamadas de WhatsApp, pedido mínimo 200 unidades.',
    'The gift box comes printed with a logo in PayPal blue.',
    'Acrylic table stand 10x20 cm for Zelle / Venmo QR codes, custom logo printed.',
  ];
  const asked = [
    'Smart band with a 1.5 inch display and WhatsApp notifications, add my WhatsApp +86 139 0012 7000 for prices.',
    'The terminal accepts Alipay; kindly pay the balance by Alipay to my account.',
    'For voice calls, write to me on WhatsApp +86 139 0012 7000.',
    'Kindly pay me by PayPal friends and family.',
    'Send the balance by Zelle to my number 415 555 0199.',
  ];

  it('still drops a brand that describes goods (en, pt, es)', () => {
    for (const text of described) expect(rules(text), text).toEqual([]);
  });

  it('still flags the same brands named as the way to pay or to talk', () => {
    for (const text of asked) expect(rules(text).length, text).toBeGreaterThan(0);
  });

  it('gives the same findings with the patterns’ gates and literals off', () => {
    const withShortcuts = [...described, ...asked].map(findings);
    gateSwitch.enabled = false;
    try {
      expect([...described, ...asked].map(findings)).toEqual(withShortcuts);
    } finally {
      gateSwitch.enabled = true;
    }
  });
});
