import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 44 (chat, set A): the buyer's number or an app asked for "to send the rest there" in more languages; money
 * handed to one of the seller's people (agent, colleague, partner, "my boy") in cash or by mobile money; a deposit
 * paid in cash at a meeting; and three false alarms — the buyer's own carrier account for freight collect, a file
 * mailed "directly" to a mailbox, a carton label's phone "only for the courier".
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const CONTACT = 'offplatform-contact';

describe("the buyer's number or app asked for, to send the files there", () => {
  it.each([
    // Hebrew: leave / send me the phone number or the mobile.
    'השאר מספר טלפון ואשלח לך את המחירון המלא',
    'תשלחי לי את הנייד שלך, הסרטון גדול מדי לכאן',
    // Greek: send me / give me your mobile or telephone.
    'Δώστε μου το κινητό σας, εκεί σας στέλνω τις φωτογραφίες',
    'στείλε μου το τηλέφωνο σου να σου πω την τιμή',
    // Romanian: give me / send me the phone number.
    'trimiteti-mi numarul de whatsapp, acolo va trimit catalogul',
    'dati-mi telefonul dvs, aici nu se incarca fisierele mari',
    // German: write / call on the phone number instead of here.
    'Schreiben Sie mir bitte auf meine Handynummer, hier antworte ich langsam',
    'bitte unter WhatsApp-Nummer melden, im Chat sehe ich wenig',
    // Hinglish with the polite "bhej dein / de dein".
    'apna whatsapp number de dein, video wahan bhejunga',
    'sir apna mobile number bhej dein, catalogue ki pdf badi hai',
    // Dutch "06 nummer" / "mobiele nummer".
    'geef me je mobiele nummer, dan stuur ik de catalogus via whatsapp',
    'stuur even je 06-nummer, dan krijg je de video daar',
    // Chinese: a measure word between "add" and the nickname.
    '加我V，原图发你',
    '麻烦加一下vx，视频这里传不了',
    // Thai: "may I have your Line / number", with "only a few go through here".
    'ขอเบอร์โทรหน่อยครับ ในนี้ส่งวิดีโอได้ไม่มาก',
    'ขอไลน์หน่อยนะคะ รูปในนี้ส่งได้ไม่เยอะ',
    // Tagalog "pa-add / paki-message … sa FB / IG" with the person left out.
    'paki-message na lang po sa IG, doon ko ipapadala ang price list',
    'pa add po sa Facebook, marami pa kaming designs doon',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    // A number for the courier, the label or an order is shipping or a reference.
    'תשאיר מספר טלפון לשליח בבקשה',
    'Στείλτε μου το τηλέφωνο για τον κούριερ',
    'va rog sa-mi dati numarul de comanda',
    'stuur me je 06 nummer voor de bezorger',
    'bitte auf Rechnung schreiben',
    // A V-neck and a V-groove are parts.
    '这个领口可以加个V领吗',
    '加个V型槽会更牢固',
    // Thai "not many" beside a quote asked for, and the Tagalog prefix adding pieces to the order.
    'ขอใบเสนอราคาหน่อยค่ะ ส่งได้ไม่เยอะ',
    'pa-add po ng extra 2 pcs sa order',
  ])('%s → no contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });

  it('a Thai refusal still refuses', () => {
    expect(rules('ไม่ต้องแอดไลน์ คุยในนี้ได้เลย')).not.toContain(CONTACT);
  });
});

describe("money handed to one of the seller's people", () => {
  it.each([
    // English and Pidgin: the money, then "to my boy / our colleague / our forwarder".
    'the balance money give am to my paddy for Abuja, he go bring the goods',
    'please pay the sample fee to our colleague in Dubai, he collects for us',
    'the shipping cost kindly transfer to our forwarder, he sends you his bank details',
    // Persian: to our representative's account / to our partner, deposit.
    'مبلغ نمونه را به نماینده ما در تهران پرداخت کنید',
    'پیش پرداخت را به حساب شریکمان واریز کنید',
    // Urdu and Hindi (both scripts).
    'ایڈوانس کی رقم ہمارے کراچی والے ایجنٹ کو بھیج دیں',
    'फीस हमारे मुंबई वाले प्रतिनिधि को नकद दे दीजिए',
    'sample ke paise hamare agent ko transfer kar do',
    // Swahili: send the money to our agent's number / our colleague.
    'lipa gharama ya sampuli kwenye namba ya mwakilishi wetu Mombasa',
    'tuma pesa kwa mwenzetu wa Arusha, atakuletea sampuli',
    // Turkish: the fee handed to our representative.
    "Numune ucretini Ankara'daki temsilcimize nakit odeyebilirsiniz",
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    // Goods or papers handed over, or the buyer's own forwarder.
    'we send the samples to our forwarder in Ningbo tomorrow',
    'please pay the freight to your own forwarder, we only load the container',
    'نمونه را به همکارمان در استانبول تحویل دادیم',
    'ہمارے لاہور والے نمائندے کو ڈرائنگ بھیج دیں، وہ چیک کرے گا',
    'हमारे दिल्ली वाले एजेंट को ड्रॉइंग भेज दीजिए, वह चेक करेगा',
    "Numuneyi Ankara'daki temsilcimize teslim ettik, yarin size ulasir",
    'tuma picha kwa mwakilishi wetu Nairobi, atakagua ubora',
    'the goods we hand to my boy for Lagos, e go deliver am',
    // The seller telling what it did or does itself, and a price list handed over.
    'we paid the freight to our forwarder already, the goods leave tomorrow',
    'the sample cost we give to our partner factory, you just pay in the order',
    'I give the price list to my colleague, he will reply here',
    'هزینه نمونه را به حساب همکارمان واریز کردیم',
    'نمونے کی فیس ہمارے لاہور والے نمائندے کو دے دی ہے',
    'सैंपल का पैसा हमारे दिल्ली वाले एजेंट को भेज दिया है',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('a deposit paid in cash at a meeting', () => {
  it.each([
    'we will be at the Canton Fair, you can pay the deposit in cash when we meet',
    'our manager visits Lagos next week, sign the agreement in person and hand over the advance by cash, no need for Alibaba',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it('the deal closed face to face moves the talk', () => {
    expect(rules('our boss comes to Riyadh, we sign the contract face to face there')).toContain(CONTACT);
  });

  it.each([
    'welcome to visit our factory, we can meet and check the samples together',
    'cash on delivery is not possible, please pay in the order; we can meet at the fair',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('false alarms', () => {
  it.each([
    // The buyer's own carrier account, freight collect.
    'If ok, share your UPS or DHL account so the sample goes freight collect; the sample itself you pay in the Alibaba order.',
    "we can ship on the customer's own courier account, or we add the freight to the order here",
    // A file mailed or uploaded directly to a mailbox is no money.
    'e-mail the artwork directly to my colleague, the files are too big for this chat',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });

  it.each([
    'the number printed on the box is our office +86 21 5555 7788, just for the driver at delivery',
    'the shipping mark shows our warehouse tel +86 755 8123 4567, only for the carrier on arrival',
  ])('%s → no contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });

  it.each([
    'please pay the deposit directly to my account, not the order',
    'share your DHL account? no — pay 40 usd freight directly to our account',
  ])('%s → still payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it('a number with no courier after it is still a phone', () => {
    expect(rules('our office +86 21 5555 7788, only for urgent matters, call me there')).toContain(CONTACT);
  });
});
