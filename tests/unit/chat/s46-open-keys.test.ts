import '../../../lib/i18n/bundled-catalogs';
import { afterEach, describe, expect, it } from 'vitest';
import { gateSwitch, patternProfile } from '../../../lib/chat/match';
import { OFFPLATFORM_PAYMENT_PATTERNS } from '../../../lib/chat/patterns/offplatform-payment';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 46 (speed): a pattern is opened by the rarest word it needs (open-keys.ts) — its gate, its second gate or the
 * literals its hits need — instead of by its gate alone, and the look-alike address is looked for only where the
 * platform's name sits inside a host. Only the work changes: what is flagged stays what it was with the gates off.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))].sort();
}
const PAY = 'offplatform-payment';

/** How many of the payment list's patterns matching `pick` the scan opened for `text`. */
function opened(text: string, pick: (source: string) => boolean): number {
  patternProfile.lists.clear();
  patternProfile.now = () => 0; // counts only: no clock is read
  try {
    scanMessage({ from: 'supplier', text: `${text} ${Math.random()}` });
  } finally {
    patternProfile.now = null;
  }
  const t = patternProfile.lists.get(OFFPLATFORM_PAYMENT_PATTERNS);
  let n = 0;
  OFFPLATFORM_PAYMENT_PATTERNS.forEach((p, i) => {
    if (pick(p.re.source) && t) n += t.opened[i]!;
  });
  patternProfile.lists.clear();
  return n;
}
const THAI = (source: string) => /[\u0e00-\u0e7f]/.test(source);
const RELATED_COMPANY_PT = (source: string) => source.includes('coligada');

afterEach(() => {
  gateSwitch.enabled = true;
});

describe('a pattern is not opened on a message that lacks its rarer words', () => {
  it('a Thai pattern stays shut on Latin text', () => {
    expect(opened('No need to create an order, just send the amount to me and I ship today.', THAI)).toBe(0);
    expect(opened('Sin pedido, mándame el dinero directo y lo envío hoy.', THAI)).toBe(0);
  });
  it('a Portuguese related-company pattern stays shut on a common word ("a") alone', () => {
    expect(opened('We have a sample ready and a price list for you.', RELATED_COMPANY_PT)).toBe(0);
    expect(
      opened('Pague na conta da nossa filial em Hong Kong, por favor.', RELATED_COMPANY_PT),
    ).toBeGreaterThan(0);
  });
});

describe('what is flagged is what the gates-off scan flags', () => {
  it.each([
    // a dispute traded for a promise (a pattern with no gate of its own)
    ['Kindly withdraw your claim today and we refund you by bank transfer this week.', true],
    ['Please cancel your dispute now and we refund you by bank transfer within two days.', true],
    ['If the goods never arrive, open a dispute and the platform refunds you.', false],
    // a related company's account, in Portuguese
    ['Pague na conta da nossa filial em Hong Kong, por favor.', true],
    ['Faça a transferência para a empresa coligada, os dados seguem abaixo.', true],
    ['A nossa filial em Hong Kong cuida do envio das amostras.', false],
    // a look-alike of the platform's address
    ['The trade assurance page is down, pay here instead: alibaba-securepay.top/checkout', true],
    ['Pagamento rápido no site aliexpress-pagamentos.shop/pedido, é o mesmo sistema.', true],
    ['Pay through the alibaba.com order page as usual, Trade Assurance covers it.', false],
    ['The Alibaba secure checkout is the only way we accept payment.', false],
  ])('%s', (text, flagged) => {
    const on = rules(text);
    gateSwitch.enabled = false;
    const off = rules(text);
    gateSwitch.enabled = true;
    expect(on).toEqual(off);
    expect(on.includes(PAY)).toBe(flagged);
  });
});
