import type { Lexicon } from '../lexicon';

/**
 * Thai. Modelled on Thai warnings about online-shopping fraud ("โอนเงินนอกระบบ", "โอนเข้าบัญชีส่วนตัว", "แอดไลน์
 * มาคุย") and on importers' and buying agents' pages about 1688, Taobao and AliExpress. Thai is written without
 * spaces between words, so nearness is counted in characters. The chat text is normalised with its vowel and
 * tone marks dropped (normalise.ts), so every word here is folded the same way by `fold`.
 */
const fold = (alternatives: string) => alternatives.normalize('NFKC').replace(/\p{M}/gu, '');

/** Thai banks by the names sellers write (Kasikorn, SCB, Krungthai, Krungsri, ttb, GSB…), Thai and Latin. */
const THAI_BANKS =
  'กสิกร(?:ไทย)?|ไทยพาณิชย์|ทหารไทยธนชาต|ทหารไทย|ธนชาต|ทีทีบี|kbank|k-bank|scb|ttb|ktb|bbl|krungsri|kasikorn';
/** Bank names that are also a place or a word (Bangkok, "saving"): a bank only after "บัญชี" or "ธนาคาร". */
const THAI_BANKS_AFTER_WORD = 'กรุงเทพ|กรุงไทย|กรุงศรี(?:อยุธยา)?|ออมสิน';

/** A payment to the seller's side: a transfer, or paying "ours / us / the shop / an account". */
const TH_PAID_TO_SELLER =
  '(?:โอนตรง|โอนเข้า|โอนมา|(?:โอน|จ่าย|ชำระ)[^\\s\\n]{0,30}?(?:ของเรา|ให้เรา|ให้ทางเรา|ร้าน|บัญชี|ให้ผม|ให้ฉัน|ให้ดิฉัน))';

export const TH: Lexicon = {
  lang: 'th',
  script: 'chars',
  pay: fold('โอนเงิน|โอนตรง|โอนเข้า|โอนมา|โอนได้|โอนให้|โอน|จ่ายเงิน|จ่าย|ชำระเงิน|ชำระ|มัดจำ|ยอดที่เหลือ'),
  receive: fold('รับเงิน|รับโอน'),
  // A bank named after the account word stands for it ("บัญชีกสิกร", "เข้า SCB"); names that are also places or words
  // (กรุงเทพ is Bangkok, ออมสิน is saving) only after "บัญชี" or "ธนาคาร".
  account: fold(`บัญชี|พร้อมเพย์|เบอร์พร้อมเพย์|วอลเล็ท|บัตร|${THAI_BANKS}|ธนาคาร(?:${THAI_BANKS_AFTER_WORD})`),
  bankInfo: fold('เลขบัญชี|ชื่อบัญชี|ข้อมูลบัญชี|ผู้รับเงิน'),
  // "บัญชีของร้าน", "บัญชีกสิกรของทางร้าน": the shop's own account, which is the seller's (as "our company account").
  ownAccount: fold(
    `บัญชี(?:ธนาคาร)?\\s?(?:(?:${THAI_BANKS}|${THAI_BANKS_AFTER_WORD})(?:ไทย)?\\s?)?(?:ของ)?(?:ทาง)?ร้าน`,
  ),
  owner: fold(
    'ส่วนตัว|ของฉัน|ของผม|ของเรา(?=เอง)|เจ้าของร้าน|ของเจ้าของ|ของแฟน|ของพี่|ของน้อง|ของภรรยา|ของสามี|ของหัวหน้า|ของผู้จัดการ|ของบัญชี|ของแม่ค้า|ของพ่อค้า|แม่ค้า|พ่อค้า',
  ),
  // "อื่น" (other) folds to "อน", the end of "โอน" (transfer), "ก่อน", "ตอน": only after the noun it qualifies. "อีก"
  // (another) folds to "อก", the end of "บอก" (tell).
  other: fold(
    'อื่น(?<=(?:บัญชี|ช่องทาง|วิธี|ทาง|ที่|แอป|เว็บ|ร้าน|เบอร์|ธนาคาร|คน)\\s?อื่น)|ช่องทางอื่น|อีกบัญชี(?<!บอกบัญชี)|บัญชีใหม่',
  ),
  fresh: fold('ใหม่|อัปเดต'),
  related: fold('บริษัทในเครือ|บริษัทแม่|บริษัทลูก|บริษัทพี่น้อง|บริษัทที่ฮ่องกง|สาขาฮ่องกง'),
  direct: fold('โอนตรง|ตรงเข้า|โดยตรง|ตรงกับ'),
  method: fold('ช่องทาง|วิธี'),
  platform: fold('alibaba|aliexpress|อาลีบาบา|ระบบ|แพลตฟอร์ม|แอป|เว็บ'),
  notNeeded: fold('ไม่ต้อง|ไม่จำเป็น'),
  outside: fold(
    'นอกระบบ|นอกแอป|นอกเว็บ|นอกแพลตฟอร์ม|ไม่ผ่านระบบ|ไม่ผ่านแอป|ไม่ผ่านเว็บ|ไม่ผ่านแพลตฟอร์ม|ไม่ผ่านอาลีบาบา|ไม่ผ่านร้านค้าออนไลน์',
  ),
  friends: fold('แบบเพื่อน|ฐานะเพื่อน'),
  changed: fold('เปลี่ยน|เปลี่ยนแปลง|อัปเดต'),
  trouble: fold('ถูกระงับ|ถูกอายัด|ถูกบล็อก|ปิดร้าน|ร้านจะปิด|กำลังตรวจสอบ|โดนตรวจสอบ'),
  discard: fold('ไม่ใช้แล้ว|ห้ามโอนเข้า|ยกเลิกบัญชี'),
  old: fold('บัญชีเก่า|เก่า'),
  invoice: fold('ใบแจ้งหนี้|อินวอยซ์|ใบเสร็จ'),
  soon: fold('วันนี้|ตอนนี้|ด่วน|ทันที|พรุ่งนี้|ภายในวันนี้'),
  loss: fold('ราคาขึ้น|หมดเขต|ไม่ทัน|ของหมด'),
  received: fold('ได้รับเงินแล้ว|ได้รับยอดแล้ว|ขอบคุณที่โอน'),
  buy: fold('สั่งซื้อ|สั่งของ|สั่ง|ซื้อ'),
  store: fold('ร้าน|เว็บไซต์|เพจ'),
  // "ไลน์ไอดี sunny88", "ไอดีไลน์", "ติดต่อทางไลน์": Line named with its id or as where to write (the id may be Latin).
  // "ขอไลน์หน่อย", "ขอเบอร์โทรหน่อย": the reader's Line or number asked for ("may I have …"). "เบอร์" is also a size
  // or a shade ("ขอเบอร์รองเท้า", "ขอเบอร์สี"), so it must be the phone's or stand alone before a polite ending, and
  // the recipient's number for the parcel label (ผู้รับ, ใบปะหน้า) is shipping.
  // "คุยต่อทาง LINE นะคะ", "ทักมาทาง Line", "แชทกันต่อในไลน์", "ติดต่อผ่าน WhatsApp": the talk carried on in an app named
  // in Thai or Latin letters (stop 48).
  addMe: fold(
    '(?:คุย|ติดต่อ|ทัก|แชท|สนทนา|พูดคุย)(?:กัน)?(?:ต่อ)?(?:มา)?\\s?(?:ทาง|ที่|ใน|ผ่าน)\\s?(?:ไลน์|ไลน|line|วอทส์แอป|วอทแอป|whatsapp|wechat|วีแชท|telegram|เทเลแกรม)(?![a-z])|แอดไลน์|แอดไลน|แอดมา|แอดเพื่อน|เพิ่มเพื่อน|ทักไลน์|ทักมาที่ไลน์|ไลน์ไอดี|ไลน์ id|ไลน์id|ไอดีไลน์|ติดต่อไลน์|ติดต่อทางไลน์|คุยทางไลน์|คุยในไลน์|ขอไลน์|ขอไอดีไลน์|ขอเบอร์(?:โทร|ติดต่อ|มือถือ)?(?=หน่อย|ด้วย|ได้ไหม|ได้มั้ย|ครับ|ค่ะ|คะ|นะ|\\s|$)(?!\\S{0,12}(?:ผู้รับ|ปลายทาง|ใบปะหน้า|พัสดุ))',
  ),
  // The platform it sets aside belongs to the phrase ("ไม่ต้องกดสั่งผ่านแอป", no need to order through the app), so the
  // app named there is not read as the anchor of the request.
  // "ไม่ต้องใส่ในออเดอร์" (no need to put it in the order), "ไม่ต้องรวมในคำสั่งซื้อ" (no need to include it in the order): a
  // charge kept out of the order, which the words around it ask the buyer to pay to the seller's side. A charge kept
  // out of the order is as often one nobody asks the buyer for there: "ทางเราจ่ายค่าส่งเอง" (we pay the shipping),
  // "จ่ายให้บริษัทขนส่งตอนรับของ" (pay the carrier on delivery), "ระบบหักให้" (the system deducts it). So these forms
  // are read only with a payment to the seller in the message: a transfer "โอนตรง / โอนเข้า / โอนมา", or a paying
  // verb whose payee is "ของเรา / ให้เรา / ร้าน / บัญชี" (ours, us, the shop, an account).
  noOrder: fold(
    `ไม่ต้อง(?:กด)?สั่ง(?:ซื้อ)?\\s?(?:ผ่าน|ใน|บน|เข้า|ไว้ใน)?\\s?(?:ออเดอร์|คำสั่งซื้อ)?\\s?(?:แอป|ระบบ|เว็บ|แพลตฟอร์ม|อาลีบาบา|alibaba)?|(?:(?<=${TH_PAID_TO_SELLER}[^\\n]{0,80}?)|(?=[^\\n]{0,80}?${TH_PAID_TO_SELLER}))ไม่ต้อง(?:ใส่|รวม|เพิ่ม)\\s?(?:ใน|เข้า|ไว้ใน)\\s?(?:ออเดอร์|คำสั่งซื้อ)\\s?(?:อาลีบาบา|alibaba)?`,
  ),
  send: fold('ส่งเลขบัญชี|ส่งให้|ส่งไป'),
  // "บัญชีของตัวแทนเรา" (our agent's account), "ชำระให้ตัวแทน" (pay to the agent): the agent as the payee; "ตัวแทนของเรา
  // จะตรวจสินค้า" (our agent will inspect the goods) names no payee.
  // "บัญชีตัวแทนของเรา" (our agent's account): the agent as the account's holder (stop 43). "ตัวแทนของเรา" alone is
  // also the agent who inspects the goods.
  // "บัญชีตัวแทนจำหน่าย" is a dealer / distributor account (a reseller's login), no agent's bank account: the
  // compound is left out.
  // Stop 55: an official's account ("บัญชีเจ้าหน้าที่ศุลกากร": customs collect at their office, never into a person's
  // account) and our own shipping agent's account ("บัญชีชิปปิ้งของเรา"); the buyer's shipping ("ชิปปิ้งของคุณ") is not ours.
  agent: fold(
    'ของตัวแทน|ให้ตัวแทน|เข้าตัวแทน|บัญชีตัวแทน(?!จำหน่าย|ขาย)|บัญชี(?:ส่วนตัว)?(?:ของ)?เจ้าหน้าที่|บัญชี(?:ของ)?ชิปปิ้ง(?:ของ)?(?:ทาง)?(?:เรา|ร้าน|บริษัท)',
  ),
  instead: fold('แทนที่จะ|แทนการ'),
  order: fold('คำสั่งซื้อ|ออเดอร์'),
  site: fold('เว็บ|แอป|ระบบ'),
  toPartner: fold('พาร์ทเนอร์|บริษัทคู่ค้า|คู่ค้าของเรา|โรงงานแม่พิมพ์'),
  collector: fold('บริษัทรับชำระแทน|ตัวแทนรับชำระ'),
};
