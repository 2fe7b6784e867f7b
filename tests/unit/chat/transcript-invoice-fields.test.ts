import { describe, expect, it } from 'vitest';
import { runScanChat } from '../../../lib/cli/scan-chat';

/**
 * Several side words of other languages are also invoice fields ("Pembeli: PT Maju Jaya"). Inside a seller's pasted
 * invoice they must not open a buyer's turn, or the request below them is never scanned.
 */
function turns(input: string): [string, string[]][] {
  return runScanChat(input).messages.map((m) => [m.from, m.findings.map((f) => f.rule)]);
}
function allRules(input: string): string[] {
  return turns(input).flatMap(([, rules]) => rules);
}

describe('an invoice field named like a buyer stays in the seller turn', () => {
  it.each([
    'Supplier: Proforma invoice PI-2231\nPembeli: PT Maju Jaya\nPlease pay the deposit by Western Union to Zhang Wei, not through Alibaba.',
    'Supplier: Here is the PI\nKhách hàng: Công ty ABC\nPay the balance to our new account 6222021234567890 directly, skip the Alibaba order',
    'Supplier: PI details\nKlant: Jansen BV\nAcquirente: Rossi Srl\nPlease pay via Western Union to Zhang Wei, skip the Alibaba order',
    'Supplier: Invoice\n客戶: ABC Ltd\n請直接匯款到我的私人帳戶 6222021234567890，不用走阿里巴巴',
    'Supplier: order info\nKlient: Jan Kowalski\npay via western union to Zhang Wei, no need alibaba',
    '[Supplier] PI details\n[Klient] Jan Kowalski\npay via western union to Zhang Wei, no need alibaba',
    'Supplier: PI\nลูกค้า: บริษัท ABC\nโอนเข้าบัญชีของฉัน 1234567890 ได้เลย ไม่ต้องสั่งผ่านแอป',
    // Own variants: a seller side word of another language, and a buyer field with no seller line at all.
    'Seller: Faktura proforma 88\nKupujący: Firma Nowak\nWpłata na konto prywatne, Western Union do Li Ming, bez Alibaby',
    'Pelanggan: CV Sinar Abadi\nPlease wire the deposit by Western Union to Chen Hua, skip the Alibaba order.',
    'Penjual: invoice PI-77\nKlient: Anna Nowak\nPay by Western Union to Zhang Wei, skip the Alibaba order.',
  ])('flags the request under the field: %s', (input) => {
    expect(allRules(input)).toContain('offplatform-payment');
    expect(turns(input).every(([from]) => from !== 'buyer')).toBe(true);
  });

  it.each([
    // Red team 33b: one language on both sides, and English side words used as invoice fields.
    'Penjual: Halo kak, ini proforma invoice\nPembeli: PT Maju Jaya\nSilakan transfer DP ke BCA 1234567890 a.n. Budi, tidak usah lewat Alibaba.\nPembeli: ok kak',
    '[Penjual] Proforma invoice\n[Pelanggan] PT Maju Jaya\nTransfer DP ke BCA 1234567890 a.n. Budi, tidak usah lewat Alibaba.',
    'Supplier: Proforma invoice PI-2231\nBuyer: ABC Trading Co.\nPlease pay the deposit by Western Union to Zhang Wei, not through Alibaba.',
    'Supplier: Proforma invoice PI-2231\nCustomer: ABC Trading Co.\nPlease pay the deposit by Western Union to Zhang Wei, not through Alibaba.',
  ])('flags the request under a field in a one-language or English chat: %s', (input) => {
    expect(turns(input)[0]).toEqual(['supplier', ['offplatform-payment']]);
  });

  it("keeps a buyer's question the buyer's when the seller is named in English", () => {
    expect(
      turns(
        'Supplier: Halo kak, stok ready\nPembeli: bisa bayar pakai DANA ke 081234567890 kak? atau transfer BCA aja?\nSupplier: Bayar lewat Alibaba saja ya kak',
      ),
    ).toEqual([
      ['supplier', []],
      ['buyer', []],
      ['supplier', []],
    ]);
    // A greeting is no field, even under an invoice.
    expect(turns('Supplier: here is the invoice\nMe: Hi Lily\ncan I pay by PayPal?')).toEqual([
      ['supplier', []],
      ['buyer', []],
    ]);
  });

  it('keeps a chat whose both sides are named in Indonesian', () => {
    expect(
      turns(
        '[Pembeli] Kak, bisa bayar lewat DANA?\n[Penjual] Maaf kak, bayar hanya lewat checkout AliExpress saja',
      ),
    ).toEqual([
      ['buyer', []],
      ['supplier', []],
    ]);
  });
  it('keeps a Polish chat with both sides named', () => {
    expect(
      turns(
        'Klient: Czy mogę zapłacić przez Western Union?\nSprzedawca: Nie, proszę płacić tylko w zamówieniu na Alibaba.',
      ).map(([from]) => from),
    ).toEqual(['buyer', 'supplier']);
  });
  it('keeps a buyer line stamped with a time', () => {
    expect(turns('Supplier: hello\n[Pembeli 10:32] bisa bayar lewat DANA?').map(([from]) => from)).toEqual([
      'supplier',
      'buyer',
    ]);
  });
});
