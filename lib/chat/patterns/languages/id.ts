import { anyOf } from '../../match';
import type { LanguagePatterns } from './pack';

/**
 * Indonesian. Modelled on Indonesian warnings about sellers on Shopee and Tokopedia who move buyers to
 * WhatsApp ("chat di WA aja, kak") and ask for a transfer or DP to a personal account outside the app.
 */
const PAY = /\b(?:transfer|tf|bayar|pembayaran|kirim|dp|setor|trf)\b/;
/** Paying, with Indonesian suffixes ("bayarnya", "pembayarannya", "transferan"). */
const PAY_ID =
  /\b(?:transfer\w*|tf|trf|bayar\w*|pembayaran\w*|dp|setor\w*|pelunasan\w*|lunasi|kirim\s+(?:uang|dana|dp))\b/;
/** The mailbox, as written in Indonesian and Malay (e-mail, email, surel, emel, e-mel), with "-nya". */
const BUYER_MAIL = 'e-?\\s?mail(?:nya)?|surel(?:nya)?|e-?mel(?:nya)?';
/** How the buyer is addressed: Bapak/Pak, Ibu/Bu, Kak, Anda, Agan/Gan, Sis, Tuan, Puan, Encik, awak, kamu. */
const BUYER_TITLE = 'bapak|pak|ibu|bu|kak|kakak|anda|agan|gan|sis|tuan|puan|encik|awak|kamu|saudara|mas|mbak';

export const ID: LanguagePatterns = {
  lang: 'id',
  payment: [
    {
      kind: 'explicit',
      what: 'a request to pay outside the platform',
      gate: /luar/,
      re: anyOf(
        '\\bluar\\s+(?:aplikasi|app|platform|shopee|tokopedia|lazada|bukalapak|sistem|marketplace|alibaba|aliexpress|trade\\s?assurance)\\b',
      ),
    },
    {
      kind: 'contextual',
      what: 'a personal account',
      gate: /rekening|rek/,
      needs: PAY,
      re: anyOf(
        '\\brek(?:ening)?\\s+(?:pribadi|sendiri|saya|aku|pribadiku|karyawan|teman|istri|suami|admin)\\b',
      ),
    },
    {
      // "Transfer dulu ke saya", "kirim pembayaran via ShopeePay ke nomor saya": money sent to the seller as a
      // person (or to the seller's phone number, an e-wallet) rather than through the checkout.
      kind: 'contextual',
      what: 'a direct transfer to the seller',
      gate: /ke saya|ke aku|ke nomor/,
      needs:
        /\b(?:transfer\w*|tf|trf|kirim\s+(?:uang|dana|dp|pembayaran)|bayar\w*|pembayaran\w*|dp|setor\w*|pelunasan\w*)\b/,
      // "Bukti transfer kirim ke saya": the receipt of a payment made is sent, not the money.
      unless: /\bbukti\b/,
      re: anyOf(
        '\\bke\\s+(?:saya|aku)\\b(?!\\s+(?:dulu\\s+)?(?:alamat|foto|gambar|video|resi|bukti))|\\bke\\s+nomor\\s+(?:saya|aku|ini|berikut)\\b',
      ),
    },
    {
      // "Bayarnya ke rekening toko kami saja", "transfer ke BCA a.n. Toko Sinar Jaya": the seller's own bank
      // account, or an account named by its holder, instead of the checkout ("a.n." is "an" once normalised).
      kind: 'contextual',
      what: 'a direct transfer to the seller',
      gate: /rek|\ban\b|atas nama|a\.n/,
      needs: PAY_ID,
      unless: /\b(?:masuk|diterima|terima|refund|pengembalian|dikembalikan)\b/,
      re: anyOf(
        '\\bke\\s+rek(?:ening)?\\s+(?:bank\\s+)?(?:toko\\s+|perusahaan\\s+|pt\\s+)?(?:kami|saya|aku|kita)\\b',
        '\\bke\\s+(?:rek(?:ening)?\\s+)?(?:bca|bni|bri|mandiri|btn|bsi|cimb|permata|danamon|jago|seabank)\\b(?:\\s+\\S+){0,3}?\\s+(?:an|a\\.?\\s?n\\.?|atas\\s+nama)\\s+\\S',
      ),
    },
    {
      kind: 'contextual',
      what: 'a direct transfer to the seller',
      gate: /langsung/,
      re: anyOf(
        '\\btransfer\\s+langsung\\b|\\blangsung\\s+(?:ke|transfer\\s+ke)\\s+(?:rekening|saya)\\b|\\bbayar\\s+langsung\\s+ke\\s+saya\\b',
      ),
    },
    {
      kind: 'explicit',
      what: 'a request to cancel the platform order',
      gate: /batal|cancel/,
      re: anyOf(
        '\\b(?:(?:batal\\w*|cancel\\w*)\\s+(?:\\S+\\s+){0,3}?(?:pesanan|order)|(?:pesanan|order)\\s+(?:\\S+\\s+){0,3}?(?:batal\\w*|cancel\\w*))\\b.{0,60}?\\b(?:transfer|rekening|bayar|dp)\\b',
      ),
    },
    {
      kind: 'contextual',
      what: 'a payment "between friends"',
      gate: /teman/,
      re: anyOf(
        '\\bseperti\\s+(?:ke|kirim\\s+ke)\\s+teman\\b|\\b(?:kirim|transfer)\\s+(?:\\S+\\s+)?(?:ke\\s+)?teman\\b',
        // "bayarnya antar teman aja" (pay it as between friends).
        '\\b(?:bayar\\w*|transfer|kirim\\w*|pembayaran\\w*)\\s+(?:\\S+\\s+){0,2}?antar\\s+teman\\b',
      ),
    },
    {
      kind: 'contextual',
      what: 'a refund that first needs a payment outside the platform',
      gate: /refund|pengembalian/,
      re: anyOf(
        '\\b(?:refund|pengembalian\\s+dana)\\b.{0,40}?\\b(?:tapi|namun|setelah|asal)\\b.{0,60}?\\b(?:bayar|transfer|kirim)\\b',
      ),
    },
    {
      kind: 'contextual',
      what: "a purchase moved to the seller's own website",
      gate: /website|web|situs|toko/,
      re: anyOf(
        '\\b(?:beli|order|pesan)\\s+(?:\\S+\\s+){0,2}?(?:di|lewat|dari)\\s+(?:website|web|situs|toko)\\s+(?:kami|saya|baru|resmi)\\b',
        // "checkout di toko kami yang satunya" (check out in our other shop).
        '\\b(?:checkout|check\\s+out|co|beli|order|pesan)\\s+(?:\\S+\\s+){0,2}?(?:di|lewat|dari)\\s+toko\\s+(?:kami|saya|aku)\\s+(?:yang\\s+)?(?:lain|satunya|sebelah|baru)\\b',
        // "cek website kami www.…, order di sana lebih murah": the site named first, then the purchase sent "there"
        // (not when the platform is named between: "pesan tetap di Alibaba ya, bayar di sana"), across a full stop too
        // ("Website kami www.abc.co.id. Order di sana.").
        '\\b(?:website|web|situs)\\s+(?:kami|saya|resmi)\\b(?:(?!alibaba|aliexpress|platform)[^!?\\n]){0,120}?\\b(?:checkout|beli|order|pesan|bayar)\\w*\\s+(?:\\S+\\s+){0,2}?(?:di\\s*sana|di\\s*situ)\\b',
      ),
    },
    {
      kind: 'contextual',
      what: "a related company's account",
      gate: /perusahaan|cabang/,
      needs: PAY,
      needsIn: 'message',
      re: anyOf(
        '\\bperusahaan\\s+(?:induk|saudara|cabang)\\b|\\bcabang\\s+(?:kami\\s+)?di\\s+(?:hong\\s+kong|singapura|singapore)\\b',
      ),
    },
    {
      // "Pakai rekber kami saja, lebih aman": the seller's own "joint account" is not the marketplace's escrow
      // (a bare "rekber" is the marketplace's, so it anchors other phrases to the platform; this one is explicit).
      kind: 'explicit',
      what: "an escrow run by someone the seller knows, not the platform's",
      gate: /rekber|rekening/,
      re: anyOf('\\b(?:rekber|rekening\\s+bersama)\\s+(?:toko\\s+)?(?:kami|saya|aku|kita)\\b'),
    },
    {
      kind: 'contextual',
      what: 'another way to pay',
      gate: /lain/,
      needs: /langsung|rekening|pribadi|diskon|murah|biaya|admin|wa\b/,
      needsIn: 'message',
      re: anyOf('\\bcara\\s+(?:bayar|pembayaran)\\s+lain\\b|\\bmetode\\s+(?:pembayaran\\s+)?lain\\b'),
    },
  ],
  bank: [
    {
      kind: 'explicit',
      negationInside: true,
      what: 'a changed, new or frozen account',
      gate: /rekening/,
      re: anyOf(
        '\\b(?:rekening\\s+(?:baru|lama\\s+(?:diblokir|bermasalah)|diblokir|dibekukan|bermasalah|berubah)|ganti\\s+rekening)\\b',
      ),
    },
  ],
  channels: [],
  moves: [
    {
      kind: 'explicit',
      what: 'an invitation to add or message the seller elsewhere',
      gate: /minta|kirim|kasih|tambah|add|chat|hubungi/,
      unless: /kurir|penerima|pengiriman|alamat|resi|ekspedisi|pesanan|invoice|npwp|\bnik\b|ktp|pajak/,
      re: anyOf(
        '\\b(?:minta|kirim|kasih|bagi)\\s+(?:nomor|no)\\s+(?:hp|wa|telepon|telp)\\b',
        '\\b(?:nanti\\s+)?saya\\s+(?:tambah\\w*|add)\\b',
        '\\b(?:chat|hubungi)\\s+(?:saya\\s+|kami\\s+|aku\\s+|kita\\s+)?(?:di|lewat|via|ke)\\s+(?:wa|whatsapp|nomor|no)\\b',
      ),
    },
    {
      // The buyer's mailbox asked for (Indonesian and Malay): "boleh minta email Bapak?", "minta alamat emailnya",
      // "email Ibu apa ya?", "boleh saya dapatkan e-mel tuan". As in the other languages, the address asked for
      // moves the talk even when a catalogue is to be sent there (stop 48). Mail the platform sends ("email
      // konfirmasi dari Alibaba") is not asked for.
      kind: 'explicit',
      what: 'a move to e-mail',
      gate: /mail|e-?mel|surel/,
      unless: /alibaba|aliexpress|platform|kurir|ekspedisi|resi/,
      re: anyOf(
        `\\b(?:minta|mintak|dapatkan|dapat|berikan|beri|kasih|share|bagi|kirimkan|sebutkan|tulis(?:kan)?)\\s+(?:alamat\\s+)?(?:${BUYER_MAIL})(?!\\s+(?:konfirmasi|resmi|verifikasi|notifikasi|invoice|faktur))`,
        `\\b(?:alamat\\s+)?(?:${BUYER_MAIL})\\s+(?:${BUYER_TITLE})\\s+(?:apa|berapa|ya\\b|boleh|dong|\\?)`,
        `\\b(?:apa|berapa)\\s+(?:alamat\\s+)?(?:${BUYER_MAIL})\\s+(?:${BUYER_TITLE})\\b`,
      ),
    },
  ],
};
