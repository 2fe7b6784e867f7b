import type { ChatMessageInput } from './types';

type Side = ChatMessageInput['from'];

/**
 * The sides as chats pasted from marketplaces in the other languages the guard reads name them: "[Pembeli] …" /
 * "[Penjual] …" (Indonesian and Malay), "Người bán:" (Vietnamese), "Nagbebenta" / "Mamimili" (Tagalog), "ผู้ขาย" /
 * "ผู้ซื้อ" (Thai), "Sprzedawca" (Polish), "Venditore" (Italian), "Verkoper" (Dutch), "Продавець" (Ukrainian), the
 * traditional Chinese 賣家 / 買家, Hindi विक्रेता / खरीदार. Without them a buyer's question ("bayar pakai DANA
 * bisa?") was judged as the seller's request. Keys are lower case, as `sideOf` reads them.
 *
 * Grouped by language because several are also invoice fields ("Pembeli: PT Maju Jaya", "Klient: Jan Kowalski",
 * "客戶: ABC Ltd"): transcript.ts takes them as a buyer's turn only where the chat names its sides in that one
 * language, since a buyer's turn is not scanned.
 */
const BY_LANGUAGE: Record<string, Record<string, Side>> = {
  id: { penjual: 'supplier', pembeli: 'buyer', pelanggan: 'buyer' },
  vi: { 'người bán': 'supplier', 'người mua': 'buyer', 'khách hàng': 'buyer', 'nhà cung cấp': 'supplier' },
  tl: { nagbebenta: 'supplier', tindera: 'supplier', tindero: 'supplier', mamimili: 'buyer' },
  th: { ผู้ขาย: 'supplier', ร้านค้า: 'supplier', ผู้ซื้อ: 'buyer', ลูกค้า: 'buyer' },
  pl: { sprzedawca: 'supplier', sprzedający: 'supplier', kupujący: 'buyer', klient: 'buyer' },
  it: { venditore: 'supplier', fornitore: 'supplier', acquirente: 'buyer' },
  nl: { verkoper: 'supplier', leverancier: 'supplier', koper: 'buyer', klant: 'buyer' },
  uk: { продавець: 'supplier', постачальник: 'supplier', покупець: 'buyer' },
  'zh-hant': {
    賣家: 'supplier',
    賣方: 'supplier',
    供應商: 'supplier',
    買家: 'buyer',
    買方: 'buyer',
    客戶: 'buyer',
  },
  hi: { विक्रेता: 'supplier', खरीदार: 'buyer' },
  sw: { muuzaji: 'supplier', mnunuzi: 'buyer' },
};

export const MORE_SIDE_NAMES: Record<string, Side> = Object.assign({}, ...Object.values(BY_LANGUAGE));
