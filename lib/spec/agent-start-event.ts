/**
 * A lead time counted from an event written as a sentence with its doer: "within 10 days after the buyer confirms
 * the PP sample in writing", "sau khi bên mua xác nhận mẫu tiền sản xuất" (vi), "setelah pembeli menyetujui sampel
 * pra-produksi" (id), "selepas pembeli mengesahkan sampel" (ms), "หลังจากผู้ซื้อยืนยันตัวอย่าง" (th). The noun forms
 * ("after PP sample approval") are in date-lexicon's START_EVENT; with the buyer named as the one who confirms,
 * approves, signs or pays, the event is the same recorded one, so the day count runs from a day both sides can show.
 */
import { anyOf, latinWords } from './patterns';

/**
 * Who does it: the buyer's side, or "you" (the buyer, addressed). Not "we": in a quote or a spec sheet "we" is the
 * writer, most often the supplier, and "after we confirm the order" starts the count on a day the supplier picks.
 */
const DOER_EN = "(?:the )?(?:buyer|purchaser|customer|client|importer|you)(?:[’']s side)?";
const ACT_EN = '(?:has |have )?(?:confirm|approve|sign|accept|pay|release)(?:s|es|ed)?(?: off)?';
const THING_EN =
  '(?:the |our |your )?(?:(?:pre-?production|PP|golden|bulk|final|counter) )?(?:samples?|PPS|artwork|proofs?|PO|purchase order|orders?|contract|deposit|(?:advance |down )?payment|lab[- ]?dips?|drawings?|designs?|proforma(?: invoice)?|PI)';

// "chúng tôi" and "kami" (we) are left out, as "we" is above.
const DOER_VI = '(?:bên mua|người mua|khách hàng|bên đặt hàng|quý khách)';
const ACT_VI = '(?:đã )?(?:xác nhận|duyệt|phê duyệt|chấp thuận|ký(?: duyệt)?|thanh toán|chuyển)';
const THING_VI =
  '(?:mẫu(?: (?:tiền sản xuất|trước sản xuất|sản xuất thử|đối chứng|chuẩn|PP))?|đơn(?: hàng| đặt hàng)?|hợp đồng|(?:tiền )?(?:đặt )?cọc|bản vẽ|thiết kế|PO|PI)';

const DOER_ID = '(?:pihak )?(?:pembeli|pelanggan|pemesan|anda)';
const ACT_ID =
  '(?:telah |sudah )?(?:mengonfirmasi|mengkonfirmasi|konfirmasi|menyetujui|menandatangani|membayar|mengesahkan|meluluskan)';
const THING_ID =
  '(?:sampel|contoh)(?: (?:pra-?produksi|pra-?pengeluaran|produksi|PP))?|pesanan|PO|kontrak|desain|reka bentuk|artwork|DP|uang muka|deposit';

export const AGENT_START_EVENT = anyOf(
  latinWords([
    // "from the date the buyer approves the PP sample in writing": the day of that act, the same recorded event.
    `(?:after|from|upon|once|following|when) (?:the (?:date|day) (?:on which |when |that )?)?${DOER_EN} ${ACT_EN} ${THING_EN}`,
    // "sau khi bên mua xác nhận mẫu", "sau khi nhận được tiền đặt cọc": the doer may be left out, as in "sau khi duyệt mẫu".
    // "kể từ ngày bên mua duyệt mẫu" (from the day the buyer approves the sample): the day of the act, as in English.
    `(?:sau khi|kể từ khi|từ khi|kể từ ngày|từ ngày) (?:${DOER_VI} )?${ACT_VI} ${THING_VI}`,
    `(?:sau khi|kể từ khi|từ khi) (?:${DOER_VI} )?nhận(?: được)? (?:tiền )?(?:đặt )?cọc`,
    `(?:setelah|sesudah|sejak|selepas) ${DOER_ID} ${ACT_ID} (?:${THING_ID})`,
  ]),
  // Thai writes no spaces: "หลังจากผู้ซื้อยืนยันตัวอย่างก่อนการผลิต", "นับจากลูกค้าอนุมัติแบบ".
  '(?:หลัง(?:จาก)?|นับ(?:จาก|ตั้งแต่)|ตั้งแต่)\\s{0,2}(?:ที่)?(?:ผู้ซื้อ|ลูกค้า|ผู้สั่งซื้อ|ทางลูกค้า)\\s{0,2}(?:ได้)?(?:ยืนยัน|อนุมัติ|เซ็น|ลงนาม|ชำระ|โอน)[^\\s,，]{0,12}?(?:ตัวอย่าง|คำสั่งซื้อ|ออเดอร์|สัญญา|เงิน|มัดจำ|แบบ)',
);
