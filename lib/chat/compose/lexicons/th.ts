import type { Lexicon } from '../lexicon';

/**
 * Thai. Modelled on Thai warnings about online-shopping fraud ("โอนเงินนอกระบบ", "โอนเข้าบัญชีส่วนตัว", "แอดไลน์
 * มาคุย") and on importers' and buying agents' pages about 1688, Taobao and AliExpress. Thai is written without
 * spaces between words, so nearness is counted in characters. The chat text is normalised with its vowel and
 * tone marks dropped (normalise.ts), so every word here is folded the same way by `fold`.
 */
const fold = (alternatives: string) => alternatives.normalize('NFKC').replace(/\p{M}/gu, '');

export const TH: Lexicon = {
  lang: 'th',
  script: 'chars',
  pay: fold('โอนเงิน|โอนตรง|โอนเข้า|โอนมา|โอนได้|โอนให้|โอน|จ่ายเงิน|จ่าย|ชำระเงิน|ชำระ|มัดจำ|ยอดที่เหลือ'),
  receive: fold('รับเงิน|รับโอน'),
  account: fold('บัญชี|พร้อมเพย์|เบอร์พร้อมเพย์|วอลเล็ท|บัตร'),
  bankInfo: fold('เลขบัญชี|ชื่อบัญชี|ข้อมูลบัญชี|ผู้รับเงิน'),
  owner: fold(
    'ส่วนตัว|ของฉัน|ของผม|ของเรา(?=เอง)|เจ้าของร้าน|ของเจ้าของ|ของแฟน|ของพี่|ของน้อง|ของภรรยา|ของสามี|ของหัวหน้า|ของผู้จัดการ|ของบัญชี|ของแม่ค้า|ของพ่อค้า|แม่ค้า|พ่อค้า',
  ),
  other: fold('อื่น|ช่องทางอื่น|อีกบัญชี|บัญชีใหม่'),
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
  addMe: fold(
    'แอดไลน์|แอดไลน|แอดมา|แอดเพื่อน|เพิ่มเพื่อน|ทักไลน์|ทักมาที่ไลน์|ไลน์ไอดี|ไลน์ id|ไลน์id|ไอดีไลน์|ติดต่อไลน์|ติดต่อทางไลน์|คุยทางไลน์|คุยในไลน์',
  ),
  noOrder: fold('ไม่ต้องสั่งผ่าน|ไม่ต้องกดสั่ง'),
  send: fold('ส่งเลขบัญชี|ส่งให้|ส่งไป'),
  // "บัญชีของตัวแทนเรา" (our agent's account), "ชำระให้ตัวแทน" (pay to the agent): the agent as the payee; "ตัวแทนของเรา
  // จะตรวจสินค้า" (our agent will inspect the goods) names no payee.
  agent: fold('ของตัวแทน|ให้ตัวแทน|เข้าตัวแทน'),
  instead: fold('แทนที่จะ|แทนการ'),
  order: fold('คำสั่งซื้อ|ออเดอร์'),
  site: fold('เว็บ|แอป|ระบบ'),
  toPartner: fold('พาร์ทเนอร์|บริษัทคู่ค้า|คู่ค้าของเรา|โรงงานแม่พิมพ์'),
  collector: fold('บริษัทรับชำระแทน|ตัวแทนรับชำระ'),
};
