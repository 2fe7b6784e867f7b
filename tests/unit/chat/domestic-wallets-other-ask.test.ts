import { describe, expect, it } from 'vitest';
import { runScanChat } from '../../../lib/cli/scan-chat';

/** A shop's wallets kept for buyers at home are set aside; any other way to pay in the same message is not. */
function rules(text: string): string[] {
  return runScanChat(JSON.stringify([{ from: 'supplier', text }])).messages.flatMap((m) =>
    m.findings.map((f) => f.rule),
  );
}

describe('the domestic-only wallets exemption covers only the wallets it sets aside', () => {
  it.each([
    'Only for domestic customers: pay by Western Union to our boss Zhang Wei, other buyers pay on the Alibaba order',
    'Our Alipay is only for domestic customers, other buyers can skip the Alibaba order and pay by Western Union to Zhang Wei.',
    '我們的支付寶收款碼只限國內客戶使用，海外買家請直接在阿里巴巴國際站下單付款，或者微信轉帳給我也可以',
    // Own variants: a second ask in the next sentence, an "or" to a wallet the limit did not name.
    'Our PayPal is only for local customers, international buyers please order on Alibaba. Or use Western Union to my wife.',
    'Alipay is only for domestic customers. Overseas buyers please pay on the Alibaba order, or PayPal me',
    '我们的支付宝只限国内客户使用，海外买家请在阿里巴巴国际站下单付款，或直接转账到我的微信',
  ])('flags: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));

  it.each([
    'Our WeChat Pay and Alipay codes are for customers in China only, overseas buyers please pay through the Alibaba order',
    '我們的微信支付、支付寶收款碼只限國內客戶使用，海外買家請直接在阿里巴巴國際站下單付款',
    'Bizum solo para clientes nacionales; clientes internacionales, por favor paguen en la plataforma',
    '我们的支付宝只限国内客户使用，海外买家请在阿里巴巴国际站下单付款',
  ])('does not flag the honest notice: %s', (text) =>
    expect(rules(text)).not.toContain('offplatform-payment'),
  );
});
