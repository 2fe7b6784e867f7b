import { anyOf } from '../../match';
import type { LanguagePatterns } from './pack';

/**
 * Vietnamese. Modelled on Vietnamese police and press warnings: sellers who ask to "kết bạn Zalo", to
 * "chuyển khoản trước để chốt đơn" to a personal account, or to trade "ngoài sàn". Diacritics folded
 * ("chuyển khoản" → "chuyen khoan", "đặt cọc" → "dat coc").
 */
const PAY = /\b(?:chuyen|ck|gui|thanh\s+toan|dat\s+coc|nap|tra)\b/;

export const VI: LanguagePatterns = {
  lang: 'vi',
  payment: [
    {
      kind: 'explicit',
      what: 'a request to pay outside the platform',
      gate: /ngoai|khong can/,
      re: anyOf(
        '\\b(?:giao\\s+dich|thanh\\s+toan|chuyen\\s+khoan|mua|ban)\\s+ngoai\\s+(?:san|app|ung\\s+dung|shopee|lazada|tiki|he\\s+thong)\\b',
        '\\bngoai\\s+(?:san|app|ung\\s+dung)\\b',
        '\\bkhong\\s+can\\s+(?:dat|mua|dat\\s+hang|thanh\\s+toan)\\s+(?:tren|qua)\\s+(?:san|app|ung\\s+dung)\\b',
      ),
    },
    {
      kind: 'contextual',
      what: 'a personal account',
      // "tk" is how suppliers shorten "tài khoản" in chat ("vào tk cá nhân giám đốc", stop 56), as "stk" shortens its number.
      gate: /tai khoan|stk|tk ca nhan|tk rieng|tk cua/,
      needs: PAY,
      re: anyOf(
        '\\btai\\s+khoan\\s+(?:ca\\s+nhan|rieng|(?:cua\\s+)?(?:em|anh|chi|minh|toi|shop|nhan\\s+vien))\\b',
        '\\b(?:stk|tk)\\s+(?:ca\\s+nhan|rieng|cua\\s+(?:em|minh|shop))\\b',
      ),
    },
    {
      kind: 'contextual',
      what: 'a direct transfer to the seller',
      gate: /truc tiep|chuyen khoan thang/,
      re: anyOf(
        '\\bchuyen\\s+khoan\\s+(?:truc\\s+tiep|thang)\\b|\\btruc\\s+tiep\\s+cho\\s+(?:em|shop|minh|toi)\\b',
      ),
    },
    {
      kind: 'explicit',
      what: 'a request to cancel the platform order',
      gate: /huy/,
      re: anyOf(
        '\\b(?:huy\\s+don(?:\\s+hang)?|don(?:\\s+hang)?\\s+(?:\\S+\\s+){0,3}?huy)\\b.{0,60}?\\b(?:chuyen\\s+khoan|ngoai\\s+san|truc\\s+tiep|giao\\s+dich\\s+rieng)',
      ),
    },
    {
      kind: 'contextual',
      what: 'a payment "between friends"',
      gate: /ban be/,
      re: anyOf(
        '\\bnhu\\s+(?:gui\\s+)?(?:cho\\s+)?ban\\s+be\\b|\\bchuyen\\s+(?:tien\\s+)?(?:kieu\\s+)?ban\\s+be\\b',
      ),
    },
    {
      kind: 'contextual',
      what: 'a refund that first needs a payment outside the platform',
      gate: /hoan tien/,
      re: anyOf(
        '\\bhoan\\s+tien\\b.{0,60}?\\b(?:nhung|truoc|voi\\s+dieu\\s+kien)\\b.{0,60}?\\b(?:chuyen|gui|thanh\\s+toan|nap)\\b',
      ),
    },
    {
      kind: 'contextual',
      what: "a purchase moved to the seller's other shop or website",
      gate: /shop moi|cua hang moi|trang rieng|web rieng|website/,
      re: anyOf(
        '\\b(?:shop|cua\\s+hang)\\s+moi\\s+(?:tren|o)\\s+(?:shopee|lazada|tiki|tiktok|facebook|web|website)\\b',
        '\\bmua\\s+(?:tren|qua|o)\\s+(?:web|website|trang)\\s+(?:rieng|cua\\s+(?:em|shop|minh))\\b',
      ),
    },
    {
      kind: 'contextual',
      what: "a related company's account",
      gate: /cong ty|chi nhanh/,
      needs: PAY,
      needsIn: 'message',
      re: anyOf(
        '\\bcong\\s+ty\\s+(?:me|con|chi\\s+nhanh)\\b|\\bchi\\s+nhanh\\s+(?:o|tai)\\s+(?:hong\\s+kong|singapore)\\b',
      ),
    },
    {
      kind: 'contextual',
      what: 'another way to pay',
      gate: /khac/,
      needs: /truc\s+tiep|tai\s+khoan|rieng|giam|re\s+hon|zalo|ban\s+be/,
      needsIn: 'message',
      re: anyOf(
        '\\bcach\\s+(?:thanh\\s+toan|chuyen)\\s+khac\\b|\\bhinh\\s+thuc\\s+(?:thanh\\s+toan\\s+)?khac\\b',
      ),
    },
  ],
  bank: [
    {
      kind: 'explicit',
      negationInside: true,
      what: 'a changed, new or frozen account',
      gate: /tai khoan|stk/,
      re: anyOf(
        // "theo dõi tài khoản" (follow the account) folds to the same letters as "đổi tài khoản" (change it): stop 54.
        '\\b(?:(?<!\\btheo\\s)doi\\s+(?:so\\s+)?tai\\s+khoan|tai\\s+khoan\\s+(?:moi|da\\s+doi|bi\\s+(?:khoa|phong\\s+toa)|dang\\s+bi\\s+khoa)|stk\\s+moi)\\b',
      ),
    },
  ],
  channels: [
    {
      channel: 'Zalo',
      kind: 'explicit',
      what: 'a move to Zalo',
      gate: /zalo/,
      brandWord: true,
      re: anyOf('\\bzalo\\b'),
    },
  ],
  moves: [
    {
      kind: 'explicit',
      what: 'an invitation to add or message the seller elsewhere',
      gate: /ket ban|xin|nhan tin|inbox|sdt|so dien thoai|so dt/,
      unless:
        /giao\s+hang|nguoi\s+nhan|van\s+chuyen|dia\s+chi|shipper|ghi\s+len\s+don|ma\s+don|don\s+hang|van\s+don|ma\s+so\s+thue|\bmst\b|cccd|cmnd/,
      re: anyOf(
        '\\bket\\s+ban\\b',
        '\\b(?:cho\\s+(?:em|minh|toi)\\s+)?xin\\s+(?:so|sdt|so\\s+dien\\s+thoai|zalo|info)\\b',
        '\\bnhan\\s+tin\\s+(?:qua|rieng)\\b|\\binbox\\s+(?:rieng|zalo)\\b',
        // "để lại sđt, shop gọi lại": the buyer's number left so the seller can call, away from the chat.
        '\\b(?:de\\s+lai|gui|cho\\s+(?:shop|em|minh)|ib|nhan)\\s+(?:\\S+\\s+)?(?:sdt|so\\s+dt|so\\s+dien\\s+thoai|so\\s+phone)\\b[^.!?\\n]{0,40}?\\b(?:goi|call|alo|lien\\s+he|tu\\s+van|ket\\s+ban|add)\\b',
      ),
    },
  ],
};
