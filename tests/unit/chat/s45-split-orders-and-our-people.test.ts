import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 45 (chat, set B): an order opened for a part with the rest sent elsewhere; "so just send …" after a refusal of
 * the order; freight or customs fees paid to one of the seller's people (Arabic, Vietnamese, Thai); another of the
 * seller's people writing to the buyer's mailbox; a price valid only if confirmed away from the platform; an account
 * still to be named; the chat said to fail as the excuse for an address asked; the buyer's mail asked in Arabic.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const CONTACT = 'offplatform-contact';

describe('a split order: the platform covers only the first part', () => {
  it.each([
    'Abrimos o pedido na plataforma só com uma parte e o restante você paga na conta da fábrica.',
    'Hacemos el pedido en Alibaba por 3.000 y el resto lo transfiere a la cuenta de la fábrica.',
    'On ouvre la commande sur Alibaba pour 2 000 USD et le reste vous le virez sur le compte de notre usine.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Abrimos o pedido na plataforma e o restante também fica no pedido da plataforma.',
    'El pedido va por Alibaba y el resto de los colores llega la próxima semana.',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('"so just / so please" opens a request the reason before it does not refuse', () => {
  it('a refusal of the order, then a request by Western Union', () => {
    expect(
      rules(
        'the courier fee we cannot add in the alibaba order so please send 300 usd by western union to our agent',
      ),
    ).toContain(PAY);
  });
  it('a refusal of Western Union itself is still a refusal', () => {
    expect(rules('we do not accept western union so please pay in the alibaba order')).not.toContain(PAY);
  });
});

describe("fees paid to one of the seller's people", () => {
  it.each([
    // Arabic: pay it to our agent / to a clearing agent we know.
    'رسوم الشحن ادفعها لوكيلنا في جدة نقدا',
    'تكلفة التخليص تحولها لمخلص نعرفه في الميناء',
    // Vietnamese: transfer to our partner / pay my acquaintance.
    'Tiền cước tàu anh chuyển khoản cho đối tác bên em nhé, em gửi số tài khoản sau.',
    'Phí thông quan chị trả cho người quen của em ở cảng là được.',
    // Thai: pay our forwarder directly, no need to put it in the order.
    'ค่าส่งให้โอนตรงกับบริษัทขนส่งของเรา ไม่ต้องใส่ในออเดอร์อาลีบาบา ถูกกว่า',
    'ค่าภาษีจ่ายให้ชิปปิ้งของเราได้เลย ไม่ต้องรวมในคำสั่งซื้อ',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    // The seller telling what it pays; the buyer paying customs; fees inside the order.
    'نحن ندفع رسوم التخليص لوكيلنا',
    'رسوم التخليص يدفعها المشتري للجمارك',
    'Em đã thanh toán cho bên vận chuyển của em rồi, anh không cần trả thêm phí.',
    'Phí vận chuyển anh thanh toán trong đơn Alibaba nhé.',
    'ไม่ต้องใส่ในออเดอร์ ส่งฟรีค่ะ',
    'ค่าส่งรวมในออเดอร์อาลีบาบาแล้วค่ะ จ่ายในระบบได้เลย',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe("another of the seller's people writing to the buyer's mailbox", () => {
  it.each([
    'Unsere Buchhaltung schickt Ihnen die Zollrechnung per Mail.',
    'Our accountant will e-mail you the invoice for the duty.',
    'our partner will send the customs bill to your email',
    'ortağımız size e-posta gönderecek',
    'наш партнёр отправит вам счёт на почту',
    'nuestro contador le enviará la factura por correo',
    'notre comptable vous enverra la facture par e-mail',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'Alibaba will send you the invoice by e-mail',
    'your broker will email you the customs invoice',
    'our accountant will not email you, everything is here on Alibaba',
    'DHL sends the tracking by e-mail',
    // Bank details mailed keep the corpora's courier reading (the account is judged by the payment rules).
    'Our finance team will e-mail you the bank details for the deposit.',
  ])('%s → no contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});

describe('a price valid only if the order is confirmed away from the platform', () => {
  it.each([
    'The fair price is only valid if you confirm the order directly with our sales director.',
    'il prezzo della fiera vale solo se ordina direttamente con noi',
    'el precio especial vale solo si confirma el pedido por correo y no por Alibaba',
    'der Messepreis gilt nur, wenn Sie direkt bei uns bestellen',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'The price is valid if you confirm directly in the Alibaba order.',
    'This price is valid if you order 500 pcs or more.',
    'il prezzo vale se conferma entro venerdì tramite Alibaba',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });

  it('the order confirmed by e-mail and not through the platform moves the talk', () => {
    expect(rules('el precio especial vale solo si confirma el pedido por correo y no por Alibaba')).toContain(
      CONTACT,
    );
  });
});

describe('an account the seller has yet to name', () => {
  it.each([
    'Please pay the balance into the account I will give you by email.',
    'Por favor pague o saldo na conta que eu te passar depois.',
    'El resto páguelo a la cuenta que le mande por WhatsApp.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Pague a la cuenta que le indique el sistema de Alibaba.',
    'Pay the balance in the Alibaba order, to the account that the platform shows.',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('the chat said to fail, and an address asked or given', () => {
  it.each([
    'The big files cannot be sent here. Give me your email for the shipping documents please.',
    "I'm not always online on Alibaba, pls write to mike.wang88@outlook.com when you pay.",
    'No puedo subir los documentos aquí, dame tu correo por favor.',
    'Aqui não consigo anexar o PDF, me passa seu e-mail.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    "Please give your phone number to the courier, he can't deliver without it.",
    "I can't upload the video here, I will send it again tomorrow.",
  ])('%s → no contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});

describe("the buyer's e-mail asked for in Arabic", () => {
  it.each([
    'ابعث لي إيميلك لو سمحت وأرسل لك قائمة الأسعار',
    'زودني ببريدك الإلكتروني لأرسل لك الكتالوج كاملا',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });
  it.each(['أرسل لي بريدك الإلكتروني لإرسال الفاتورة', 'أرسل لي رقم الطلب من فضلك'])(
    '%s → no contact',
    (text) => {
      expect(rules(text)).not.toContain(CONTACT);
    },
  );
});
