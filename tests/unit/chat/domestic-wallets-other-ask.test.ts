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
    // The order's methods listed, then a payee: the "or" now offers an account.
    'Our Alipay is only for local customers, overseas buyers pay through the Alibaba order by card or T/T to my account',
    // Red team 34: anything after the list keeps the "or" an offer.
    'Our Alipay is only for local customers, overseas buyers pay through the Alibaba order by card or T/T straight to us.',
    'Our Alipay is only for local customers, overseas buyers pay through the Alibaba order by card or T/T (to my own account).',
    '我们的支付宝只限国内客户使用，海外买家请在阿里巴巴国际站下单付款，或直接转账到我的微信',
  ])('flags: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));

  it.each([
    'Our WeChat Pay and Alipay codes are for customers in China only, overseas buyers please pay through the Alibaba order',
    '我們的微信支付、支付寶收款碼只限國內客戶使用，海外買家請直接在阿里巴巴國際站下單付款',
    'Bizum solo para clientes nacionales; clientes internacionales, por favor paguen en la plataforma',
    // The "or" chooses between the order's own checkout methods, not another way to pay.
    'Our Alipay QR is for customers in China only, foreign buyers please pay on the Alibaba order by credit card or bank transfer',
    '我们的支付宝只限国内客户使用，海外买家请在阿里巴巴国际站下单付款',
  ])('does not flag the honest notice: %s', (text) =>
    expect(rules(text)).not.toContain('offplatform-payment'),
  );
});

describe("a purchase sent to the seller's own site 'there', in Indonesian", () => {
  it.each([
    'Kak, bisa lihat dulu website kami www.rumahlampu.co.id, pesan di sana harganya lebih miring',
    'Website kami www.lampuku.id. Pesan saja di sana.',
    'Web resmi kami lampuku.id ya, checkout di situ dapat diskon 10%',
  ])('flags: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));

  it.each([
    'Situs resmi kami ada katalog lengkap, tapi pesan tetap di Alibaba ya, bayar di sana aman',
    'Website kami sedang diperbaiki, silakan order di sini saja lewat Alibaba',
  ])('does not flag the platform kept: %s', (text) =>
    expect(rules(text)).not.toContain('offplatform-payment'),
  );
});
