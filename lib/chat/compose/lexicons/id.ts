import type { Lexicon } from '../lexicon';

/**
 * Indonesian. Modelled on Indonesian bank and consumer warnings (transfer "ke rekening pribadi" outside the
 * app, "minta transfer di luar aplikasi", a changed account number on an invoice, "tambahkan saya" with a
 * phone number). Written as sellers write it: "kak", "ya", "tf".
 */
export const ID: Lexicon = {
  lang: 'id',
  script: 'latin',
  // Nouns take -nya/-ku/-mu ("pembayarannya pakai cara lain", "rekeningnya"): the suffix is part of the word.
  // Malaysian "bank in" (pay into an account): "bank in terus ke akaun saya", "boleh bank-in kat akaun".
  pay: 'bank\\s?-?in(?=\\s+(?:terus|ke|kat|dalam|duit|to|into)\\b)|bayar\\w*|dibayar\\w*|pindahan|pindahkan|pembayaran(?:nya)?|transfer\\w*|tf|trf|dp|kirim\\s+(?:uang|dana|dp)|setor\\w*|lunasi|pelunasan(?:nya)?|sisa\\s+pembayaran(?:nya)?',
  receive: 'diterima|menerima|terima',
  // Malay spellings beside the Indonesian ones: akaun (account), pindahan (transfer), pengarah (director).
  account: 'rek|rekening(?:nya|ku|mu)?|akaun(?:nya)?|kartu(?:nya)?|dompet(?:nya)?',
  bankInfo:
    'penerima\\s+dana|rekening\\s+bank|nomor\\s+rekening|no\\s+rek(?:ening)?|data\\s+rekening|info\\s+rekening|iban|atas\\s+nama',
  owner:
    'pribadi|pribadiku|peribadi|sendiri|saya|aku|bos|pemilik|atasan|pengarah|direktur|isteri|istri|suami|teman|saudara|karyawan|atas\\s+nama\\s+(?:saya|bos|pribadi)',
  other: 'lain|lainnya|berbeda|kedua|alternatif',
  fresh: 'baru|terbaru|diperbarui',
  related:
    // "PT saudara kami" (stop 55): PT is a company's form (Perseroan Terbatas), as "perusahaan".
    '(?:perusahaan|pt)\\s+(?:induk|saudara|cabang|afiliasi|mitra|di\\s+hong\\s+kong)|cabang\\s+(?:kami\\s+)?di\\s+(?:hong\\s+kong|singapura|singapore)|kantor\\s+(?:pusat\\s+)?di\\s+hong\\s+kong',
  // Malay "terus" (straight) before where the money goes: "bayar terus ke akaun syarikat", "bank in terus" (stop 53).
  direct: 'langsung|terus(?=\\s+(?:ke|kat|dalam|masuk|kepada|pada)\\b)',
  method: 'cara|metode|jalur|opsi',
  // Malay "bukan melalui Alibaba" (not through Alibaba) too (stop 53).
  notVia:
    '(?:tidak|tak|gak|nggak|jangan|bukan|tanpa)\\s+(?:usah\\s+|perlu\\s+)?(?:lewat|melalui|via|pakai|guna|menggunakan|ikut)',
  notPayVia: ['jangan|tidak\\s+usah|gak\\s+usah', 'lewat|melalui|via'],
  platform:
    'trade\\s?assurance|ta|alibaba|aliexpress|aplikasi|platform|shopee|tokopedia|marketplace|rekber|sistem',
  notNeeded: 'tidak\\s+(?:perlu|usah|wajib|butuh)|(?:gak|ga|nggak|tak)\\s+(?:perlu|usah|butuh)|tanpa',
  outside: 'luar|di\\s+luar|tanpa\\s+lewat|selain',
  friends:
    'seperti\\s+(?:ke\\s+)?teman|sebagai\\s+teman|ke\\s+teman|sebagai\\s+hadiah|keluarga\\s+dan\\s+teman',
  changed: 'berubah|diubah|ganti|diganti|berganti|bertukar|ditukar|diperbarui|perbarui|perbaharui|update',
  trouble: 'diblokir|dibekukan|bermasalah|ditutup|terblokir|dalam\\s+pemeriksaan',
  discard:
    'abaikan|jangan\\s+(?:pakai|gunakan|transfer\\s+ke)|tidak\\s+(?:berlaku|aktif)\\s+lagi|sudah\\s+tidak\\s+(?:dipakai|aktif)',
  old: 'lama|sebelumnya',
  invoice: 'faktur|invoice|tagihan|pi',
  soon: 'hari\\s+ini|sekarang|segera|secepatnya|besok|sebelum\\s+(?:besok|senin|selasa|rabu|kamis|jumat|sabtu|minggu)|dalam\\s+\\d+\\s+jam|minggu\\s+ini|malam\\s+ini',
  loss: 'naik|hilang|habis|terlambat|kehabisan|(?:kalau|jika)\\s+(?:tidak|nggak|gak)',
  received:
    'sudah\\s+(?:diterima|masuk|kami\\s+terima)|diterima|terima\\s+kasih\\s+(?:atas|untuk)\\s+pembayaran',
  buy: 'beli|membeli|order|pesan|checkout',
  store: 'toko|website|situs|lapak',
  addMe:
    'tambah(?:kan)?\\s+(?:saya|aku|nomor\\s+saya)|add\\s+(?:saya|aku)|simpan\\s+nomor\\s+saya|save\\s+nomor\\s+saya',
  noOrder:
    '(?:gak|ga|nggak|gk|tidak|tak|ndak|x)\\s+(?:usah|perlu|payah)\\s+(?:checkout|co|order|pesan|lewat\\s+(?:aplikasi|checkout))|tanpa\\s+(?:checkout|order)',
  // Malay "ejen kami" (our agent) beside Indonesian "agen kami" (stop 43).
  agent: '(?:agen|ejen)\\s+(?:kami|kita|saya)|perwakilan\\s+(?:kami|kita)|wakil\\s+(?:kami|kita|saya)',
  escrow: 'rekber|rekening\\s+bersama|escrow',
  otherwise: 'cara\\s+lain|jalan\\s+lain',
  send: 'kirim\\w*|kasih|berikan|bagikan|share',
  instead: 'daripada|alih-alih|bukannya|di\\s+luar',
  // "pesanannya": the order, with the -nya that makes it "your" or "the" order.
  order: 'pesanan(?:nya)?|order',
  site: 'aplikasi|apl|situs|web',
  toPerson:
    '(?:rekening|nama|atas\\s+nama|ke)\\s+(?:bos|manajer|direktur|kasir|akuntan|pemilik|owner|atasan|admin)',
  personName: 'atas\\s+nama\\s+(?:bos|manajer|direktur|kasir|akuntan|pemilik|owner|atasan|admin)',
  toPartner: 'mitra\\s+(?:kami|kita)|rekanan\\s+(?:kami|kita)|pabrik\\s+(?:cetakan|mitra)',
  collector:
    'perusahaan\\s+(?:penagih|penagihan|penerima\\s+pembayaran)|agen\\s+(?:penagihan|penerima\\s+pembayaran)',
};
