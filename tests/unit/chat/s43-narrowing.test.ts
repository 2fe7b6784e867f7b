import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { analyseMessage } from '../../../lib/chat/analyse';

/** Red team, stop 43: readings narrowed to what makes them a request, each with a scam that stays flagged. */
const rules = (text: string) => analyseMessage({ from: 'supplier', text }, {}).map((f) => f.rule);

describe('stop 43 narrowing', () => {
  it('an invented certificate is a fee only when a payment is demanded, not when the platform is the route', () => {
    expect(
      rules('Our factory has an AML certificate of its own. Payment via Trade Assurance, like always.'),
    ).toEqual([]);
    expect(rules('Diplomatic delivery to the consulate needs 45 days; payment by Alibaba as usual.')).toEqual(
      [],
    );
    expect(
      rules('The diplomatic agent holding your box needs a clearance fee of 600 USD, pay it now.'),
    ).toContain('offplatform-payment');
  });

  it('a cash shop is a payment only when paying is said beside it', () => {
    expect(
      rules('Su paquete espera en el OXXO de su colonia para recogerlo; ya pagó todo en AliExpress.'),
    ).toEqual([]);
    expect(rules('Deposite el resto en OXXO con esta ficha y mándeme el comprobante.')).toContain(
      'offplatform-payment',
    );
  });

  it('a Thai dealer account is no agent account', () => {
    expect(rules('ชำระเงินในคำสั่งซื้อ แล้วเราจะสร้างบัญชีตัวแทนจำหน่ายให้ท่าน')).toEqual([]);
  });

  it('an Indonesian refund by the platform is the platform refunding', () => {
    expect(rules('Tak perlu buka komplain, pengembalian dana diproses oleh AliExpress.')).toEqual([]);
    expect(rules('Tidak usah buka komplain, pengembalian dana lewat sistem pesanan ya.')).toEqual([]);
    expect(rules('Jangan buka komplain, saya kembalikan uangnya langsung ke DANA kakak.')).toContain(
      'offplatform-payment',
    );
  });

  it('a Japanese refusal at the sentence end covers the sending', () => {
    expect(rules('口座情報をメールでお送りすることは、弊社では決してありません。')).toEqual([]);
    expect(rules('口座情報はメールでお送りします。')).toContain('offplatform-payment');
  });

  it("a tracking or service line after the carrier's sentence is the carrier's", () => {
    expect(rules('Your parcel travels with FedEx. Customer service line: +1 800 463 3339.')).toEqual([]);
    expect(rules('Your parcel travels with FedEx. WhatsApp me: +86 138 1234 5678.')).toContain(
      'offplatform-contact',
    );
  });

  it('a shipping line or hotel paid for its own service is not a payee steer', () => {
    expect(rules('Port charges you settle with the shipping line on arrival, not to us.')).toEqual([]);
    expect(rules('Pay the balance to our sister factory, not to us.')).toContain('offplatform-payment');
  });

  it('a Hebrew mail from the platform to the registered address moves nothing', () => {
    expect(rules('החשבונית נשלחה מעליבאבא לכתובת המייל שלך.')).toEqual([]);
    expect(rules('שלח לי את כתובת המייל שלך ונמשיך שם.')).toContain('offplatform-contact');
  });

  it('an agent who helps and is then paid is the payee', () => {
    expect(rules('Agen kami bantu jemput barang, kakak transfer sisanya ke rekening dia ya.')).toContain(
      'offplatform-payment',
    );
    expect(rules('Our agent will help you with the pickup, just wire the balance to him.')).toContain(
      'offplatform-payment',
    );
    expect(rules('Agen kami akan cek barang, pembayaran tetap lewat Trade Assurance.')).toEqual([]);
  });

  it("refusing the platform's account for the mailed one is the scam, not a warning", () => {
    expect(
      rules(
        'If you get our updated bank account by e-mail, do not pay to the Alibaba account, use the one in the mail.',
      ),
    ).toContain('offplatform-payment');
    expect(rules('If you receive a new account by e-mail, do not pay to that account.')).toEqual([]);
  });

  it('the carrier paid directly is not so when the account is mine', () => {
    expect(rules('سددوا لأرامكس مباشرة على حسابنا البنكي.')).toContain('offplatform-payment');
    expect(rules('رسوم الجمارك تدفعها لأرامكس مباشرة عند الاستلام.')).toEqual([]);
  });
});
