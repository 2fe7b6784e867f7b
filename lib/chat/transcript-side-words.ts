import type { ChatMessageInput } from './types';

/**
 * The sides as chats pasted from marketplaces in the other languages the guard reads name them: "[Pembeli] …" /
 * "[Penjual] …" (Indonesian and Malay), "Người bán:" (Vietnamese), "Nagbebenta" / "Mamimili" (Tagalog), "ผู้ขาย" /
 * "ผู้ซื้อ" (Thai), "Sprzedawca" (Polish), "Venditore" (Italian), "Verkoper" (Dutch), "Продавець" (Ukrainian), the
 * traditional Chinese 賣家 / 買家, Hindi विक्रेता / खरीदार. Without them a buyer's question ("bayar pakai DANA
 * bisa?") was judged as the seller's request. Keys are lower case, as `sideOf` reads them.
 */
export const MORE_SIDE_NAMES: Record<string, ChatMessageInput['from']> = {
  penjual: 'supplier',
  pembeli: 'buyer',
  pelanggan: 'buyer',
  'người bán': 'supplier',
  'người mua': 'buyer',
  'khách hàng': 'buyer',
  'nhà cung cấp': 'supplier',
  nagbebenta: 'supplier',
  tindera: 'supplier',
  tindero: 'supplier',
  mamimili: 'buyer',
  ผู้ขาย: 'supplier',
  ร้านค้า: 'supplier',
  ผู้ซื้อ: 'buyer',
  ลูกค้า: 'buyer',
  sprzedawca: 'supplier',
  sprzedający: 'supplier',
  kupujący: 'buyer',
  klient: 'buyer',
  venditore: 'supplier',
  fornitore: 'supplier',
  acquirente: 'buyer',
  verkoper: 'supplier',
  leverancier: 'supplier',
  koper: 'buyer',
  klant: 'buyer',
  продавець: 'supplier',
  постачальник: 'supplier',
  покупець: 'buyer',
  賣家: 'supplier',
  賣方: 'supplier',
  供應商: 'supplier',
  買家: 'buyer',
  買方: 'buyer',
  客戶: 'buyer',
  विक्रेता: 'supplier',
  खरीदार: 'buyer',
  muuzaji: 'supplier',
  mnunuzi: 'buyer',
};
