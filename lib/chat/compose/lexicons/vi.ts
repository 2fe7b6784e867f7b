import type { Lexicon } from '../lexicon';

/**
 * Vietnamese. Modelled on Vietnamese police and press warnings (transfers "vào tài khoản cá nhân / không
 * chính chủ", "giao dịch ngoài sàn", "kết bạn Zalo", a changed account on the invoice). Diacritics folded
 * ("tài khoản" → "tai khoan", "đổi" → "doi").
 */
export const VI: Lexicon = {
  lang: 'vi',
  script: 'latin',
  pay: 'thanh\\s+toan|chuyen\\s+khoan|chuyen\\s+tien|chuyen\\s+(?:vao|qua|cho|sang)|ck|dat\\s+coc|chuyen\\s+coc|tien\\s+coc|tra\\s+tien|gui\\s+tien|nap\\s+tien|so\\s+tien\\s+con\\s+lai',
  receive: 'nhan\\s+(?:tien|do|usd|thanh\\s+toan)|nhan',
  // "ví" (wallet) folds to "vi", which is also "vì" (because): only a wallet named as one counts.
  account:
    'tai\\s+khoan|tk|stk|the\\s+ngan\\s+hang|vi\\s+(?:dien\\s+tu|shopeepay|momo|zalopay|viettelpay|vnpay)',
  bankInfo:
    'tai\\s+khoan\\s+ngan\\s+hang|thong\\s+tin\\s+(?:ngan\\s+hang|tai\\s+khoan|chuyen\\s+khoan|thanh\\s+toan)|so\\s+tai\\s+khoan|stk|nguoi\\s+(?:nhan\\s+tien|thu\\s+huong)|iban',
  owner:
    'ca\\s+nhan|rieng|cua\\s+(?:em|anh|chi|minh|toi|sep|chu|giam\\s+doc|vo|chong|ban|nguoi\\s+nha|nhan\\s+vien|ke\\s+toan|me|bo|cha|anh\\s+trai|chi\\s+gai|em\\s+trai|em\\s+gai|ho\\s+hang)|sep|chu\\s+shop|nguoi\\s+than|khong\\s+chinh\\s+chu|(?:vo|chong|me|bo|sep|anh\\s+trai|em\\s+trai|chi\\s+gai|em\\s+gai)\\s+(?:em|anh|chi|minh|toi)',
  other: 'khac|thu\\s+hai',
  fresh: 'moi|cap\\s+nhat',
  related:
    'cong\\s+ty\\s+(?:me|con|chi\\s+nhanh|lien\\s+ket|thanh\\s+vien|(?:o|tai)\\s+hong\\s+kong|hong\\s+kong)|chi\\s+nhanh\\s+(?:o\\s+|tai\\s+|ben\\s+)?(?:hong\\s+kong|singapore)|van\\s+phong\\s+(?:o|tai)\\s+hong\\s+kong',
  direct: 'truc\\s+tiep|thang',
  method: 'cach|hinh\\s+thuc|phuong\\s+thuc|kenh',
  notVia: '(?:khong|dung)\\s+(?:can\\s+|phai\\s+)?(?:qua|tren|thong\\s+qua)',
  notPayVia: ['khong|dung', 'qua|tren'],
  platform:
    'trade\\s?assurance|ta|alibaba|aliexpress|san(?!\\s+(?:pham|xuat|sang|hang))|ung\\s+dung|app|nen\\s+tang|he\\s+thong|dam\\s+bao\\s+giao\\s+dich',
  notNeeded: 'khong\\s+can|chang\\s+can|khoi\\s+can|khong\\s+bat\\s+buoc|khong\\s+phai\\s+qua',
  outside: 'ngoai|khong\\s+qua|thay\\s+vi',
  friends: '(?:nhu|kieu)\\s+ban\\s+be|ban\\s+be\\s+(?:gui|chuyen)|qua\\s+tang|nguoi\\s+quen',
  changed: 'thay\\s+doi|da\\s+doi|doi\\s+(?:sang|qua)|cap\\s+nhat|chinh\\s+sua',
  trouble: 'bi\\s+(?:khoa|phong\\s+toa|dong\\s+bang|han\\s+che)|dang\\s+bi\\s+khoa|co\\s+van\\s+de',
  discard:
    'khong\\s+(?:dung|su\\s+dung)\\s+(?:nua|tai\\s+khoan\\s+cu)|bo\\s+qua|khong\\s+con\\s+(?:hieu\\s+luc|su\\s+dung)',
  old: 'cu|truoc\\s+day',
  invoice: 'hoa\\s+don|pi|proforma',
  soon: 'hom\\s+nay|trong\\s+(?:hom\\s+nay|ngay|\\d+\\s+gio)|ngay\\s+bay\\s+gio|bay\\s+gio|gap|mai|ngay\\s+mai|truoc\\s+(?:thu\\s+\\w+|mai|toi\\s+nay)|toi\\s+nay|tuan\\s+nay',
  loss: 'tang(?:\\s+gia)?|len\\s+gia|mat\\s+(?:cho|gia|uu\\s+dai)|het\\s+(?:hang|cho)|tre|khong\\s+kip|neu\\s+khong',
  received: 'da\\s+nhan|nhan\\s+duoc|da\\s+thanh\\s+toan|cam\\s+on',
  // "đặt lại": order again ("qua shop … đặt lại nhé").
  buy: 'mua|dat\\s+hang|dat\\s+mua|dat\\s+lai|chot\\s+don',
  store: 'shop|cua\\s+hang|website|gian\\s+hang|trang\\s+(?:web|rieng)',
  addMe: 'ket\\s+ban|them\\s+(?:em|minh|toi)\\s+(?:vao|qua)|add\\s+(?:em|minh|zalo)',
  noOrder: 'khong\\s+can\\s+(?:dat|tao|len)\\s+(?:don|hang|tren|qua)|khoi\\s+(?:dat|len)\\s+don',
  agent: 'dai\\s+ly',
  escrow: 'trung\\s+gian|bao\\s+lanh',
  otherwise: 'cach\\s+khac',
  send: 'gui|cho\\s+(?:anh|chi|ban)|cung\\s+cap|chia\\s+se',
  instead: 'thay\\s+vi|ngoai|khong\\s+qua',
  order: 'don\\s+hang|don',
  site: 'san|web|trang',
  toPerson:
    '(?:cho|vao\\s+tai\\s+khoan(?:\\s+cua)?|nguoi\\s+nhan(?:\\s+la)?|ten)\\s+(?:quan\\s+ly|sep|ke\\s+toan|giam\\s+doc|chu\\s+(?:shop|cong\\s+ty|xuong)|thu\\s+quy|nhan\\s+vien)',
  toPartner: 'doi\\s+tac(?:\\s+cua\\s+(?:chung\\s+toi|em|minh|ben\\s+em))?|xuong\\s+khuon',
  collector: '(?:cong\\s+ty|don\\s+vi)\\s+thu\\s+ho|dai\\s+ly\\s+thu\\s+tien',
};
