import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 41, narrowed after a red team: each exemption of this stop's chat code holds only where the harmless reading
 * stands (an inspector paid in its own clause, a domain named as a domain, postal mail, the writer's own channel, a
 * confirmation asked for after arrival, the platform or the buyer's forwarder as the Hebrew payee), and the Chinese
 * "scan the code to pay" reads a gap between the code and the verb.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const CONTACT = 'offplatform-contact';

describe('an inspector or the order paid "directly" excuses only its own clause', () => {
  it.each([
    'Intertek directly inspects the cartons on Friday. Then you pay directly the remaining 60%, we give a discount.',
    'Bureau Veritas directly tests the samples next week. After the test please pay directly the balance to us.',
    'The deposit went in the TA order directly. For the rest please pay directly to us, it is cheaper.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'The inspection fee you can pay to QIMA directly, they send you the report.',
    'Please pay the 30% deposit in the Alibaba order directly, we start production after.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('Turkish "if you get a notice" followed by an order to pay is the seller\'s own instruction', () => {
  it.each([
    'Hesap değişikliği e-postası gelirse lütfen yeni IBAN’a ödeme yapın.',
    'Farklı bir hesap bildirimi alırsanız o hesaba havale edin, sistem değişti.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Farklı bir hesap bildirimi alırsanız ödemeyin, bize buradan yazın.',
    'Yeni hesap bildirimi alırsanız lütfen para göndermeyin.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('an address written with a spaced "@" is contact unless a domain is talked about', () => {
  it.each([
    'Please write me privately: sales @ hengfa-parts.com , quicker than this chat.',
    'Contact me outside: manager @ lumora-lights.cn for the real price.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'Our company mail domain is @hengfa-parts.com, other addresses are fake. Keep talking to us here.',
    'Only trust mails whose domain ends in @lumora-lights.cn; we answer here on Alibaba.',
  ])('%s → not contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});

describe('Hindi verb-last "direct … account mein": the platform order as the place is not elsewhere', () => {
  it.each([
    'Payment seedha hamare HDFC bank ke account mein bhej dein, discount milega.',
    'Paisa direct mere bhai ke account mein jama karein.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Balance seedha Alibaba order ke account mein jama kijiye, kahin aur nahi.',
    'Paisa direct Trade Assurance ke account mein daal dein, bahar nahi.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('postal mail is a way of shipping, not the talk moved to e-mail', () => {
  it.each([
    'Can we switch to email? it is easier for the drawings.',
    'Let us move the conversation to e-mail please.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'For small parcels we switched to mail delivery with EMS, the number follows.',
    'The sample is light, so we changed to mail by Korea Post this time.',
  ])('%s → not contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});

describe("the chat abandoned only for the writer's own channel", () => {
  it.each([
    'Do not reply here anymore, write to my gmail instead.',
    'Stop messaging me on Alibaba, add me on WhatsApp.',
    'Please do not answer in this chat, I emailed you the new list.',
    'No respondas por aquí, te mandé todo al correo.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'Never reply in this chat to strangers who ask for your phone, tell Alibaba instead.',
    'Please stop messaging me here after midnight; the mail you get from the platform is automatic.',
    "Don't use this chat for customs questions, call the FedEx helpline.",
  ])('%s → not contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});

describe('confirming receipt only after the rest arrives is ordinary', () => {
  it.each([
    'Please confirm receipt now, the missing pieces come with the next shipment.',
    'Bitte bestätigen Sie jetzt den Empfang, die fehlenden Teile schicken wir nach.',
    'Confirm receipt today please; there is no reason to wait, the rest is on the way.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Kindly wait to confirm receipt until the two remaining boxes arrive.',
    "Don't confirm receipt till everything is delivered; some cartons are still in transit.",
    'Bestätigen Sie den Erhalt bitte erst, wenn die fehlenden Kartons da sind.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('Hebrew "pay directly to…": the platform, the buyer\'s forwarder and "don\'t" are not the seller', () => {
  it.each(['אפשר להעביר ישירות אלינו ונוריד את העמלה.', 'תעבירו את המקדמה לחשבון הבנק שלנו, זה יותר מהיר.'])(
    '%s → payment',
    (text) => {
      expect(rules(text)).toContain(PAY);
    },
  );

  it.each([
    'את המכס תשלמו ישירות לעמיל המכס שלכם, לא דרכנו.',
    'תשלמו ישירות לאליבאבא בהזמנה עצמה.',
    'אל תשלמו לחשבון הבנק שלנו בשום מקרה, רק באתר.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('Chinese: a code scanned, then a few characters, then paying', () => {
  it.each(['扫码之后付款，我们马上发货。', '请扫描下面的二维码完成支付。', '扫一下图里的码把运费转账给我。'])(
    '%s → payment',
    (text) => {
      expect(rules(text)).toContain(PAY);
    },
  );

  it.each(['这台收银机支持扫码付款，超市常用。', '这款终端可以扫码支付，适合便利店。'])(
    '%s → not payment',
    (text) => {
      expect(rules(text)).not.toContain(PAY);
    },
  );
});

describe('Hindi "… bhejna mana hai": the payment forbidden, after the verb', () => {
  it('a request to send straight to the account is still one', () => {
    expect(rules('Paisa seedha hamare bank account mein bhej dijiye, jaldi.')).toContain(PAY);
  });

  it.each([
    'Advance seedha kisi ke account mein bhejna mana hai, sirf order se pay kijiye.',
    'Balance direct mere account mein jama karna mana hai, Alibaba se hi bhejiye.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('second red team: an excuse holds only over the words it overlaps, warnings name where to pay', () => {
  it.each([
    // The inspector's fee and the seller's balance in one clause, joined by "and".
    'You can pay Intertek directly for the audit and the remaining 60% also directly to our company by T/T.',
    // A Turkish frame whose own sentence then says the new account is real: "you can pay to it".
    'Muhasebeden yeni hesap e-postası alırsanız doğrudur, ödemenizi o hesaba gönderebilirsiniz.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    // A warning that ends by sending the reader to pay in the platform's own order.
    '別の口座に振り込むよう求めるメールが来たら、振り込まずに必ずアリババの注文から支払ってください。',
    // The order page's own beneficiary, after a link that did not open on a phone.
    'If the order link does not open in the app, try a laptop; for bank transfer pay to the beneficiary shown on the Alibaba order page.',
  ])('%s → not payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });

  it.each([
    'Please stop writing to me on Alibaba after 10pm, my phone beeps for each message; we reply in the morning here.',
    'Our shop here will be closed after the merger; please check your inbox on Alibaba for the link to the new store.',
  ])('%s → not contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});
